import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadKnowledge

/// `marsad kb`: look into the actor knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Look into the knowledge base: what a name resolves to, and the loader's warnings.",
        discussion: """
            The knowledge base is the data compiled into marsad (Sources/MarsadKnowledge/Data) \
            plus any --kb files, in the same format.

            Examples:
              marsad kb lookup 'وبوتين'
              marsad kb lookup 'وزير الخارجية الصيني' --date 2023-05-01
              marsad kb check --kb people_mine.tsv
            """,
        subcommands: [Lookup.self, Check.self]
    )

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a name resolves to and why.",
            discussion: """
                Prints the name's normalised matching keys; for each reading of the first word \
                (whole, or with a proclitic و ف ب ك ل ال peeled) the longest phrase found in each \
                table (names, short names, nisba adjectives, titles, institution heads, agencies, \
                world events) with its candidate actors (id, type, names, country, CAMEO code, \
                dated roles); then what the recogniser makes of the name as a text of its own. \
                A title alone is resolved to its holder at --date.
                """
        )

        @Argument(help: "The name, as written in an article (quote it).") var name: String
        @Option(help: ArgumentHelp("The article date for title resolution (YYYY-MM-DD).", valueName: "date")) var date:
            String?
        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let kb = try knowledge.load()
            if let date, CivilDate(iso: date) == nil { throw ValidationError("--date wants YYYY-MM-DD, got \(date)") }
            let lookup = EntityLookup(name, knowledge: kb, date: date)
            var s = "keys: \(lookup.keys.joined(separator: " "))\n"
            if lookup.readings.isEmpty { s += "no table has a phrase starting with these keys\n" }
            for r in lookup.readings {
                let clitic = r.proclitic.isEmpty ? "whole word" : "proclitic \(r.proclitic) + \(r.keys.first ?? "")"
                s +=
                    "\n\(r.table): \(r.keys.joined(separator: " ")) (\(clitic), \(r.length) word\(r.length == 1 ? "" : "s"))\n"
                for a in r.actors { s += describe(kb, a) }
                for n in r.notes { s += "  - \(n)\n" }
            }
            s += "\nrecognised as:\n"
            if lookup.entities.isEmpty && lookup.mentions.isEmpty { s += "  nothing\n" }
            for e in lookup.entities {
                s +=
                    "  \(e.id) \(e.type) \(e.nameAr)\(e.nameEn.map { " / \($0)" } ?? "") country \(e.country ?? "-") cameo \(e.cameo ?? "-")"
                s += " mentions [\(e.mentions.map(\.text).joined(separator: ", "))]"
                if !e.roles.isEmpty { s += " roles [\(e.roles.map(\.text).joined(separator: ", "))]" }
                s += "\n"
            }
            for m in lookup.mentions where m.kind == .title {
                s +=
                    "  title-only reference (role \(m.role ?? "-"), scope \(m.roleScope ?? "-")) → \(m.id ?? "unknown holder")"
                if let a = m.actor { s += " \(kb.actors[a].nameAr) / \(kb.actors[a].nameEn ?? "-")" }
                s += "\n"
            }
            print(s, terminator: "")
        }

        func describe(_ kb: KnowledgeBase, _ i: Int) -> String {
            let a = kb.actors[i]
            var s =
                "  \(a.id) \(a.type.rawValue) \(a.nameAr) / \(a.nameEn ?? "-") country \(a.country ?? "-") cameo \(a.cameo ?? "-") (\(a.origin)\(a.isMetonym ? ", metonym" : ""))\n"
            if !a.roles.isEmpty {
                let roles = a.roles.map { r in
                    "\(r.role)@\(r.scope)@\(r.start?.description ?? "")@\(r.end?.description ?? "")"
                }
                s += "    roles: \(roles.joined(separator: "; "))\n"
            }
            return s
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the loader's warnings and counts.",
            discussion: "Exit code 0 when the data loads without warnings, 65 when there are warnings."
        )

        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let kb = try knowledge.load()
            var byType: [String: Int] = [:]
            var byOrigin: [String: Int] = [:]
            for a in kb.actors {
                byType[a.type.rawValue, default: 0] += 1
                byOrigin[a.origin, default: 0] += 1
            }
            var s = "actors: \(kb.actors.count)\n"
            s +=
                "  by type: "
                + byType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
            s +=
                "  by origin: "
                + byOrigin.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
            s += "agencies: \(kb.agencies.count)\n"
            s += "role titles: \(kb.roleTitles.count) roles; institution patterns: \(kb.orgPatterns.count)\n"
            s +=
                "people with dated roles: \(Set(kb.roleHolders.values.joined()).count) in \(kb.roleHolders.count) role@scope pairs\n"
            s += "world events: \(kb.lexicons.worldEvents.count); stop words: \(kb.lexicons.stopwords.count)\n"
            s += "warnings: \(kb.warnings.count)\n"
            for w in kb.warnings { s += "  \(w)\n" }
            print(s, terminator: "")
            if !kb.warnings.isEmpty { throw ExitCode(65) }
        }
    }
}
