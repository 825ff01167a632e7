import Foundation
import MarsadText

/// The text core on one core: decode, normalise, tokenise, stem, and all of it together.
struct TextBench {
    let options: BenchOptions

    func run() {
        let articles = options.loadArticles()
        let raw = articles.map { [UInt8]($0.text.utf8) }
        let totalBytes = Double(raw.reduce(0) { $0 + $1.count })
        let mb = totalBytes / 1e6
        let texts = raw.map { try! TextDecoder.decode($0) }
        var tokenCount = 0
        for t in texts { Tokenizer.forEachToken(in: t) { _ in tokenCount += 1 } }
        let normalizer = ArabicNormalizer()
        var sink = 0

        let decode = bestTime { for r in raw { if let t = try? TextDecoder.decode(r) { sink &+= t.scalarCount } } }
        let normalise = bestTime { for t in texts { sink &+= normalizer.normalize(t).scalarCount } }
        let tokenise = bestTime { for t in texts { Tokenizer.forEachToken(in: t) { sink &+= $0.end } } }
        // Keys of every word token, then their search stems: the index's path.
        var keys: [[UInt8]] = []
        keys.reserveCapacity(tokenCount)
        var buffer: [UInt8] = []
        for t in texts {
            Tokenizer.forEachToken(in: t) { token in
                guard token.kind == .arabic || token.kind == .latin else { return }
                normalizer.key(of: token, in: t, into: &buffer)
                keys.append(buffer)
            }
        }
        let keysOnly = bestTime {
            for t in texts {
                Tokenizer.forEachToken(in: t) { token in
                    normalizer.key(of: token, in: t, into: &buffer)
                    sink &+= buffer.count
                }
            }
        }
        // Stemming alone: the stem range of each word's key (the index's stemmer, no copy).
        let stem = bestTime {
            for k in keys {
                k.withUnsafeBufferPointer { sink &+= SearchStemmer.stemRange($0).count }
            }
        }
        // The whole path of the search index: decode, tokenise, normalise each token into a
        // stack buffer, stem its words.
        let pipeline = bestTime {
            for r in raw {
                guard let t = try? TextDecoder.decode(r) else { continue }
                Tokenizer.forEachToken(in: t) { token in
                    if token.kind == .arabic || token.kind == .latin {
                        normalizer.withSearchTerm(of: token, in: t) { sink &+= $0.count }
                    } else {
                        normalizer.withKey(of: token, in: t) { sink &+= $0.count }
                    }
                }
            }
        }
        print("")
        print("text core, one core, \(fmt(mb)) MB, \(tokenCount) tokens (\(keys.count) words)")
        print("stage                         MB/s       tokens/s")
        row("decode (UTF-8 check, index)", mb / decode, nil)
        row("normalise (whole text, map)", mb / normalise, nil)
        row("tokenise", mb / tokenise, Double(tokenCount) / tokenise)
        row("tokenise + word keys", mb / keysOnly, Double(tokenCount) / keysOnly)
        row("stem (search stemmer)", nil, Double(keys.count) / stem)
        row("pipeline decode+tok+norm+stem", mb / pipeline, Double(tokenCount) / pipeline)
        let ours = Double(keys.count) / stem
        SnowballPeer.compare(words: keys, oursStemPerSecond: ours, oursPipelinePerSecond: Double(tokenCount) / pipeline)
        LongLineBench.run(sample: texts)
        if sink == 42 { print("") }
    }

    func row(_ name: String, _ mbps: Double?, _ tps: Double?) {
        let n = name.padding(toLength: 30, withPad: " ", startingAt: 0)
        let a = mbps.map { fmt($0) } ?? "-"
        let b = tps.map { fmt($0 / 1e6, 2) + " M" } ?? "-"
        print("\(n)\(a.padding(toLength: 11, withPad: " ", startingAt: 0))\(b)")
    }
}

/// Runs the Snowball Arabic stemmer in C (PyStemmer) over the same words, through
/// `scripts/snowball_bench.py`, and prints its words/s beside ours.
enum SnowballPeer {
    static func compare(words: [[UInt8]], oursStemPerSecond: Double, oursPipelinePerSecond: Double) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bench-words-\(getpid()).txt")
        var data = Data()
        data.reserveCapacity(words.reduce(0) { $0 + $1.count + 1 })
        for w in words {
            data.append(contentsOf: w)
            data.append(0x0A)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        guard (try? data.write(to: file)) != nil else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/snowball_bench.py", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch {
            print("\nsnowball peer: cannot run python3 (\(error))")
            return
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print("")
        guard process.terminationStatus == 0,
            let line = output.split(separator: "\n").last(where: { $0.hasPrefix("words_per_second") }),
            let peer = Double(line.split(separator: " ").last ?? "")
        else {
            print("snowball peer: not measured: \(output.trimmingCharacters(in: .whitespacesAndNewlines))")
            return
        }
        print(
            "C Snowball Arabic stemmer (PyStemmer stemWords), same \(words.count) words: \(fmt(peer / 1e6, 2)) M words/s"
        )
        print(
            "ours, stem alone: \(fmt(oursStemPerSecond / 1e6, 2)) M words/s = \(fmt(oursStemPerSecond / peer, 1))x; whole pipeline: \(fmt(oursPipelinePerSecond / 1e6, 2)) M tokens/s = \(fmt(oursPipelinePerSecond / peer, 1))x"
        )
    }
}

/// A 50 MB single-line file: decoded, tokenised and split into sentences without trouble.
enum LongLineBench {
    static func run(sample: [SourceText]) {
        var line: [UInt8] = []
        line.reserveCapacity(52_000_000)
        var i = 0
        while line.count < 50_000_000 && !sample.isEmpty {
            for b in sample[i % sample.count].bytes { line.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
            i += 1
        }
        let mb = Double(line.count) / 1e6
        var tokens = 0
        var sentences = 0
        let t = bestTime(runs: 1) {
            guard let text = try? TextDecoder.decode(line) else { return }
            Tokenizer.forEachToken(in: text) { _ in tokens += 1 }
            sentences = SentenceSplitter.sentences(in: text).count
        }
        print(
            "\n50 MB single line (\(fmt(mb)) MB, no line break): decode + tokenise + sentences in \(fmt(t, 2)) s = \(fmt(mb / t)) MB/s; \(tokens) tokens, \(sentences) sentences"
        )
    }
}
