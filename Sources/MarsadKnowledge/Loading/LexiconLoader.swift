/// Loads the lexicon files (boilerplate, time words, world events, speech cues, event words);
/// event triggers have their own loader (`EventTriggerRows`).
enum LexiconLoader {
    static func load(kind: String, file: DataFile, into lexicons: inout Lexicons, warnings: inout [String])
        throws(TSVTable.FormatError)
    {
        switch kind {
        case "boilerplate":
            let table = try TSVTable(name: file.name, text: file.text, required: ["phrase", "match", "reason"])
            for row in table.rows {
                let key = PhraseKeys.keys(row["phrase"]).joined(separator: " ")
                guard !key.isEmpty, let match = BoilerplatePhrase.Match(rawValue: row["match"]) else {
                    warnings.append(
                        "\(file.name):\(row.line): boilerplate phrase without words or with an unknown match '\(row["match"])'"
                    )
                    continue
                }
                lexicons.boilerplate.append(BoilerplatePhrase(key: key, match: match, reason: row["reason"]))
            }
        case "time_words":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form", "kind", "value"])
            for row in table.rows {
                let keys = PhraseKeys.keys(row["form"])
                guard !keys.isEmpty else { continue }
                lexicons.timeWords.insert(keys, TimeWord(kind: row["kind"], value: row["value"], region: row["region"]))
            }
        case "entity_words":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form", "class"])
            for row in table.rows {
                let key = PhraseKeys.key(row["form"])
                guard !key.isEmpty, !row["class"].isEmpty else {
                    warnings.append("\(file.name):\(row.line): entity word without a form or a class")
                    continue
                }
                lexicons.entityWords[row["class"], default: []].insert(key)
                if row["class"] == "dual" { lexicons.dualNouns[key] = row.list("referents") }
            }
        case "given_names":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form"])
            for row in table.rows {
                let key = PhraseKeys.key(row["form"])
                guard !key.isEmpty, !key.contains(" ") else {
                    warnings.append("\(file.name):\(row.line): a given name is one word")
                    continue
                }
                lexicons.givenNames.insert(key)
            }
        case "numbers":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form", "kind", "value"])
            for row in table.rows {
                let keys = PhraseKeys.keys(row["form"])
                guard !keys.isEmpty, let value = Int(row["value"]) else {
                    warnings.append("\(file.name):\(row.line): number word without a form or an integer value")
                    continue
                }
                lexicons.numberWords.insert(keys, NumberWord(kind: row["kind"], value: value))
            }
        case "world_events":
            let table = try TSVTable(name: file.name, text: file.text, required: ["id", "date", "cues_ar"])
            for row in table.rows {
                let index = Int32(lexicons.worldEvents.count)
                let ordinalOf = row["ordinal_of"]
                lexicons.worldEvents.append(
                    WorldEvent(
                        id: row["id"], date: row["date"], kind: row["kind"], nameEn: row["name_en"],
                        ordinalOf: ordinalOf.isEmpty ? nil : ordinalOf, ordinal: Int(row["ordinal"]),
                        place: row["place"].isEmpty ? nil : row["place"]))
                for cue in row.list("cues_ar") {
                    let keys = PhraseKeys.keys(cue)
                    if !keys.isEmpty { lexicons.worldEventCues.insert(keys, index) }
                }
            }
        case "speech_cues":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form", "kind"])
            for row in table.rows {
                let keys = PhraseKeys.keys(row["form"])
                guard !keys.isEmpty else { continue }
                let number = row["number"]
                let cue = SpeechCue(
                    form: row["form"], kind: row["kind"], complements: row.list("complement"),
                    direction: row["direction"], number: number.isEmpty ? "singular" : number)
                if cue.kind == "name" || cue.kind == "voice" {
                    lexicons.quotationHeads.insert(keys, cue)
                    continue
                }
                lexicons.speechCues.insert(keys, cue)
                if cue.kind == "verb" || cue.kind == "stance" {
                    for (form, number) in VerbForms.inflections(keys[0]) {
                        var inflected = cue
                        inflected.number = number
                        lexicons.speechCues.insert([form] + keys.dropFirst(), inflected)
                    }
                }
            }
        case "event_words":
            let table = try TSVTable(name: file.name, text: file.text, required: ["form", "class"])
            for row in table.rows {
                let keys = PhraseKeys.keys(row["form"])
                guard !keys.isEmpty, !row["class"].isEmpty else {
                    warnings.append("\(file.name):\(row.line): event word without a form or a class")
                    continue
                }
                let word = EventWord(
                    wordClass: row["class"], actor: row["actor"].isEmpty ? nil : row["actor"],
                    event: row["event"].isEmpty ? nil : row["event"])
                lexicons.eventWords.insert(keys, word)
                if word.wordClass == "agent", keys.count == 1, !keys[0].hasPrefix("\u{0627}\u{0644}") {
                    lexicons.eventWords.insert(["\u{0627}\u{0644}" + keys[0]], word)
                }
                // Evaluative and collective adjectives in every gender and number, with ال.
                if word.wordClass == "positive" || word.wordClass == "negative"
                    || word.wordClass == "collective_adjective"
                {
                    let w = keys[0]
                    for form in [w + "\u{0647}", w + "\u{0648}\u{0646}", w + "\u{064A}\u{0646}", w + "\u{0627}"] {
                        lexicons.eventWords.insert([form], word)
                    }
                    for form in [w, w + "\u{0647}", w + "\u{0648}\u{0646}", w + "\u{064A}\u{0646}"] {
                        lexicons.eventWords.insert(["\u{0627}\u{0644}" + form], word)
                    }
                }
            }
        default:
            throw TSVTable.FormatError(file: file.name, line: 0, message: "no loader for knowledge kind '\(kind)'")
        }
    }
}
