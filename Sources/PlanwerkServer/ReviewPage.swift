import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReview

/// Sitzung prüfen: the facts grouped as in the protocol (within a group the uncertain ones first), each beside its
/// source (the text lines, or the PDF page with the words highlighted), with forms to confirm, correct, clear and
/// remove; conflicts side by side; adding a missed item; the release. j/k move between facts, Enter confirms.
enum ReviewPage {
    static func render(_ m: ReviewSession.Meeting, texts: [String: String], session: Session, notice: String?) -> String {
        let e = HTMLPage.e
        let record = m.reviewed
        let id = record.id
        let csrf = HTMLPage.csrfField(session)
        let mayEdit = session.role >= .edit
        var body = ""
        if let notice { body += "<p class=\"note\" role=\"status\">\(e(notice))</p>" }
        body += "<p>\(e(GermanText.date(record.date))) · \(e(record.body))\(record.location.map { " · " + e($0) } ?? "") · Quellen: "
            + record.sources.enumerated().map { e(($0.element.file as NSString).lastPathComponent) }.joined(separator: ", ") + "</p>"
        body += releaseSection(record, m: m, session: session)
        body += "<p class=\"hint\">Tastatur: <kbd>j</kbd>/<kbd>k</kbd> nächste/vorige Angabe, <kbd>Enter</kbd> bestätigt die gewählte Angabe.</p>"

        var groups: [(key: String, title: String, facts: [Fact])] = []
        for fact in m.facts {
            let parts = fact.key.split(separator: "/")
            let group = parts.first == "meeting" ? "meeting" : parts.prefix(2).joined(separator: "/")
            if let i = groups.firstIndex(where: { $0.key == group }) {
                groups[i].facts.append(fact)
            } else {
                groups.append((group, groupTitle(group, quote: fact.quote), [fact]))
            }
        }
        var index = 0
        for group in groups {
            body += "<section class=\"group\"><h2>\(e(group.title))</h2>"
            if mayEdit, group.key != "meeting" {
                body += "<form method=\"post\" action=\"/sitzungen/\(e(id))/berichtigen\" class=\"inline\">\(csrf)"
                    + "<input type=\"hidden\" name=\"key\" value=\"\(e(group.key))\"><input type=\"hidden\" name=\"action\" value=\"entfernen\">"
                    + "<label>Begründung <input name=\"reason\" required></label> <button type=\"submit\">Eintrag entfernen</button></form>"
            }
            body += "<ol class=\"facts\">"
            let sorted = group.facts.enumerated().sorted { a, b in
                let ua = uncertainty(a.element, record), ub = uncertainty(b.element, record)
                return ua != ub ? ua > ub : a.offset < b.offset
            }.map(\.element)
            for fact in sorted {
                index += 1
                body += factItem(fact, index: index, m: m, texts: texts, csrf: csrf, mayEdit: mayEdit)
            }
            body += "</ol></section>"
        }
        if mayEdit {
            body += """
            <section><h2>Übersehenen Eintrag ergänzen</h2>
            <form method="post" action="/sitzungen/\(e(id))/berichtigen">\(csrf)<input type="hidden" name="action" value="hinzufuegen">
            <p><label for="add-section">Abschnitt</label><select id="add-section" name="section">
            <option value="recommendations">Handlungsempfehlung</option><option value="goalProposals">Zielvorschlag</option>
            <option value="nextMeetings">Nächste Sitzung (Datum JJJJ-MM-TT)</option></select></p>
            <p><label for="add-value">Titel oder Datum</label><input id="add-value" name="value" required></p>
            <p><label for="add-reason">Begründung</label><input id="add-reason" name="reason" required></p>
            <p><button type="submit">Ergänzen</button></p></form></section>
            """
        }
        return HTMLPage.render(title: "Sitzung prüfen", session: session, body: body)
    }

    /// Higher is less certain: conflicts first, then low confidence; confirmed and corrected facts last.
    static func uncertainty(_ fact: Fact, _ record: MeetingRecord) -> Double {
        switch fact.state {
        case .conflict: return 2
        case .confirmed, .corrected: return -1
        case .extracted: return 1 - fact.confidence(sources: record.sources)
        }
    }

    static func groupTitle(_ key: String, quote: String?) -> String {
        if key == "meeting" { return "Sitzung" }
        let section = String(key.split(separator: "/").first ?? "")
        let name = ["recommendations": "Handlungsempfehlung", "goalProposals": "Zielvorschlag", "nextMeetings": "Nächste Sitzung"][section] ?? section
        return "\(name): \(quote ?? String(key.split(separator: "/").last ?? ""))"
    }

