/// An agenda item of a meeting, without "TOP n" or numbering.
public struct AgendaItem: Codable, Sendable, Hashable {
    /// 1-based position in the agenda.
    public var position: Int
    /// The item's title.
    public var title: String
    /// Sub-items, in order.
    public var items: [String]
    /// Where the item is stated.
    public var evidence: [Evidence]

    /// Creates an agenda item.
    public init(position: Int, title: String, items: [String] = [], evidence: [Evidence] = []) {
        self.position = position
        self.title = title
        self.items = items
        self.evidence = evidence
    }
}
