/// A generated document: title, header fields (label and value, as in a council paper's head),
/// the blocks, and a line for the page header and footer.
public struct ReportDocument: Sendable, Hashable {
    /// The document title (the paper type, the dossier name).
    public var title: String
    /// A marker shown in the head and the page header, e.g. "ENTWURF"; nil for none.
    public var marker: String?
    /// Header fields in order.
    public var fields: [(label: String, value: [TextRun])]
    /// The body.
    public var blocks: [ReportBlock]
    /// The page header text (ODT) / running head.
    public var pageHeader: String
    /// The page footer text.
    public var pageFooter: String
    /// The document date for metadata, "YYYY-MM-DD".
    public var date: String
    /// Document properties (ODT meta.xml, and from there the PDF's): title (a paper's Betreff), subject (its
    /// Vorlagen-Nr.), author (the lead office); nil: the title, none, none.
    public var properties: (title: String?, subject: String?, author: String?) = (nil, nil, nil)

    /// Creates a document.
    public init(title: String, marker: String? = nil, fields: [(label: String, value: [TextRun])] = [], blocks: [ReportBlock] = [],
                pageHeader: String = "", pageFooter: String = "", date: String) {
        self.title = title
        self.marker = marker
        self.fields = fields
        self.blocks = blocks
        self.pageHeader = pageHeader
        self.pageFooter = pageFooter
        self.date = date
    }

    public static func == (a: ReportDocument, b: ReportDocument) -> Bool {
        a.title == b.title && a.marker == b.marker && a.blocks == b.blocks && a.pageHeader == b.pageHeader
            && a.pageFooter == b.pageFooter && a.date == b.date
            && a.fields.map(\.label) == b.fields.map(\.label) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(blocks)
    }

    /// All text of the document, for tests and search.
    public var plainText: String {
        var lines = [title] + fields.map { "\($0.label): \($0.value.map(\.text).joined())" }
        for b in blocks {
            switch b {
            case .heading(_, let t): lines.append(t)
            case .paragraph(let runs): lines.append(runs.map(\.text).joined())
            case .bulletList(let items), .numberedList(let items): lines += items.map { $0.map(\.text).joined() }
            case .table(let header, let rows):
                if let header { lines.append(header.joined(separator: " | ")) }
                lines += rows.map { $0.map { $0.map(\.text).joined() }.joined(separator: " | ") }
            case .chart(let chart):
                lines.append(chart.title)
                lines += chart.rows.map { ([$0.label] + $0.counts.map { $0.map(String.init) ?? "nicht lesbar" }).joined(separator: " | ") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
