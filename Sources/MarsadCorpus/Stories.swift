/// What the corpus passes need to know of one stored article.
public struct CorpusArticle: Sendable {
    public var id: Int64
    /// `YYYY-MM-DD` when known to the day; coarser or unknown dates never place an article in a
    /// time window.
    public var date: String?
    public var outlet: String?
    public var title: String?
    /// Hashes of the search terms (normalised, stemmed; see `termHash`), in text order; terms
    /// shorter than two letters left out.
    public var terms: [UInt64]
    /// Entity ids (knowledge-base actors and named unknowns).
    public var actors: [String]
    /// PLOVER types of the article's events.
    public var eventTypes: [String]
    /// Credited agency ids.
    public var agencies: [String]
    public var signature: [UInt32]

    public init(
        id: Int64, date: String?, outlet: String?, title: String?, terms: [UInt64], actors: [String],
        eventTypes: [String],
        agencies: [String], signature: [UInt32]
    ) {
        self.id = id
        self.date = date
        self.outlet = outlet
        self.title = title
        self.terms = terms
        self.actors = actors
        self.eventTypes = eventTypes
        self.agencies = agencies
        self.signature = signature
    }

    /// The hash of a term's UTF-8 bytes (FNV-1a).
    public static func termHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date, or nil.
    var day: Int? {
        guard let date, date.utf8.count == 10 else { return nil }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Self.days(parts[0], parts[1], parts[2])
    }

    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

/// A story: articles reporting the same event, across outlets.
public struct Story: Sendable {
    /// Indices into the articles given, first report first.
    public var members: [Int]
    /// The first report: earliest date, then lowest id.
    public var first: Int
    public var outlets: [String]
    public var agencies: [String]
    /// Actors named in at least half of the articles (at least one), most common first.
    public var actors: [String]
    public var eventTypes: [String]
    public var from: String?
    public var to: String?
    /// Whether the members are (also) near-duplicate copies of one text.
    public var nearDuplicates: Bool
}

/// Groups articles into stories. Two articles belong together when they are near-duplicates
/// (a wire copy), or when all of these hold: both are dated to the day, at most `windowDays`
/// apart; they share at least `minSharedActors` actors (or as many as the one naming fewer
/// names; with none, the text bar is 0.1 higher); and their texts are similar (cosine of TF-IDF
/// vectors of their top terms, plus small bonuses for more shared actors, the same day and a
/// shared event type, reaches `threshold`). Articles
/// join the story of their most similar earlier article, in date order (single link inside a
/// time window, so a long-running topic is split where its reports stop being close in time).
public struct StoryClustering: Sendable {
    public var windowDays = 2
    public var minSharedActors = 2
    public var threshold = 0.3
    public var eventBonus = 0.05
    public var sameDayBonus = 0.05
    /// Per shared actor beyond `minSharedActors`, up to `actorBonusLimit`.
    public var actorBonus = 0.02
    public var actorBonusLimit = 0.1
    public var termsPerArticle = 40
    public var duplicateThreshold = 0.6

    public init() {}

    public func stories(_ articles: [CorpusArticle]) -> [Story] {
        let n = articles.count
        guard n > 0 else { return [] }
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a)
            let rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // 1. Near-duplicates.
        let duplicates = NearDuplicates.groups(articles.map(\.signature), threshold: duplicateThreshold)
        var isDuplicate = [Bool](repeating: false, count: n)
        for g in duplicates {
            for i in g {
                union(g[0], i)
                isDuplicate[i] = true
            }
        }

        // 2. TF-IDF vectors over each article's top terms.
        var df: [UInt64: Int] = [:]
        for a in articles {
            for t in Set(a.terms) { df[t, default: 0] += 1 }
        }
        // Smoothed IDF (as scikit-learn's): terms in every article still count a little.
        let logN = log(Double(n) + 1) + 1
        var vectors: [[UInt64: Double]] = []
        vectors.reserveCapacity(n)
        for a in articles {
            var tf: [UInt64: Int] = [:]
            for t in a.terms { tf[t, default: 0] += 1 }
            var weights: [(UInt64, Double)] = tf.map { t, c in
                let idf = logN - log(Double(df[t] ?? 0) + 1)
                return (t, (1 + log(Double(c))) * idf)
            }
            weights.sort { $0.1 > $1.1 }
            let top = weights.prefix(termsPerArticle)
            let norm = top.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            var v: [UInt64: Double] = [:]
            if norm > 0 { for (t, w) in top { v[t] = w / norm } }
            vectors.append(v)
        }

