// PlanwerkModel: the block model of a protocol and the meeting record (JSON contract v1).
// Depends on nothing; every other module speaks these types.

/// Where a block or an extracted fact comes from: a file and a line (text) or a page (PDF).
public struct Provenance: Sendable, Hashable {
    /// The file as given to the command (relative paths stay relative).
    public var file: String
    /// First line (1-based): of the file for text sources, of the page for PDF sources.
    public var line: Int?
    /// Last line (1-based) the block spans, for text sources.
    public var endLine: Int?
    /// Page (1-based) for PDF sources.
    public var page: Int?

    /// Creates a provenance for a text line range or a PDF page.
    public init(file: String, line: Int? = nil, endLine: Int? = nil, page: Int? = nil) {
        self.file = file
        self.line = line
        self.endLine = endLine ?? line
        self.page = page
    }

    /// The evidence entry that points at this provenance.
    public var evidence: Evidence { Evidence(file: file, line: line, page: page) }
}
