/// How a source was read: plain text, a PDF text layer, or OCR.
public enum SourceKind: String, Codable, Sendable {
    /// A text file (transcription or extracted text).
    case text
    /// A PDF with a text layer.
    case pdf
    /// A scanned PDF read with OCR.
    case ocr
}
