import Foundation
import MarsadAnalysis
import MarsadInput
import MarsadKnowledge
import MarsadText

/// Articles/s of the whole analysis (records written as JSON, as `marsad analyze` does), on
/// all cores, and the knowledge base's load time. With `--stages`, also at each shorter depth
/// (base, +entities, +quotations and events), the depths taking turns in each of `--runs`
/// rounds, so each stage's cost is a ratio of runs made side by side.
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
        // Depths take turns, round after round: a slow spell of a shared machine then falls on
        // every depth alike, instead of on all the runs of one. Each round compares its depths
        // with each other (paired ratios), and each depth keeps its best run.
        let analyzers = depths.map { Analyzer(knowledge: kb, depth: $0) }
        for analyzer in analyzers { warmUp(articles, analyzer) }
        var best = [Double](repeating: .infinity, count: depths.count)
        var bestCPU = [Double](repeating: 0, count: depths.count)
        var bytes = [Int](repeating: 0, count: depths.count)
        var ratios = [[Double]](repeating: [], count: depths.count)
        var cpuRatios = [[Double]](repeating: [], count: depths.count)
        for _ in 0..<options.runs {
            var round: [(wall: Double, cpu: Double)] = []
            for (d, analyzer) in analyzers.enumerated() {
                let cpu0 = cpuSeconds()
                let t0 = DispatchTime.now().uptimeNanoseconds
                bytes[d] = analyzeAll(articles, analyzer)
                let wall = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                let cpu = cpuSeconds() - cpu0
                if wall < best[d] { (best[d], bestCPU[d]) = (wall, cpu) }
                if let previous = round.last {
                    ratios[d].append(wall / previous.wall - 1)
                    cpuRatios[d].append(cpu / previous.cpu - 1)
                }
                round.append((wall, cpu))
            }
        }
        for (d, depth) in depths.enumerated() {
            print(
                "analyze (\(depth.rawValue)): \(articles.count) articles in \(fmt(best[d], 2)) s on \(options.serial ? 1 : cores) cores = \(fmt(Double(articles.count) / best[d], 0)) articles/s (\(fmt(Double(bytes[d]) / 1e6)) MB of records; best of \(options.runs), cpu time \(fmt(bestCPU[d], 2)) s)"
            )
            guard d > 0 else { continue }
            print(
                "  \(depth.rawValue) adds \(percent(best[d] / best[d - 1] - 1)) wall clock (best against best); by round \(list(ratios[d])), median \(percent(median(ratios[d]))); cpu time by round \(list(cpuRatios[d])), median \(percent(median(cpuRatios[d])))"
            )
        }
    }

    func percent(_ x: Double) -> String { "\(x >= 0 ? "+" : "")\(fmt(x * 100, 0))%" }
    func list(_ xs: [Double]) -> String { xs.map(percent).joined(separator: " ") }
    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
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

    /// First-use costs (tables built lazily, pages touched) are not the steady state.
    func warmUp(_ articles: [Article], _ analyzer: Analyzer) {
        _ = parallelMap(Array(articles.prefix(200))) { a in
            analyzer.analyze(source: a.source, text: SourceText(a.text), meta: a.meta, hasTitle: true).times.count
        }
    }

    /// One analysis of every article, in groups of `batch` analysed stage by stage as
    /// `marsad analyze` does, each record written as JSON; returns the bytes written.
    func analyzeAll(_ articles: [Article], _ analyzer: Analyzer) -> Int {
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
        return sizes.reduce(0, +)
    }
}
