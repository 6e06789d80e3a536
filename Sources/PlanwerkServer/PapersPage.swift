import Foundation
import PlanwerkModel
import PlanwerkPipeline

/// Vorlagen: generate a Mitteilungs- or Beschlussvorlage for a recommendation of a meeting, preview it, download
/// ODT/HTML/Markdown (PDF when LibreOffice is there); a draft says why it is one. Below, the papers on file.
enum PapersPage {
    static func render(records: [MeetingRecord], files: [String], generated: [(paper: CouncilPapers.Paper, files: [URL])], session: Session,
                       selected: String?) -> String {
        let e = HTMLPage.e
        var body = ""
        for (paper, urls) in generated {
            let state = paper.isFinal ? "versandfähig" : "ENTWURF"
            body += "<section class=\"paper\"><h2>\(e(paper.planned.number)) – \(e(paper.planned.recommendation.title))</h2>"
            body += "<p class=\"state \(paper.isFinal ? "state-freigegeben" : "state-entwurf")\">\(state)</p>"
            if !paper.missing.isEmpty {
                body += "<p>Warum ein Entwurf:</p><ul>" + paper.missing.map { "<li>\(e($0))</li>" }.joined() + "</ul>"
            }
            body += "<p>Herunterladen: " + urls.map { "<a href=\"/api/v1/papers/\(e($0.lastPathComponent))\" download>\(e($0.pathExtension.uppercased()))</a>" }
                .joined(separator: " · ") + "</p>"
            if let document = paper.document {
                body += "<details open><summary>Vorschau</summary><pre class=\"preview\">\(e(document.plainText))</pre></details>"
            }
            body += "</section>"
        }
        if session.role >= .edit {
            body += "<section><h2>Vorlage erstellen</h2><form method=\"post\" action=\"/vorlagen\">\(HTMLPage.csrfField(session))"
            body += "<p><label for=\"meeting\">Sitzung</label><select id=\"meeting\" name=\"meeting\" required>"
            for record in records {
                body += "<option value=\"\(e(record.id))\"\(record.id == selected ? " selected" : "")>\(e(GermanText.date(record.date))) – \(e(record.body))</option>"
            }
            body += "</select></p>"
            body += "<p><label for=\"recommendation\">Handlungsempfehlung (Titel oder Teil davon; leer: alle ins Dossier aufgenommenen)</label>"
                + "<input id=\"recommendation\" name=\"recommendation\"></p>"
            body += "<p><label for=\"kind\">Vorlagenart</label><select id=\"kind\" name=\"kind\"><option value=\"beschlussvorlage\">Beschlussvorlage</option>"
                + "<option value=\"mitteilungsvorlage\">Mitteilungsvorlage</option></select></p>"
            body += "<fieldset><legend>Formate</legend>"
            for (format, checked) in [("odt", true), ("html", true), ("md", true), ("pdf", false)] {
                body += "<label><input type=\"checkbox\" name=\"format\" value=\"\(format)\"\(checked ? " checked" : "")> \(format.uppercased())</label> "
            }
            body += "</fieldset><p><button type=\"submit\">Erstellen</button></p></form></section>"
        }
        body += "<section><h2>Vorhandene Vorlagen</h2>"
        body += files.isEmpty ? "<p>Noch keine.</p>"
            : "<ul>" + files.map { "<li><a href=\"/api/v1/papers/\(e($0))\" download>\(e($0))</a></li>" }.joined() + "</ul>"
        body += "</section>"
        return HTMLPage.render(title: "Vorlagen", session: session, active: "/vorlagen", body: body)
    }
}
