/// Precision, recall and F1 of one field over the evaluated documents.
public struct Score: Codable, Sendable, Equatable {
    /// Gold items found (the recall side).
    public var truePositives: Int = 0
    /// Predictions that are right (the precision side); equal to `truePositives` where one
    /// prediction matches one gold item, apart where they are counted differently (lines).
    public var correctPredictions: Int = 0
    public var predicted: Int = 0
    public var gold: Int = 0

    public init() {}

    public var precision: Double {
        predicted == 0 ? (gold == 0 ? 1 : 0) : Double(correctPredictions) / Double(predicted)
    }
    public var recall: Double { gold == 0 ? 1 : Double(min(truePositives, gold)) / Double(gold) }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public mutating func add(tp: Int, correct: Int? = nil, predicted: Int, gold: Int) {
        truePositives += tp
        correctPredictions += correct ?? tp
        self.predicted += predicted
        self.gold += gold
    }

    enum CodingKeys: String, CodingKey {
        case truePositives = "true_positives"
        case correctPredictions = "correct_predictions"
        case predicted, gold, precision, recall, f1
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(correctPredictions, forKey: .correctPredictions)
        try c.encode(predicted, forKey: .predicted)
        try c.encode(gold, forKey: .gold)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        correctPredictions = try c.decode(Int.self, forKey: .correctPredictions)
        predicted = try c.decode(Int.self, forKey: .predicted)
        gold = try c.decode(Int.self, forKey: .gold)
    }
}

/// What `marsad eval` reports: a score per field and what was missed, per document.
public struct EvalReport: Codable, Sendable {
    public var documents: Int = 0
    public var fields: [String: Score] = [:]
    /// Per document: field → the gold items missed and the predictions not in the gold.
    public var misses: [String: [String: [String]]] = [:]

    public init() {}

    public static let fieldOrder = [
        "published", "headline", "outlet", "dateline", "agencies", "boilerplate_removed", "content_kept",
        "duplicates", "entities", "mentions", "quotes", "quotes_direct", "events",
    ]

    mutating func add(_ field: String, tp: Int, correct: Int? = nil, predicted: Int, gold: Int) {
        fields[field, default: Score()].add(tp: tp, correct: correct, predicted: predicted, gold: gold)
    }

    mutating func miss(_ doc: String, _ field: String, _ what: String) {
        misses[doc, default: [:]][field, default: []].append(what)
    }
}
