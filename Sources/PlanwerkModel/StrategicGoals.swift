/// The "Zielrichtung und Bezug zu den strategischen Zielen" field: the text and the goal references.
public struct StrategicGoals: Codable, Sendable, Hashable {
    /// The field's text.
    public var text: String?
    /// References such as "3.1".
    public var refs: [String]

    /// Creates a strategic goals field.
    public init(text: String?, refs: [String]) {
        self.text = text
        self.refs = refs
    }

    enum CodingKeys: String, CodingKey { case text, refs }

    /// Encodes both keys, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(refs, forKey: .refs)
    }
}
