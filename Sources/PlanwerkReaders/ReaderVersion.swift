import PlanwerkModel

/// The version of each way of reading a source into blocks: raise the one whose output changes, so that only
/// the sources read that way are read again (a new PDF layout re-reads PDFs, not transcriptions).
public enum ReaderVersion {
    /// Text files (transcriptions, OCR output, Markdown, HTML fragments).
    public static let text = 1
    /// PDF text layers (poppler words laid out into lines and tables).
    public static let pdf = 2  // 2: provenance names the line on the page
    /// Scanned PDFs (rendering, tesseract, the fixes applied to its output).
    public static let ocr = 2  // 2: provenance names the line on the page

    /// The version for a source kind.
    public static func of(_ kind: SourceKind) -> Int {
        switch kind {
        case .text: return text
        case .pdf: return pdf
        case .ocr: return ocr
        }
    }
}
