import MarsadKnowledge
import MarsadText

/// Finds the news agencies and outlets an article credits or cites (`agencies.tsv`).
///
/// Names that are also ordinary words (الوطن، الرياض، الحياة، البيان، واس) count only in a
/// credit context: inside parentheses, after a medium word (صحيفة، وكالة، قناة، مراسل…), or on a
/// credit line. Distinctive names (كونا، شينخوا، أ ف ب، CNN) count anywhere.
struct AgencyCredits {
    let knowledge: KnowledgeBase

    /// Words that introduce a medium by name; a clitic may be attached (لصحيفة، ولوكالة).
    static let mediumWords = [
        "صحيفه", "جريده", "وكاله", "قناه", "موقع", "تلفزيون", "اذاعه", "مراسل", "مراسله", "شبكه", "مجله", "محطه",
    ]

    struct Credit {
        var agency: Int
        var tokens: Range<Int>
    }

    func find(in doc: Document) -> [Credit] {
        var credits: [Credit] = []
        for (lineIndex, line) in doc.lines.enumerated() {
            let creditLine: Bool
            if case .boilerplate(let reason) = doc.lineRoles[lineIndex], reason == "credit" {
                creditLine = true
            } else {
                creditLine = false
            }
            for hit in TrieScanner.scan(knowledge.agencyNames, in: doc, tokens: line.tokens) {
                // A picture agency credits the photo, not the text.
                guard let name = hit.values.first, knowledge.agencies[Int(name.agency)].kind != "photo" else {
                    continue
                }
                let contextOnly = name.contextOnly || isCommonWord(doc: doc, tokens: hit.tokens)
                if creditLine || !contextOnly || inCreditContext(doc: doc, tokens: hit.tokens, line: line.tokens) {
                    credits.append(Credit(agency: Int(name.agency), tokens: hit.tokens))
                }
            }
        }
        return credits
    }

    /// A name made only of ال-words, or one short Arabic word, reads as an ordinary word too.
    func isCommonWord(doc: Document, tokens: Range<Int>) -> Bool {
        let keys = tokens.map { doc.keys[$0] }
        if keys.allSatisfy({ $0.hasPrefix("ال") }) { return true }
        if keys.count == 1, doc.tokens[tokens.lowerBound].kind == .arabic, keys[0].unicodeScalars.count <= 3 {
            return true
        }
        return false
    }

    func inCreditContext(doc: Document, tokens: Range<Int>, line: Range<Int>) -> Bool {
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        if before >= line.lowerBound, after < line.upperBound, doc.tokenText(before) == "(", doc.tokenText(after) == ")"
        {
            return true
        }
        // A medium word right before (skipping a quote mark): صحيفة "الوطن"، لـ"العربي".
        var k = before
        while k >= line.lowerBound && (doc.tokens[k].kind == .quote || doc.tokenText(k) == "ـ") { k -= 1 }
        if k >= line.lowerBound {
            let key = doc.keys[k]
            if AgencyCredits.mediumWords.contains(where: { key.hasSuffix($0) }) { return true }
        }
        return false
    }
}
