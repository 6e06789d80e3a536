import Foundation
import PlanwerkModel

/// Übersicht: the meetings per year with their review state, open findings and papers.
enum OverviewPage {
    static func render(_ records: [MeetingRecord], papers: [String], jobs: [BackgroundJob], session: Session) -> String {
        let e = HTMLPage.e
        var body = ""
        let active = jobs.filter { $0.state == .queued || $0.state == .running }
        if !active.isEmpty {
            body += "<p class=\"note\" role=\"status\">\(active.count) Verarbeitung\(active.count == 1 ? " läuft" : "en laufen") – <a href=\"/auftraege/\(e(active[0].id))\">Fortschritt ansehen</a></p>"
        }
        if records.isEmpty {
            body += "<p>Noch keine Sitzungen im Archiv. <a href=\"/hochladen\">Protokolle hochladen</a></p>"
        }
        let years = Dictionary(grouping: records) { String($0.date.prefix(4)) }
        for year in years.keys.sorted(by: >) {
            body += "<section><h2>\(e(year))</h2><table class=\"meetings\"><thead><tr><th scope=\"col\">Sitzung</th><th scope=\"col\">Stand</th>"
                + "<th scope=\"col\">Offene Fehler</th><th scope=\"col\">Vorlagen</th></tr></thead><tbody>"
            for record in years[year] ?? [] {
                let state = Presenter.reviewState(record)
                let own = papers.filter { $0.contains(record.date) }
                body += "<tr><td><a href=\"/sitzungen/\(e(record.id))\">\(e(GermanText.date(record.date))) – \(e(record.body))</a></td>"
                body += "<td><span class=\"state state-\(state)\">\(e(GermanText.reviewState(state)))</span></td>"
                body += "<td>\(Presenter.openErrors(record))</td><td>\(own.isEmpty ? "–" : "\(own.count)")</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        return HTMLPage.render(title: "Übersicht", session: session, active: "/", body: body)
    }
}
