import Foundation

/// Dossier: the Planungsdossiers of the last run, to download, with the text of each.
enum DossierPage {
    static func render(files: [URL], session: Session) -> String {
        let e = HTMLPage.e
        var body = ""
        let byName = Dictionary(grouping: files) { $0.deletingPathExtension().lastPathComponent }
        if byName.isEmpty { body += "<p>Noch kein Planungsdossier (es entsteht, sobald eine Sitzung Handlungsempfehlungen ins Dossier aufnimmt).</p>" }
        for name in byName.keys.sorted(by: >) {
            let group = byName[name] ?? []
            body += "<section><h2>\(e(name))</h2><p>Herunterladen: "
                + group.sorted { $0.pathExtension < $1.pathExtension }.map { "<a href=\"/dossier/dateien/\(e($0.lastPathComponent))\" download>\(e($0.pathExtension.uppercased()))</a>" }
                    .joined(separator: " · ") + "</p>"
            if let md = group.first(where: { $0.pathExtension == "md" }), let text = try? String(contentsOf: md, encoding: .utf8) {
                body += "<details><summary>Text</summary><pre class=\"preview\">\(e(text))</pre></details>"
            }
            body += "</section>"
        }
        return HTMLPage.render(title: "Dossier", session: session, active: "/dossier", body: body)
    }
}
