/// Why a PDF could not be read; each case has a German message for the office's staff.
public enum PDFError: Error, Sendable, Equatable {
    /// The file is encrypted and no password was given.
    case encrypted
    /// The password given does not open the file.
    case wrongPassword
    /// The file starts like a PDF but poppler cannot read its structure.
    case damaged(String)
    /// The file is not a PDF at all (no "%PDF" header).
    case notPDF
    /// The file is empty.
    case empty
    /// The document has no pages.
    case noPages
    /// The file cannot be opened.
    case unreadable(String)

    /// The German message.
    public var germanMessage: String {
        switch self {
        case .encrypted: return "PDF ist verschlüsselt, Passwort mit --password angeben"
        case .wrongPassword: return "PDF ist verschlüsselt und das angegebene Passwort passt nicht"
        case .damaged(let detail): return "PDF ist beschädigt und kann nicht gelesen werden (\(detail))"
        case .notPDF: return "Datei ist kein PDF (kein PDF-Kopf gefunden)"
        case .empty: return "PDF-Datei ist leer"
        case .noPages: return "PDF enthält keine Seiten"
        case .unreadable(let detail): return "PDF kann nicht geöffnet werden (\(detail))"
        }
    }

    /// A stable code for the worker protocol ("encrypted", "damaged", ...).
    public var code: String {
        switch self {
        case .encrypted: return "encrypted"
        case .wrongPassword: return "wrongPassword"
        case .damaged: return "damaged"
        case .notPDF: return "notPDF"
        case .empty: return "empty"
        case .noPages: return "noPages"
        case .unreadable: return "unreadable"
        }
    }

    /// The error for a code and detail read back from a worker.
    public init(code: String, detail: String) {
        switch code {
        case "encrypted": self = .encrypted
        case "wrongPassword": self = .wrongPassword
        case "damaged": self = .damaged(detail)
        case "notPDF": self = .notPDF
        case "empty": self = .empty
        case "noPages": self = .noPages
        default: self = .unreadable(detail)
        }
    }

    /// The detail text carried by a case, "" for the others.
    public var detail: String {
        switch self {
        case .damaged(let d), .unreadable(let d): return d
        default: return ""
        }
    }
}
