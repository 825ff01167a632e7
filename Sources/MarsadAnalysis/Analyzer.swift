import MarsadKnowledge
import MarsadText

/// Runs the analysis stages over one article and returns its analysis record. Pure and
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
    /// How far the analysis goes; less than `.full` only to measure what each stage costs.
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
        var doc = Document(source: source, text: text, meta: meta, hasTitle: hasTitle, vocabulary: knowledge.vocabulary)
        doc.timeMentions = timeTagger.mentions(in: doc)
        cleaner.run(&doc)
        let findings = metadata.run(&doc)
        let sentences = SentenceSplitter.sentences(in: text)
        PublicationDateStage(knowledge: knowledge).run(&doc, findings: findings, sentences: sentences)
        if depth != .base { entities.run(&doc) }
        doc.record.sentences = sentences.filter { s in
            doc.lineIndex(containing: s.lowerBound).map { doc.lineRoles[$0].isContent } ?? false
        }
        .map { Span(start: $0.lowerBound, end: $0.upperBound) }
        doc.record.times = doc.timeMentions.filter { m in
            doc.lineIndex(containing: m.start).map { doc.lineRoles[$0].isContent || isDateLine(doc.lineRoles[$0]) }
                ?? false
        }
        .map { timeResolver.resolve($0, anchor: doc.anchor, in: doc) }
        guard depth == .full else { return doc }
        // Quotations and events read the same clauses and attributions: found once for both.
        let clauses = ClauseContext(doc: doc, kb: knowledge)
        let speech = QuoteStage.quotes(in: clauses)
        doc.record.quotes = speech.quotes
        doc.record.events = EventStage.events(in: clauses, attributions: speech.attributions, quotes: speech.quotes)
        referenced.complete(&doc.record)
        return doc
    }

    func isDateLine(_ role: LineRole) -> Bool {
        if case .boilerplate("date line") = role { return true }
        return false
    }
}
