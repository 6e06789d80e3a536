import Foundation
import Hummingbird
import PlanwerkWriters

/// The frame of every workspace page: German, no external resources, the stylesheet and script from /static
/// (no inline script or style, so the CSP can forbid them), a navigation usable by keyboard, and the CSRF token
/// for the forms.
enum HTMLPage {
    /// The navigation: path and label.
    static let navigation = [("/", "Übersicht"), ("/hochladen", "Hochladen"), ("/befunde", "Befunde"), ("/vorlagen", "Vorlagen"),
                             ("/dossier", "Dossier"), ("/suche", "Suche"), ("/verlauf", "Verlauf")]

    /// HTML-escaped text.
    static func e(_ text: String) -> String { HTMLWriter.escape(text) }

    /// A whole page.
    static func render(title: String, session: Session?, active: String? = nil, body: String) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="de">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) – Planwerk</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#inhalt">Zum Inhalt springen</a>
        <header><span class="brand">Planwerk</span>
        """
        if let session {
            html += "<nav aria-label=\"Hauptnavigation\"><ul>"
            for (path, label) in navigation {
                html += "<li><a href=\"\(path)\"\(path == active ? " aria-current=\"page\"" : "")>\(e(label))</a></li>"
            }
            html += "</ul></nav>"
            html += "<form class=\"logout\" method=\"post\" action=\"/abmelden\">\(csrfField(session))"
            html += "<span>\(e(session.user)) (\(e(session.role.german)))</span> <button type=\"submit\">Abmelden</button></form>"
        }
        html += "</header>\n<main id=\"inhalt\">\n<h1>\(e(title))</h1>\n\(body)\n</main>\n</body>\n</html>\n"
        return html
    }

    /// The hidden form field with the session's CSRF token.
    static func csrfField(_ session: Session) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(e(session.csrfToken))\">"
    }

    /// An error page.
    static func error(_ refusal: APIError, session: Session?) -> String {
        render(title: "Das ging nicht", session: session,
               body: "<p class=\"error\" role=\"alert\">\(e(refusal.message))</p><p><a href=\"/\">Zur Übersicht</a></p>")
    }

    /// The answer carrying a page.
    static func response(_ html: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect after a form was posted (303, so the browser asks with GET).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
