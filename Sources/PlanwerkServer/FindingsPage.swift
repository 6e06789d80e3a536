import PlanwerkModel
import PlanwerkReview

/// Befunde: the findings of every meeting, errors first; each jumps to its fact on the review page.
enum FindingsPage {
    static func render(_ records: [MeetingRecord], session: Session) -> String {
        let e = HTMLPage.e
        var body = ""
        var any = false
        for record in records where !record.findings.isEmpty {
            any = true
            body += "<section><h2><a href=\"/sitzungen/\(e(record.id))\">\(e(GermanText.date(record.date))) – \(e(record.body))</a></h2><ul class=\"findings\">"
            for finding in record.findings.sorted(by: { $0.severity < $1.severity }) {
                var target = "/sitzungen/\(e(record.id))"
                if let rec = finding.recommendation {
                    target += "#" + ReviewPage.anchor(RecordFacts.factKey(recommendation: rec, field: finding.field))
                }
                body += "<li class=\"finding severity-\(finding.severity.rawValue)\"><strong>\(e(finding.severity.germanLabel))</strong>: "
                    + "<a href=\"\(target)\">\(e(finding.message))</a></li>"
            }
            body += "</ul></section>"
        }
        if !any { body += "<p>Keine Befunde.</p>" }
        return HTMLPage.render(title: "Befunde", session: session, active: "/befunde", body: body)
    }
}
