/// The progress of a background job; while it runs the script asks /api/v1/jobs/{id} and updates the bar (without
/// script the page reloads itself).
enum JobPage {
    static func render(_ job: BackgroundJob, session: Session) -> String {
        let e = HTMLPage.e
        let percent = Int((job.progress * 100).rounded())
        var body = "<div id=\"job\" data-job=\"\(e(job.id))\" data-state=\"\(job.state.rawValue)\">"
        body += "<p>Dateien: \(e(job.originalNames.isEmpty ? "(Neuberechnung)" : job.originalNames.joined(separator: ", ")))</p>"
        body += "<p role=\"status\" aria-live=\"polite\" id=\"job-state\">Stand: \(e(job.state.german))\(job.total > 0 ? " (\(job.done) von \(job.total) Quellen)" : "")</p>"
        body += "<progress id=\"job-progress\" max=\"100\" value=\"\(percent)\">\(percent) %</progress>"
        body += "<ul id=\"job-errors\" class=\"errors\">" + job.errors.map { "<li class=\"error\">\(e($0))</li>" }.joined() + "</ul>"
        body += "<ul id=\"job-meetings\">" + job.meetings.map { "<li><a href=\"/sitzungen/\(e($0))\">Sitzung \(e($0)) prüfen</a></li>" }.joined() + "</ul>"
        body += "</div>"
        return HTMLPage.render(title: "Verarbeitung", session: session, active: "/hochladen", body: body)
    }
}
