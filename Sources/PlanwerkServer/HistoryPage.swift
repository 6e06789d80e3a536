import PlanwerkStore

/// Verlauf: a recommendation through the years (assessment, dossier, status per meeting).
enum HistoryPage {
    static func render(title: String, history: [(title: String, events: [HistoryEvent])]?, session: Session) -> String {
        let e = HTMLPage.e
        var body = """
        <form method="get" action="/verlauf" class="search">
        <p><label for="title">Titel der Handlungsempfehlung (oder Teil davon)</label><input id="title" name="title" value="\(e(title))" required></p>
        <p><button type="submit">Verlauf zeigen</button></p></form>
        """
        if let history {
            if history.isEmpty { body += "<p>Keine Handlungsempfehlung mit diesem Titel.</p>" }
            for entry in history {
                body += "<section><h2>\(e(entry.title))</h2><ol class=\"timeline\">"
                for event in entry.events {
                    body += "<li><a href=\"/sitzungen/\(e(event.meetingID))\">\(e(GermanText.date(event.date)))</a>: \(e(event.events.joined(separator: "; ")))</li>"
                }
                body += "</ol></section>"
            }
        }
        return HTMLPage.render(title: "Verlauf", session: session, active: "/verlauf", body: body)
    }
}
