import Foundation
import PackagePlugin

/// Compiles the target's `Data/` files into a Swift source file, so the knowledge base ships
/// inside the binary (one self-contained executable) while staying human-editable data.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = target.directoryURL.appending(path: "Data")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory.path())) ?? []
        let inputs = names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
            .map { dataDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) knowledge files into \(target.name)",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
