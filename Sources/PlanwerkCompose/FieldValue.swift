/// What a template field resolves to.
public enum FieldValue: Sendable, Hashable {
    /// Text (already formatted).
    case text(String)
    /// No value: a gap where the field is required, else the block that uses it is left out; false in conditions.
    case empty
    /// A required value the recommendation lacks (an error finding): refused, or "[FEHLT: label]" in a draft.
    case gap(String)
    /// A list, each element a set of named values (for `fuer-jedes`).
    case list([[String: FieldValue]])

    /// True for a value a condition counts as present.
    public var isPresent: Bool {
        switch self {
        case .text(let t): return !t.isEmpty
        case .list(let items): return !items.isEmpty
        case .empty, .gap: return false
        }
    }
}