    /// An HTML id for a key.
    static func anchor(_ key: String) -> String {
        "fakt-" + key.unicodeScalars.map { $0.isASCII && CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
    }

    static func factItem(_ fact: Fact, index: Int, m: ReviewSession.Meeting, texts: [String: String], csrf: String, mayEdit: Bool) -> String {
        let e = HTMLPage.e
        let id = m.reviewed.id
        let confidence = Int((fact.confidence(sources: m.reviewed.sources) * 100).rounded())
        let stateClass = ["erkannt": "extracted", "bestätigt": "confirmed", "berichtigt": "corrected", "Widerspruch": "conflict"][fact.state.rawValue] ?? "extracted"
        var html = "<li class=\"fact state-\(stateClass)\" id=\"\(anchor(fact.key))\" tabindex=\"0\" data-index=\"\(index)\">"
        html += "<div class=\"fact-head\"><span class=\"label\">\(e(RecordFacts.label(fact.key)))</span> "
        html += "<span class=\"value\">\(e(fact.value == .null ? "(leer)" : fact.value.description))</span> "
        html += "<span class=\"state\">\(e(fact.state.rawValue))</span> <span class=\"confidence\">Sicherheit \(confidence) %</span></div>"
        html += "<div class=\"key\"><code>\(e(fact.key))</code></div>"
        if fact.state == .conflict, let correction = m.corrections.last(where: { $0.key == fact.key }) {
            let now = RecordFacts.value(fact.key, quote: fact.quote, in: m.extracted) ?? .null
            html += "<table class=\"conflict\"><caption>Widerspruch: die neue Erkennung weicht von Erkennung und Berichtigung ab</caption>"
                + "<thead><tr><th scope=\"col\">damals erkannt</th><th scope=\"col\">Berichtigung (\(e(correction.author)))</th><th scope=\"col\">jetzt erkannt</th></tr></thead>"
                + "<tbody><tr><td>\(e(correction.base.description))</td><td>\(e(correction.value.description))</td><td>\(e(now.description))</td></tr></tbody></table>"
        }
        html += source(fact, m: m, texts: texts)
        if mayEdit {
            let key = "<input type=\"hidden\" name=\"key\" value=\"\(e(fact.key))\">"
            html += "<div class=\"actions\">"
            if fact.state != .confirmed {
                html += "<form method=\"post\" action=\"/sitzungen/\(e(id))/bestaetigen\" class=\"confirm\">\(csrf)\(key)<button type=\"submit\">Bestätigen</button></form>"
            }
            let current = fact.value.text ?? (fact.value == .null ? "" : fact.value.description)
            html += "<form method=\"post\" action=\"/sitzungen/\(e(id))/berichtigen\" class=\"correct\">\(csrf)\(key)"
                + "<input type=\"hidden\" name=\"action\" value=\"setzen\">"
                + "<label>Richtiger Wert <input name=\"value\" value=\"\(e(current))\" aria-label=\"Richtiger Wert für \(e(RecordFacts.label(fact.key)))\"></label> "
                + "<label>Begründung <input name=\"reason\" required></label> <button type=\"submit\">Berichtigen</button></form>"
            html += "</div>"
        }
        return html + "</li>"
    }

    /// The source beside a fact: the PDF page image (words highlighted) or the text lines around the evidence.
    static func source(_ fact: Fact, m: ReviewSession.Meeting, texts: [String: String]) -> String {
        let e = HTMLPage.e
        guard let evidence = fact.evidence.first(where: { $0.line != nil || $0.page != nil }) ?? fact.evidence.first else { return "" }
        let sources = m.reviewed.sources
        let name = (evidence.file as NSString).lastPathComponent
        var where_ = name
        if let page = evidence.page { where_ += ", Seite \(page)" }
        if let line = evidence.line { where_ += ", Zeile \(line)" }
        var html = "<figure class=\"source\"><figcaption>Fundstelle: \(e(where_))</figcaption>"
        if let page = evidence.page, let n = sources.firstIndex(where: { $0.file == evidence.file }), evidence.file.lowercased().hasSuffix(".pdf") {
            var url = "/api/v1/meetings/\(SecurityMiddleware.percentEncoded(m.reviewed.id))/sources/\(n + 1)/pages/\(page).png"
            let mark = fact.value.text ?? fact.quote
            if let mark, let q = mark.prefix(200).addingPercentEncoding(withAllowedCharacters: .alphanumerics) { url += "?mark=" + q }
            html += "<img src=\"\(e(url))\" alt=\"Seite \(page) von \(e(name)), die Fundstelle ist gelb markiert\" loading=\"lazy\" width=\"620\">"
        } else if let line = evidence.line, let text = texts[evidence.file] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if line >= 1, line <= lines.count {
                let range = max(1, line - 2)...min(lines.count, line + 2)
                html += "<pre class=\"lines\">"
                for n in range {
                    let content = e(String(lines[n - 1]))
                    html += n == line ? "<mark>\(n): \(content)</mark>\n" : "\(n): \(content)\n"
                }
                html += "</pre>"
            }
        }
        return html + "</figure>"
    }

    static func releaseSection(_ record: MeetingRecord, m: ReviewSession.Meeting, session: Session) -> String {
        let e = HTMLPage.e
        var html = "<section class=\"release\" aria-labelledby=\"freigabe\"><h2 id=\"freigabe\">Freigabe</h2>"
        if let release = record.release {
            html += "<p class=\"state state-freigegeben\">Freigegeben von \(e(release.by)) am \(e(release.time)).</p>"
        } else {
            let open = m.facts.filter { $0.state == .extracted }.count
            let errors = record.findings.filter { $0.severity == .error }
            html += "<p>Noch nicht freigegeben: \(open) Angaben ungeprüft, \(errors.count) offene Fehler.</p>"
            if !errors.isEmpty {
                html += "<ul class=\"findings\">" + errors.map { "<li>\(e($0.message))</li>" }.joined() + "</ul>"
            }
            if session.role >= .edit, open > 0 {
                html += "<form method=\"post\" action=\"/sitzungen/\(e(record.id))/bestaetigen\">\(HTMLPage.csrfField(session))"
                    + m.facts.filter { $0.state == .extracted }.map { "<input type=\"hidden\" name=\"key\" value=\"\(e($0.key))\">" }.joined()
                    + "<button type=\"submit\">Alle angezeigten Angaben bestätigen</button></form>"
            }
            if session.role >= .release {
                html += "<form method=\"post\" action=\"/sitzungen/\(e(record.id))/freigeben\">\(HTMLPage.csrfField(session))"
                    + "<button type=\"submit\">Sitzung freigeben</button></form>"
            }
        }
        return html + "</section>"
    }
}
