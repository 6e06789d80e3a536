/// One release of a meeting (inputs/freigaben/<meeting-id>.json): who released it, when (UTC), and the values of
/// the facts the papers use at that moment; a later change of one of them withdraws the release.
public struct Release: Codable, Sendable, Hashable {
    public var author: String
    public var time: String
    /// Key -> value of every fact a paper uses.
    public var facts: [String: FactValue]

    public init(author: String, time: String, facts: [String: FactValue]) {
        self.author = author
        self.time = time
        self.facts = facts
    }

    enum CodingKeys: String, CodingKey { case author = "von", time = "zeit", facts = "fakten" }
}
