/// What a workspace user may do; each role includes the ones before it.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    /// Read meetings, facts, findings, papers, the dossier, search and history.
    case read
    /// Also upload protocols, correct and confirm facts, generate papers.
    case edit
    /// Also release meetings.
    case release

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The role's name in German.
    public var german: String {
        switch self {
        case .read: return "lesen"
        case .edit: return "bearbeiten"
        case .release: return "freigeben"
        }
    }
}
