/// The rows of an `event_triggers` file, read and expanded into every form they match
/// (`TriggerForms`) but not yet in the trie. Reading and deriving need nothing else of the
/// knowledge base, so the loader does it on another thread while the actor files load: it is
/// half the load's work (some 43,000 derived forms).
struct EventTriggerRows: Sendable {
    /// The forms written in the file, in file order.
    var written: [(keys: [String], trigger: EventTrigger)] = []
    /// The derived forms, in file order; a written form of any row wins over them.
    var derived: [(keys: [String], trigger: EventTrigger)] = []
    var warnings: [String] = []

    init(file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["form", "cameo"])
        for row in table.rows {
            let keys = TriggerForms.keys(row["form"])
            guard !keys.isEmpty, !row["cameo"].isEmpty else { continue }
            let plover = row["plover"]
            let mode = row["mode"]
            let joint = row["joint"].split(separator: ":").map(String.init)
            var trigger = EventTrigger(
                form: row["form"], pos: row["pos"], plover: plover.isEmpty ? nil : plover,
                mode: mode.isEmpty ? nil : mode, cameo: row["cameo"], mutual: row["mutual"] == "yes",
                reading: row["reading"].isEmpty ? nil : row["reading"],
                jointPlover: joint.count == 2 ? joint[0] : nil, jointCameo: joint.count == 2 ? joint[1] : nil)
            trigger.genitiveObject = row["genitive"] == "object"
            trigger.topicObject = row["object"] == "topic"
            if !row["joint"].isEmpty && joint.count != 2 {
                warnings.append("\(file.name):\(row.line): joint must be TYPE:CODE, not '\(row["joint"])'")
            }
            written.append((keys, trigger))
            let except = Set(row.list("except").map { PhraseKeys.keys($0) })
            for form in TriggerForms.derived(keys, pos: trigger.pos, pastOnly: row["forms"] == "past")
            where !except.contains(form.keys) {
                var t = trigger
                t.future = form.future
                t.possessed = form.possessed
                derived.append((form.keys, t))
            }
        }
    }

    /// Puts the forms into the lexicons' trigger trie: the written ones, then the derived ones
    /// that no written form (nor an earlier derived one) took.
    func insert(into lexicons: inout Lexicons, warnings allWarnings: inout [String]) {
        allWarnings += warnings
        for (keys, trigger) in written {
            lexicons.eventTriggers.insert(keys, trigger)
            noteVerbHead(keys, trigger, in: &lexicons)
        }
        lexicons.eventTriggers.reserve(phrases: derived.count)
        for (keys, trigger) in derived {
            lexicons.eventTriggers.insertIfAbsent(keys, trigger)
            noteVerbHead(keys, trigger, in: &lexicons)
        }
    }

    /// A verb phrase's first word, which the event matcher may find apart from the rest
    /// (فرضت واشنطن عقوبات).
    private func noteVerbHead(_ keys: [String], _ trigger: EventTrigger, in lexicons: inout Lexicons) {
        if keys.count >= 2 && (trigger.pos == "verb" || trigger.pos == "phrase") {
            lexicons.phraseVerbHeads.insert(lexicons.eventTriggers.vocabulary.id(of: keys[0]))
        }
    }
}
