import MarsadKnowledge
import MarsadText

/// Runs the analysis stages over articles and returns their analysis records. Pure and
/// `Sendable`: one analyser serves all threads.
public struct Analyzer: Sendable {
    public let knowledge: KnowledgeBase
    let cleaner: Cleaner
    let metadata: MetadataStage
    let timeTagger: TimeTagger
    let timeResolver: TimeResolver
    /// Built once: its word tables are not free to build.
    let entities: EntityStage
    /// Lists the actors quotations and events name without a mention.
    let referenced: ReferencedActors
    /// How far the analysis goes (`marsad analyze --depth`): less than `.full` is faster, and
    /// measures what each stage costs.
    public let depth: Depth

    /// The stages run, each including the ones before it.
    public enum Depth: String, Sendable, CaseIterable {
        /// Cleaning, metadata, sentences, publication date and time expressions.
        case base
        /// Plus entities.
        case entities
        /// Plus quotations and events.
        case full
    }

    public init(knowledge: KnowledgeBase = .embedded, depth: Depth = .full) {
        self.knowledge = knowledge
        self.depth = depth
        cleaner = Cleaner(knowledge: knowledge)
        metadata = MetadataStage(knowledge: knowledge)
        timeTagger = TimeTagger(knowledge: knowledge)
        timeResolver = TimeResolver()
        entities = EntityStage(knowledge: knowledge)
        referenced = ReferencedActors(knowledge: knowledge)
    }

    /// Analyses one article. `hasTitle` says the text starts with a title given by the input.
    public func analyze(source: String, text: SourceText, meta: [String: String] = [:], hasTitle: Bool = false)
        -> AnalysisRecord
    {
        analyzeDocument(source: source, text: text, meta: meta, hasTitle: hasTitle).record
    }

    /// The document with every stage's annotations (for tools that need more than the record).
    public func analyzeDocument(source: String, text: SourceText, meta: [String: String] = [:], hasTitle: Bool = false)
        -> Document
    {
        analyzeDocuments([Input(source: source, text: text, meta: meta, hasTitle: hasTitle)])[0]
    }

    /// One article to analyse: its source name, text, metadata, and whether the text starts with
    /// a title given by the input.
    public struct Input: Sendable {
        public var source: String
        public var text: SourceText
        public var meta: [String: String]
        public var hasTitle: Bool

        public init(source: String, text: SourceText, meta: [String: String] = [:], hasTitle: Bool = false) {
            self.source = source
            self.text = text
            self.meta = meta
            self.hasTitle = hasTitle
        }
    }

    /// Analyses several articles, one record each, in order (see `analyzeDocuments`).
    public func analyze(_ inputs: [Input]) -> [AnalysisRecord] { analyzeDocuments(inputs).map(\.record) }

    /// Analyses articles stage by stage: each stage runs over all of them before the next one
    /// starts. A stage's code and tables then stay in the processor's caches from one article
    /// to the next; run article by article, the stages evicted each other, and quotations and
    /// events cost half again what their instructions count. Each article still goes through
    /// the same stages in the same order: the records do not depend on the grouping.
    public func analyzeDocuments(_ inputs: [Input]) -> [Document] {
        var docs = inputs.map {
            Document(
                source: $0.source, text: $0.text, meta: $0.meta, hasTitle: $0.hasTitle, vocabulary: knowledge.vocabulary
            )
        }
        for i in docs.indices { docs[i].timeMentions = timeTagger.mentions(in: docs[i]) }
        for i in docs.indices { cleaner.run(&docs[i]) }
        let findings = docs.indices.map { metadata.run(&docs[$0]) }
        let sentences = inputs.map { SentenceSplitter.sentences(in: $0.text) }
        let dating = PublicationDateStage(knowledge: knowledge)
        for i in docs.indices { dating.run(&docs[i], findings: findings[i], sentences: sentences[i]) }
        if depth != .base { entities.run(&docs) }
        for i in docs.indices { keepContent(&docs[i], sentences: sentences[i]) }
        guard depth == .full else { return docs }
        // Quotations and events read the same clauses and attributions: found once for both.
        let clauses = docs.map { ClauseContext(doc: $0, kb: knowledge) }
        let speech = clauses.map { QuoteStage.quotes(in: $0) }
        for i in docs.indices {
            docs[i].record.quotes = speech[i].quotes
        }
        for i in docs.indices {
            docs[i].record.events = EventStage.events(
                in: clauses[i], attributions: speech[i].attributions, quotes: speech[i].quotes)
        }
        for i in docs.indices { referenced.complete(&docs[i].record) }
        return docs
    }

    /// The record's sentences and time expressions: those of content lines (and date lines).
    func keepContent(_ doc: inout Document, sentences: [Range<Int>]) {
        doc.record.sentences = sentences.filter { s in
            doc.lineIndex(containing: s.lowerBound).map { doc.lineRoles[$0].isContent } ?? false
        }
        .map { Span(start: $0.lowerBound, end: $0.upperBound) }
        doc.record.times = doc.timeMentions.filter { m in
            doc.lineIndex(containing: m.start).map { doc.lineRoles[$0].isContent || isDateLine(doc.lineRoles[$0]) }
                ?? false
        }
        .map { timeResolver.resolve($0, anchor: doc.anchor, in: doc) }
    }

    func isDateLine(_ role: LineRole) -> Bool {
        if case .boilerplate("date line") = role { return true }
        return false
    }
}
