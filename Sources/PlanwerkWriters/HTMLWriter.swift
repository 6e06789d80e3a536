import Foundation
import PlanwerkReport

/// Renders a report document as one self-contained HTML file (inline stylesheet with print rules,
/// no scripts, no external resources); every text is escaped.
public enum HTMLWriter {
    static let style = """
    body{font-family:"Liberation Sans",Arial,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}
    h1{font-size:1.6em;margin-bottom:.3em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #999}h3{font-size:1.05em}
    table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}
    th{background:#eee}.kopf th{width:28%;background:#f4f4f4}.marker{color:#a00;font-weight:bold;letter-spacing:.1em}
    .fehlt{background:#ffe0e0;color:#a00;font-weight:bold}footer{margin-top:2em;font-size:.85em;color:#555;border-top:1px solid #ccc}
    svg.diagramm{width:100%;max-width:36em;height:auto}body{overflow-wrap:break-word;hyphens:auto}
    @media (max-width:40em){body{margin:1em auto}table{display:block;overflow-x:auto}}
    @media print{body{margin:0;max-width:none}a{color:inherit}h2{page-break-after:avoid}table{page-break-inside:avoid}}
    """

    /// The HTML text.
    public static func render(_ doc: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"date\" content=\"\(escape(doc.date))\">\n"
        out += "<title>\(escape(doc.title))\(doc.fields.first.map { " " + escape($0.value.map(\.text).joined()) } ?? "")</title>\n"
        out += "<style>\n\(style)\n</style>\n</head>\n<body>\n"
        if !doc.pageHeader.isEmpty { out += "<header><small>\(escape(doc.pageHeader))</small></header>\n" }
        out += "<main>\n<h1>\(escape(doc.title))</h1>\n"
        if let marker = doc.marker { out += "<p class=\"marker\">\(escape(marker))</p>\n" }
        if !doc.fields.isEmpty {
            out += "<table class=\"kopf\">\n"
            for f in doc.fields { out += "<tr><th scope=\"row\">\(escape(f.label))</th><td>\(runs(f.value))</td></tr>\n" }
            out += "</table>\n"
        }
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text): out += "<h\(level + 1)>\(escape(text))</h\(level + 1)>\n"
            case .paragraph(let r): out += "<p>\(runs(r))</p>\n"
            case .bulletList(let items): out += "<ul>\n" + items.map { "<li>\(runs($0))</li>\n" }.joined() + "</ul>\n"
            case .numberedList(let items): out += "<ol>\n" + items.map { "<li>\(runs($0))</li>\n" }.joined() + "</ol>\n"
            case .table(let header, let rows): out += table(header: header, rows: rows)
            case .chart(let chart):
                out += VoteChartSVG.render(chart).svg.replacingOccurrences(of: "<svg ", with: "<svg class=\"diagramm\" ") + "\n"
                out += table(header: chart.table.header, rows: chart.table.rows)
            }
        }
        out += "</main>\n"
        if !doc.pageFooter.isEmpty { out += "<footer>\(escape(doc.pageFooter))</footer>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    /// A table with an optional header row.
    static func table(header: [String]?, rows: [[[TextRun]]]) -> String {
        var out = "<table>\n"
        if let header { out += "<thead><tr>" + header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead>\n" }
        return out + "<tbody>\n" + rows.map { "<tr>" + $0.map { "<td>\(runs($0))</td>" }.joined() + "</tr>\n" }.joined() + "</tbody>\n</table>\n"
    }

    static func runs(_ runs: [TextRun]) -> String {
        runs.map { run in
            let text = escape(run.text).replacingOccurrences(of: "\n", with: "<br>")
            switch run.style {
            case .plain: return text
            case .strong: return "<strong>\(text)</strong>"
            case .gap: return "<mark class=\"fehlt\">\(text)</mark>"
            }
        }.joined()
    }

    /// Escapes the five XML special characters.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
