/// Why OCR could not run.
public enum OCRError: Error, Sendable, Equatable {
    /// Tesseract could not load the language data.
    case languageDataMissing(String)
    /// Recognition failed on a page.
    case recognitionFailed

    /// The German message.
    public var germanMessage: String {
        switch self {
        case .languageDataMissing(let lang):
            return "Texterkennung nicht verfügbar: Sprachdaten „\(lang)“ für tesseract fehlen (Paket tesseract-ocr-deu)"
        case .recognitionFailed: return "Texterkennung ist fehlgeschlagen"
        }
    }
}
