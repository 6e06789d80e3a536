import PlanwerkStore

/// Suche: full text over protocols, titles and details, by year and Handlungsfeld.
enum SearchPage {
    static func render(query: String, year: String, field: String, hits: [SearchHit]?, session: Session) -> String {
        let e = HTMLPage.e
        var body = """
        <form method="get" action="/suche" class="search" role="search">
        <p><label for="q">Suchbegriffe</label><input id="q" name="q" type="search" value="\(e(query))" required></p>
        <p><label for="year">Jahr</label><input id="year" name="year" inputmode="numeric" pattern="[0-9]{4}" value="\(e(year))"></p>
        <p><label for="field">Handlungsfeld</label><input id="field" name="field" value="\(e(field))"></p>
        <p><button type="submit">Suchen</button></p></form>
        """
        if let hits {
            body += "<section aria-live=\"polite\"><h2>\(hits.count) Treffer</h2><ol class=\"hits\">"
            for hit in hits {
                body += "<li><a href=\"/sitzungen/\(e(hit.meetingID))\">\(e(hit.title))</a> <span class=\"kind\">(\(e(hit.kind)))</span><br><span class=\"snippet\">\(e(hit.snippet))</span></li>"
            }
            body += "</ol></section>"
        }
        return HTMLPage.render(title: "Suche", session: session, active: "/suche", body: body)
    }
}
