// PlanwerkWriters: report documents (PlanwerkReport) to files: ODT, HTML, Markdown. Output depends
// only on the document (dates come from the document, zip entries carry a fixed date).
import Foundation
import PlanwerkReport
import PlanwerkText

/// Renders a report document as Markdown (GitHub style tables).
public enum MarkdownWriter {
    /// The Markdown text.
    public static func render(_ doc: ReportDocument) -> String {
        var out = "# \(escape(doc.title))\n\n"
        if let marker = doc.marker { out += "**\(escape(marker))**\n\n" }
        if !doc.fields.isEmpty {
            out += "| | |\n|---|---|\n"
            for f in doc.fields { out += "| \(cell(f.label)) | \(runs(f.value, inTable: true)) |\n" }
            out += "\n"
        }
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text): out += String(repeating: "#", count: min(6, level + 1)) + " \(escape(text))\n\n"
            case .paragraph(let r): out += runs(r) + "\n\n"
            case .bulletList(let items): out += items.map { "- " + runs($0) }.joined(separator: "\n") + "\n\n"
            case .numberedList(let items): out += items.enumerated().map { "\($0.offset + 1). " + runs($0.element) }.joined(separator: "\n") + "\n\n"
            case .chart(let chart): out += table(header: chart.table.header, rows: chart.table.rows)
            case .table(let header, let rows): out += table(header: header, rows: rows)
            }
        }
        if !doc.pageFooter.isEmpty { out += "---\n\n\(escape(doc.pageFooter))\n\n" }
        return out
    }

    /// A GitHub-style table (an empty header row when there is none).
    static func table(header: [String]?, rows: [[[TextRun]]]) -> String {
        var out = ""
                let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
                guard width > 0 else { return "" }
                let head = header ?? Array(repeating: "", count: width)
                out += "| " + head.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + Array(repeating: "---|", count: width).joined() + "\n"
                for row in rows { out += "| " + row.map { runs($0, inTable: true) }.joined(separator: " | ") + " |\n" }
                return out + "\n"
    }

    static func runs(_ runs: [TextRun], inTable: Bool = false) -> String {
        runs.map { run in
            let text = inTable ? cell(run.text) : escape(run.text)
            switch run.style {
            case .plain: return text
            case .strong: return emphasised(text)
            // A gap is written as it is ("[FEHLT: …]" is no link), so it can be searched for.
            case .gap:
                // Only the gap's own brackets stay bare (nothing may follow them that makes a link).
                guard run.text.hasPrefix("["), run.text.hasSuffix("]"), run.text.count >= 2 else { return emphasised(text) }
                return "**[" + escape(String(run.text.dropFirst().dropLast())) + "]**"
            }
        }.joined()
    }

    /// "**text**" with the text's outer spaces outside the delimiters (CommonMark: "**Fehler: **" is no emphasis).
    static func emphasised(_ text: String) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return text }
        let leading = String(text.prefix { $0 == " " || $0 == "\t" }), trailing = String(String(text.reversed()).prefix { $0 == " " || $0 == "\t" })
        return leading + "**" + core + "**" + trailing
    }

    /// Characters that would start Markdown markup are escaped; line breaks stay.
    static func escape(_ text: String) -> String { MarkdownText.escape(text) }

    static func cell(_ text: String) -> String { MarkdownText.cell(text) }
}
