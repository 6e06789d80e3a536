/// Renders outputs/index.html: a self-contained page of links to everything a run wrote.
public enum IndexPageWriter {
    /// A link: text and relative address.
    public typealias Link = (text: String, href: String)

    /// The page: a title and sections of links (empty sections say so).
    public static func render(title: String, date: String, sections: [(heading: String, links: [Link])]) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTMLWriter.escape(title))</title>\n<style>\nbody{font-family:\"Liberation Sans\",Arial,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.5}"
        out += "h2{border-bottom:1px solid #999}li{margin:.2em 0}\n</style>\n</head>\n<body>\n<h1>\(HTMLWriter.escape(title))</h1>\n"
        for section in sections {
            out += "<h2>\(HTMLWriter.escape(section.heading))</h2>\n"
            out += section.links.isEmpty ? "<p>keine</p>\n"
                : "<ul>\n" + section.links.map { "<li><a href=\"\(HTMLWriter.escape($0.href))\">\(HTMLWriter.escape($0.text))</a></li>\n" }.joined() + "</ul>\n"
        }
        out += "<footer><small>Erstellt mit Planwerk am \(HTMLWriter.escape(date))</small></footer>\n</body>\n</html>\n"
        return out
    }
}
