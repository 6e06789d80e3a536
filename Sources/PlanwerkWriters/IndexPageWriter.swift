/// Renders outputs/index.html for people: the council papers by title with their state (versandfähig, or
/// ENTWURF and what is missing), the dossiers, the open errors by meeting with what to do, and links to the
/// Prüfbericht and the records. Self-contained, no script.
public enum IndexPageWriter {
    /// A link: text and relative address.
    public typealias Link = (text: String, href: String)

    /// A row of a list: a paper, a dossier, a meeting with open errors.
    public struct Row: Sendable {
        public var title: String
        /// A second line (Vorlagen-Nr., a count, the steps to take; line breaks separate them).
        public var detail: String
        public var state: String
        public var isFinal: Bool
        public var links: [(text: String, href: String)]

        public init(title: String, detail: String, state: String, isFinal: Bool, links: [(text: String, href: String)]) {
            self.title = title
            self.detail = detail
            self.state = state
            self.isFinal = isFinal
            self.links = links
        }
    }

    /// The page's content.
    public struct Page: Sendable {
        public var title: String
        /// The date in words.
        public var date: String
        public var papers: [Row]
        public var dossiers: [Row]
        public var openErrors: [Row]
        /// Further sections of links.
        public var sections: [(heading: String, links: [(text: String, href: String)])]

        public init(title: String, date: String, papers: [Row], dossiers: [Row], openErrors: [Row],
                    sections: [(heading: String, links: [(text: String, href: String)])]) {
            self.title = title
            self.date = date
            self.papers = papers
            self.dossiers = dossiers
            self.openErrors = openErrors
            self.sections = sections
        }
    }

    static let style = """
    body{font-family:"Liberation Sans",Arial,sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5;color:#111;overflow-wrap:break-word}
    h2{border-bottom:1px solid #666;margin-top:1.6em}li{margin:.2em 0}ul.zeilen{list-style:none;padding:0}
    ul.zeilen>li{border:1px solid #c6d0da;border-radius:4px;padding:.5em .7em;margin:.5em 0}
    .stand{display:inline-block;font-size:.85em;padding:0 .4em;border-radius:3px;background:#e6f2e6;color:#14532d}
    .stand.entwurf{background:#fff3cd;color:#5c4400}.detail{color:#333;font-size:.95em;white-space:pre-line}
    a{color:#0b4f8a}a:focus{outline:3px solid #f5a623;outline-offset:2px}
    """

    /// The page.
    public static func render(_ page: Page) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(page.title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n<header><h1>\(e(page.title))</h1><p>Stand: \(e(page.date))</p></header>\n<main>\n"
        let drafts = page.papers.filter { !$0.isFinal }.count
        out += "<section aria-labelledby=\"h-vorlagen\"><h2 id=\"h-vorlagen\">Vorlagen</h2>\n"
        out += page.papers.isEmpty ? "<p>Keine Vorlagen.</p>\n"
            : "<p>\(page.papers.count) Vorlage\(page.papers.count == 1 ? "" : "n"), davon \(drafts) Entw\(drafts == 1 ? "urf" : "ürfe"). Ein Entwurf darf nicht versandt werden, bevor das Fehlende ergänzt ist.</p>\n" + rows(page.papers)
        out += "</section>\n<section aria-labelledby=\"h-dossiers\"><h2 id=\"h-dossiers\">Planungsdossiers</h2>\n"
        out += page.dossiers.isEmpty ? "<p>Keine Planungsdossiers.</p>\n" : rows(page.dossiers)
        out += "</section>\n<section aria-labelledby=\"h-fehler\"><h2 id=\"h-fehler\">Offene Fehler</h2>\n"
        out += page.openErrors.isEmpty ? "<p>Keine offenen Fehler.</p>\n" : rows(page.openErrors)
        out += "</section>\n"
        for (i, section) in page.sections.enumerated() {
            out += "<section aria-labelledby=\"h-\(i)\"><h2 id=\"h-\(i)\">\(e(section.heading))</h2>\n"
            out += section.links.isEmpty ? "<p>keine</p>\n"
                : "<ul>\n" + section.links.map { "<li><a href=\"\(e($0.href))\">\(e($0.text))</a></li>\n" }.joined() + "</ul>\n"
            out += "</section>\n"
        }
        out += "</main>\n<footer><small>Erstellt mit Planwerk am \(e(page.date))</small></footer>\n</body>\n</html>\n"
        return out
    }

    static func rows(_ rows: [Row]) -> String {
        "<ul class=\"zeilen\">\n" + rows.map { row in
            var li = "<li><strong>\(e(row.title))</strong> <span class=\"stand\(row.isFinal ? "" : " entwurf")\">\(e(row.state))</span>"
            if !row.detail.isEmpty { li += "<br><span class=\"detail\">\(e(row.detail))</span>" }
            if !row.links.isEmpty {
                li += "<br>" + row.links.map { "<a href=\"\(e($0.href))\" aria-label=\"\(e(row.title)) – \(e($0.text))\">\(e($0.text))</a>" }.joined(separator: " · ")
            }
            return li + "</li>\n"
        }.joined() + "</ul>\n"
    }

    static func e(_ s: String) -> String { HTMLWriter.escape(s) }
}
