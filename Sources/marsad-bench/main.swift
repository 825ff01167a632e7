import Foundation

// marsad-bench: release-mode benchmarks with figures (MB/s, tokens/s, articles/s).
//   swift run -c release marsad-bench text [--data DIR] [--limit N]
//   swift run -c release marsad-bench analyze [--data DIR] [--limit N] [--stages] [--depth D] [--runs N]
//   swift run -c release marsad-bench kb [--limit RUNS]
let arguments = Array(CommandLine.arguments.dropFirst())
let options = BenchOptions(arguments)
switch arguments.first {
case "text": TextBench(options: options).run()
case "analyze": AnalyzeBench(options: options).run()
case "search": SearchBench(arguments: arguments).run()
case "kb": KnowledgeBench(runs: options.limit ?? 10).run()
default:
    print(
        """
        usage: marsad-bench text|analyze|search|kb [--data DIR] [--limit N] [--stages] [--depth D] [--runs N]
          text     decode, normalise, tokenise, stem and the pipeline on one core (MB/s, tokens/s),
                   the C Snowball stemmer (PyStemmer) on the same tokens, and a 50 MB single line
          analyze  articles/s of the full analysis on all cores
          --stages (analyze) also time the analysis without quotations/events and without
                   entities, and print what each stage adds
          --depth  (analyze) only base, entities or full (for instruction counts under callgrind)
          --runs   (analyze) timed runs of each depth, the best reported (default 1)
          --serial (analyze) one thread instead of all cores
          --batch N  (analyze) articles analysed together, stage by stage (default 32; 1: one by one)
          --slowest N  (analyze) the N articles whose quotations and events cost the most
          kb       load time of the embedded knowledge base (best and median of --limit loads, 10)
          search   query latencies on a store (see SearchBench.swift for its options)
          --data   folder of SaudiNewsNet zips (default ../shared/eval-data/saudinewsnet/dataset)
          --limit  use only the first N articles
        """)
    exit(arguments.isEmpty ? 0 : 1)
}
