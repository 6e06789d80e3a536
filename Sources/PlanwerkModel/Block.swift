/// One block of a protocol document, with its provenance and a furniture flag.
public struct Block: Sendable, Hashable {
    /// The shape of the block.
    public var kind: BlockKind
    /// The block's text, whitespace-normalised; a table row's cells joined by tabs.
    public var text: String
    /// The cells of a table row (empty cells kept); empty for other kinds.
    public var cells: [String]
    /// Where the block comes from.
    public var provenance: Provenance
    /// True for repeated slide headers, footers, page numbers, scanner stamps and image descriptions.
    public var isFurniture: Bool
    /// How many blank lines (or page breaks) precede the block.
    public var blankLinesBefore: Int

    /// Creates a block.
    public init(kind: BlockKind, text: String, cells: [String] = [], provenance: Provenance,
                isFurniture: Bool = false, blankLinesBefore: Int = 0) {
        self.kind = kind
        self.text = text
        self.cells = cells
        self.provenance = provenance
        self.isFurniture = isFurniture
        self.blankLinesBefore = blankLinesBefore
    }

    /// True for table rows.
    public var isTableRow: Bool { if case .tableRow = kind { return true } else { return false } }
    /// True for list items.
    public var isListItem: Bool { if case .listItem = kind { return true } else { return false } }
    /// True for headings.
    public var isHeading: Bool { if case .heading = kind { return true } else { return false } }
}
