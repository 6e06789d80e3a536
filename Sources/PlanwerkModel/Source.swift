/// One input that contributed to a record.
public struct Source: Codable, Sendable, Hashable {
    /// The path as given to the command.
    public var file: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String
    /// How the source was read.
    public var kind: SourceKind
    /// The character encoding the text was decoded from ("utf-8", "windows-1252", ...).
    public var encoding: String?
    /// Number of pages, for PDFs.
    public var pages: Int?
    /// Pages (1-based) read with OCR, for PDFs of kind `ocr`.
    public var ocrPages: [Int]?
    /// Mean OCR word confidence (0-100) over the OCR'd pages with text.
    public var ocrConfidence: Double?

    /// Creates a source entry.
    public init(file: String, sha256: String, kind: SourceKind, encoding: String? = nil) {
        self.file = file
        self.sha256 = sha256
        self.kind = kind
        self.encoding = encoding
    }
}