        // 3. In date order, each dated article joins the story whose centroid (sum of its
        // members' vectors) is most similar, among stories reported within the window; else it
        // starts a story. Comparing with the whole story, not its closest member, keeps a long
        // topic from chaining unrelated reports together. Very common terms (in more than 1% of
        // the articles) are not used to find candidates: they say little and cost much.
        let days = articles.map(\.day)
        let order = (0..<n).filter { days[$0] != nil }.sorted {
            days[$0]! != days[$1]! ? days[$0]! < days[$1]! : articles[$0].id < articles[$1].id
        }
        let commonDF = max(20, n / 100)
        struct Cluster {
            var centroid: [UInt64: Double] = [:]
            var norm = 0.0
            var lastDay = 0
            var actors: [String: Int] = [:]
            var events: Set<String> = []
            var root: Int
        }
        var clusters: [Cluster] = []
        let copyGroup = (0..<n).map { find($0) }  // near-duplicate groups, before stories join them
        var clusterOfCopies: [Int: Int] = [:]
        var postings: [UInt64: [Int]] = [:]  // term → clusters holding it
        for i in order {
            let day = days[i]!
            let actors = Set(articles[i].actors)
            let events = Set(articles[i].eventTypes)
            var target: Int?
            // A near-duplicate of an article already placed joins its story.
            if isDuplicate[i], let c = clusterOfCopies[copyGroup[i]] { target = c }
            if target == nil {
                var dots: [Int: Double] = [:]
                for (t, w) in vectors[i] where (df[t] ?? 0) <= commonDF {
                    for c in postings[t] ?? [] where day - clusters[c].lastDay <= windowDays {
                        dots[c, default: 0] += w * (clusters[c].centroid[t] ?? 0)
                    }
                }
                var best: (Int, Double)?
                for (c, dot) in dots {
                    let cluster = clusters[c]
                    // Actors must be shared as far as both name any; where one names none
                    // (recognition found nothing), the text alone must be closer.
                    let size = cluster.actors.count
                    let required = min(minSharedActors, actors.count, size)
                    let shared = actors.reduce(0) { $0 + (cluster.actors[$1] != nil ? 1 : 0) }
                    guard shared >= required else { continue }
                    let bar = required == 0 ? threshold + 0.1 : threshold
                    // Other evidence lowers the bar a little: more shared actors, the same day,
                    // the same kind of event.
                    var score = dot / max(cluster.norm, 1e-9)
                    score += min(actorBonusLimit, actorBonus * Double(max(0, shared - minSharedActors)))
                    if cluster.lastDay == day { score += sameDayBonus }
                    if !cluster.events.isDisjoint(with: events) { score += eventBonus }
                    if score >= bar && score > (best?.1 ?? 0) { best = (c, score) }
                }
                target = best?.0
            }
            let c: Int
            if let t = target {
                c = t
                union(clusters[c].root, i)
            } else {
                clusters.append(Cluster(root: i))
                c = clusters.count - 1
            }
            if isDuplicate[i] && clusterOfCopies[copyGroup[i]] == nil { clusterOfCopies[copyGroup[i]] = c }
            for (t, w) in vectors[i] {
                if clusters[c].centroid[t] == nil { postings[t, default: []].append(c) }
                clusters[c].centroid[t, default: 0] += w
            }
            clusters[c].norm = clusters[c].centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            clusters[c].lastDay = max(clusters[c].lastDay, day)
            for a in actors { clusters[c].actors[a, default: 0] += 1 }
            clusters[c].events.formUnion(events)
        }

        // 4. Stories with their outlets, agencies and first report.
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[find(i), default: []].append(i) }
        var stories: [Story] = []
        for members in groups.values {
            let sorted = members.sorted { a, b in
                let da = articles[a].date ?? "9999"
                let db = articles[b].date ?? "9999"
                return da != db ? da < db : articles[a].id < articles[b].id
            }
            var outlets: [String] = []
            var agencies: [String] = []
            var actorCounts: [String: Int] = [:]
            var events: [String] = []
            for m in sorted {
                if let o = articles[m].outlet, !outlets.contains(o) { outlets.append(o) }
                for a in articles[m].agencies where !agencies.contains(a) { agencies.append(a) }
                for a in Set(articles[m].actors) { actorCounts[a, default: 0] += 1 }
                for e in articles[m].eventTypes where !events.contains(e) { events.append(e) }
            }
            let need = max(1, (sorted.count + 1) / 2)
            let actors = actorCounts.filter { $0.value >= need }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }.map(\.key)
            let dates = sorted.compactMap { articles[$0].date }.sorted()
            stories.append(
                Story(
                    members: sorted, first: sorted[0], outlets: outlets, agencies: agencies, actors: actors,
                    eventTypes: events,
                    from: dates.first, to: dates.last,
                    nearDuplicates: sorted.allSatisfy { isDuplicate[$0] } && sorted.count > 1))
        }
        stories.sort { a, b in
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            return articles[a.first].id < articles[b.first].id
        }
        return stories
    }
}

import Foundation
