/// How serious a finding is.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    /// Blocks a council paper.
    case error
    /// Should be looked at.
    case warning
    /// For information.
    case info

    /// Errors sort first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }

    /// The German word.
    public var germanLabel: String {
        switch self {
        case .error: return "Fehler"
        case .warning: return "Warnung"
        case .info: return "Hinweis"
        }
    }
}
