// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "MarsadText", targets: ["MarsadText"]),
        .library(name: "MarsadKnowledge", targets: ["MarsadKnowledge"]),
        .library(name: "MarsadAnalysis", targets: ["MarsadAnalysis"]),
        .library(name: "MarsadCorpus", targets: ["MarsadCorpus"]),
        .library(name: "MarsadStore", targets: ["MarsadStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The Arabic text core: no dependencies, hot paths over UTF-8 bytes.
        .target(name: "MarsadText"),
        // Knowledge data files (Data/*.tsv) are compiled into the binary by the EmbedData plugin.
        .target(
            name: "MarsadKnowledge",
            dependencies: ["MarsadText"],
            exclude: ["Data"],
            plugins: ["EmbedData"]
        ),
        .target(name: "MarsadAnalysis", dependencies: ["MarsadText", "MarsadKnowledge"]),
        .target(name: "MarsadCorpus", dependencies: ["MarsadText", "MarsadKnowledge", "MarsadAnalysis"]),
        // Reading article inputs: text files, JSON, JSON Lines, zip archives.
        .target(
            name: "MarsadInput",
            dependencies: ["MarsadText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "MarsadStore",
            dependencies: [
                "MarsadText", "MarsadAnalysis", "MarsadCorpus",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadText", "MarsadKnowledge", "MarsadAnalysis", "MarsadCorpus", "MarsadInput",
                "MarsadStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "marsad-bench",
            dependencies: ["MarsadText", "MarsadKnowledge", "MarsadAnalysis", "MarsadInput"]
        ),
        .executableTarget(name: "EmbedDataTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedDataTool"]),

        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText"]),
        .testTarget(name: "MarsadKnowledgeTests", dependencies: ["MarsadKnowledge"]),
        .testTarget(name: "MarsadAnalysisTests", dependencies: ["MarsadAnalysis", "MarsadInput"]),
        .testTarget(name: "MarsadInputTests", dependencies: ["MarsadInput"]),
        .testTarget(name: "MarsadCorpusTests", dependencies: ["MarsadCorpus", "MarsadAnalysis"]),
        .testTarget(name: "MarsadStoreTests", dependencies: ["MarsadStore", "MarsadInput"]),
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad"]),
    ],
    swiftLanguageModes: [.v6]
)
