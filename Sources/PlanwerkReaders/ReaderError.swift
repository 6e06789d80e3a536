// PlanwerkReaders: protocol files (bytes) to blocks with provenance. Text in every shape it comes in:
// tab tables, stray HTML and Markdown, wrapped lines and hyphenation, legacy encodings.

/// Why a file could not be read as a protocol; the message is German and names the problem.
public enum ReaderError: Error, Equatable, Sendable {
    /// The file has no content.
    case empty
    /// The file holds binary data, not text.
    case binary
    /// The file's encoding could not be determined.
    case undecodable
    /// The file format is not supported.
    case unsupportedFormat(String)
    /// The text file is larger than `DecodedText.maxBytes` (no protocol is; reading it would only cost time).
    case tooLarge

    /// The German message (without the file name).
    public var germanMessage: String {
        switch self {
        case .empty: return "Datei ist leer"
        case .binary: return "Datei enthält Binärdaten und ist keine Textdatei"
        case .undecodable: return "Zeichenkodierung nicht erkannt"
        case .unsupportedFormat(let ext): return "Dateiformat „\(ext)“ wird nicht unterstützt"
        case .tooLarge: return "Textdatei ist größer als \(DecodedText.maxBytes / 1_048_576) MB und damit kein Sitzungsprotokoll"
        }
    }
}
