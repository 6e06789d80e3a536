extension ProtocolDocument {
    /// A stable text dump of the blocks, one per line: place, kind, furniture flag and text
    /// (`p3  row   | a | b`), for golden tests and for finding out why something was not recognised.
    public var dump: String {
        blocks.map { b in
            let place = b.provenance.page.map { "p\($0)" } ?? "l\(b.provenance.line ?? 0)"
            let kind: String
            switch b.kind {
            case .heading(let level): kind = "h\(level)"
            case .paragraph: kind = "para"
            case .listItem(let level): kind = "li\(level)"
            case .tableRow: kind = "row"
            }
            let text = b.isTableRow ? b.cells.joined(separator: " | ") : b.text
            return "\(place)\t\(kind)\(b.isFurniture ? "*" : "")\t\(text)"
        }.joined(separator: "\n") + "\n"
    }
}
