import Foundation
import MarsadAnalysis
import MarsadInput
import MarsadKnowledge
import MarsadText

/// Articles/s of the whole analysis (records written as JSON, as `marsad analyze` does), on
/// all cores, and the knowledge base's load time. With `--stages`, also at each shorter depth
/// (base, +entities, +quotations and events), so each stage's cost is a ratio of one run.
struct AnalyzeBench {
    let options: BenchOptions

    func run() {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let kb = KnowledgeBase.embedded
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        print("knowledge base: \(kb.actors.count) actors, \(kb.agencies.count) agencies, loaded in \(fmt(loadMs)) ms")
        let articles = options.loadArticles()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var depths = options.stages ? Analyzer.Depth.allCases : [.full]
        if let name = options.depth {
            guard let depth = Analyzer.Depth(rawValue: name) else {
                print("analyze: --depth is base, entities or full, not \(name)")
                exit(1)
            }
            depths = [depth]
        }
        var seconds: [(wall: Double, cpu: Double)] = []
        for depth in depths {
            let cpu0 = cpuSeconds()
            let t = time(articles, Analyzer(knowledge: kb, depth: depth), depth: depth, cores: cores)
            let cpu = cpuSeconds() - cpu0
            print("  cpu time \(fmt(cpu, 2)) s (all \(options.runs) runs and the warm-up)")
            if let previous = seconds.last {
                print(
                    "  \(depth.rawValue) adds \(fmt((t / previous.wall - 1) * 100, 0))% wall clock, \(fmt((cpu / previous.cpu - 1) * 100, 0))% cpu time to the stages before it"
                )
            }
            seconds.append((t, cpu))
        }
    }

    /// User and system CPU time of the process so far: the work done, whatever else the
    /// machine runs (the wall clock of two threads on two cores counts every other process).
    func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Seconds for one analysis of every article at `depth`, printed with articles/s.
    func time(_ articles: [Article], _ analyzer: Analyzer, depth: Analyzer.Depth, cores: Int) -> Double {
        // Warm up (first-use costs are not the steady state).
        _ = parallelMap(Array(articles.prefix(200))) { a in
            analyzer.analyze(source: a.source, text: SourceText(a.text), meta: a.meta, hasTitle: true).times.count
        }
        var bytes = 0
        let t = bestTime(runs: options.runs) {
            let sizes = parallelMap(articles) { a -> Int in
                let record = analyzer.analyze(
                    source: a.source, text: SourceText(a.text), meta: a.meta, hasTitle: !(a.meta["title"] ?? "").isEmpty
                )
                return record.jsonBytes().count
            }
            bytes = sizes.reduce(0, +)
        }
        print(
            "analyze (\(depth.rawValue)): \(articles.count) articles in \(fmt(t, 2)) s on \(cores) cores = \(fmt(Double(articles.count) / t, 0)) articles/s (\(fmt(Double(bytes) / 1e6)) MB of records)"
        )
        return t
    }
}
