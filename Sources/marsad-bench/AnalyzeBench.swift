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
        if let n = options.slowest {
            slowest(articles, kb, count: n)
            return
        }
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

    /// The articles whose quotations and events cost the most (full minus entities depth, one
    /// thread): where a stage's cost grows faster than the text.
    func slowest(_ articles: [Article], _ kb: KnowledgeBase, count: Int) {
        let entities = Analyzer(knowledge: kb, depth: .entities)
        let full = Analyzer(knowledge: kb, depth: .full)
        func seconds(_ analyzer: Analyzer, _ a: Article) -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = analyzer.analyze(source: a.source, text: SourceText(a.text), meta: a.meta, hasTitle: true)
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }
        var costs: [(extra: Double, base: Double, index: Int)] = []
        var total = 0.0
        var before = 0.0
        for (i, a) in articles.enumerated() {
            let e = seconds(entities, a)
            let f = seconds(full, a)
            total += max(0, f - e)
            before += e
            costs.append((f - e, e, i))
        }
        costs.sort { $0.extra > $1.extra }
        let top = costs.prefix(count).reduce(0) { $0 + max(0, $1.extra) }
        print(
            "one thread: entities depth \(fmt(before, 2)) s; quotations and events add \(fmt(total, 2)) s (\(fmt(total / before * 100, 0))%); the \(count) costliest articles \(fmt(top, 2)) s"
        )
        for c in costs.prefix(count) {
            let a = articles[c.index]
            print(
                "  \(fmt(c.extra * 1000)) ms (entities depth \(fmt(c.base * 1000)) ms), \(a.text.unicodeScalars.count) characters: \(a.source)"
            )
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
            // Groups of `batch` articles, each analysed stage by stage, as `marsad analyze` does.
            let groups = stride(from: 0, to: articles.count, by: options.batch).map {
                Array(articles[$0..<min($0 + options.batch, articles.count)])
            }
            let work: @Sendable ([Article]) -> Int = { group in
                let inputs = group.map { a in
                    Analyzer.Input(
                        source: a.source, text: SourceText(a.text), meta: a.meta,
                        hasTitle: !(a.meta["title"] ?? "").isEmpty)
                }
                return analyzer.analyze(inputs).reduce(0) { $0 + $1.jsonBytes().count }
            }
            let sizes = options.serial ? groups.map(work) : parallelMap(groups, work)
            bytes = sizes.reduce(0, +)
        }
        print(
            "analyze (\(depth.rawValue)): \(articles.count) articles in \(fmt(t, 2)) s on \(options.serial ? 1 : cores) cores = \(fmt(Double(articles.count) / t, 0)) articles/s (\(fmt(Double(bytes) / 1e6)) MB of records)"
        )
        return t
    }
}
