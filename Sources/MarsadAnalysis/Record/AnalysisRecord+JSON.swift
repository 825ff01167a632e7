/// The record as JSON (one line), with the keys and order of the spec; `JSONDecoder` reads it
/// back into an equal record (a test checks the round trip).
extension AnalysisRecord {
    public func jsonBytes() -> [UInt8] {
        var w = JSONWriter(capacity: 8192)
        w.objectValue { w in
            w.key("schema"); w.string(schema)
            w.key("doc")
            w.objectValue { w in
                w.key("id"); w.string(doc.id)
                w.key("source"); w.string(doc.source)
                w.key("length"); w.int(doc.length)
                w.key("meta")
                w.objectValue { w in
                    for k in doc.meta.keys.sorted() {
                        w.rawKey(k)
                        w.string(doc.meta[k]!)
                    }
                }
            }
            w.key("headline"); w.textSpan(headline)
            w.key("published")
            if let p = published {
                w.objectValue { w in
                    w.key("date"); w.string(p.date)
                    w.key("precision"); w.string(p.precision.rawValue)
                    w.key("basis"); w.string(p.basis.rawValue)
                    w.key("evidence"); w.arrayValue { w in for e in p.evidence { w.textSpan(e) } }
                }
            } else {
                w.null()
            }
            w.key("page_dates")
            w.arrayValue { w in
                for d in pageDates {
                    w.objectValue { w in
                        w.key("date"); w.string(d.date)
                        w.key("start"); w.int(d.start)
                        w.key("end"); w.int(d.end)
                        w.key("text"); w.string(d.text)
                    }
                }
            }
            w.key("outlet")
            if let o = outlet {
                w.objectValue { w in
                    w.key("name"); w.string(o.name)
                    w.key("start"); w.int(o.start)
                    w.key("end"); w.int(o.end)
                }
            } else {
                w.null()
            }
            w.key("agencies")
            w.arrayValue { w in
                for a in agencies {
                    w.objectValue { w in
                        w.key("id"); w.string(a.id)
                        w.key("name_ar"); w.string(a.nameAr)
                        w.key("name_en"); w.string(a.nameEn)
                        w.key("mentions"); w.arrayValue { w in for m in a.mentions { w.textSpan(m) } }
                    }
                }
            }
            w.key("dateline")
            if let d = dateline {
                w.objectValue { w in
                    w.key("city"); w.string(d.city)
                    w.key("start"); w.int(d.start)
                    w.key("end"); w.int(d.end)
                }
            } else {
                w.null()
            }
            w.key("body"); w.arrayValue { w in for s in body { w.span(s) } }
            w.key("boilerplate")
            w.arrayValue { w in
                for b in boilerplate {
                    w.objectValue { w in
                        w.key("start"); w.int(b.start)
                        w.key("end"); w.int(b.end)
                        w.key("text"); w.string(b.text)
                        w.key("reason"); w.string(b.reason)
                    }
                }
            }
            w.key("duplicates")
            w.arrayValue { w in
                for d in duplicates {
                    w.objectValue { w in
                        w.key("start"); w.int(d.start)
                        w.key("end"); w.int(d.end)
                        w.key("of"); w.span(d.of)
                    }
                }
            }
            w.key("sentences"); w.arrayValue { w in for s in sentences { w.span(s) } }
            w.key("times")
            w.arrayValue { w in
                for t in times {
                    w.objectValue { w in
                        w.key("text"); w.string(t.text)
                        w.key("start"); w.int(t.start)
                        w.key("end"); w.int(t.end)
                        w.key("value"); w.string(t.value)
                        w.key("precision"); w.string(t.precision?.rawValue)
                        w.key("relative"); w.bool(t.relative)
                        w.key("kind"); w.string(t.kind)
                    }
                }
            }
            w.key("entities")
            w.arrayValue { w in
                for e in entities {
                    w.objectValue { w in
                        w.key("id"); w.string(e.id)
                        w.key("type"); w.string(e.type)
                        w.key("name_ar"); w.string(e.nameAr)
                        w.key("name_en"); w.string(e.nameEn)
                        w.key("country"); w.string(e.country)
                        w.key("cameo"); w.string(e.cameo)
                        w.key("roles"); w.arrayValue { w in for r in e.roles { w.textSpan(r) } }
                        w.key("mentions"); w.arrayValue { w in for m in e.mentions { w.textSpan(m) } }
                    }
                }
            }
            w.key("quotes")
            w.arrayValue { w in
                for q in quotes {
                    w.objectValue { w in
                        w.key("speaker"); w.string(q.speaker)
                        w.key("speakers"); w.arrayValue { w in for v in q.speakers { w.string(v) } }
                        w.key("kind"); w.string(q.kind)
                        w.key("cue"); w.textSpan(q.cue)
                        w.key("text"); w.string(q.text)
                        w.key("start"); w.int(q.start)
                        w.key("end"); w.int(q.end)
                        w.key("via"); w.arrayValue { w in for v in q.via { w.string(v) } }
                    }
                }
            }
            w.key("events")
            w.arrayValue { w in
                for e in events {
                    w.objectValue { w in
                        w.key("plover"); w.string(e.plover)
                        w.key("mode"); w.string(e.mode)
                        w.key("cameo"); w.string(e.cameo)
                        w.key("source"); w.arrayValue { w in for s in e.source { w.string(s) } }
                        w.key("target"); w.arrayValue { w in for s in e.target { w.string(s) } }
                        w.key("date"); w.string(e.date)
                        w.key("precision"); w.string(e.precision?.rawValue)
                        w.key("context"); w.arrayValue { w in for c in e.context { w.string(c) } }
                        w.key("location"); w.string(e.location)
                        w.key("evidence"); w.textSpan(e.evidence)
                    }
                }
            }
        }
        return w.bytes
    }
}

extension JSONWriter {
    mutating func span(_ s: Span) { spanValue(start: s.start, end: s.end) }

    mutating func textSpan(_ s: TextSpan?) {
        guard let s else {
            null()
            return
        }
        textSpanValue(text: s.text, start: s.start, end: s.end)
    }
}
