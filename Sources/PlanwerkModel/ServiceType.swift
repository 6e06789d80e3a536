/// The "Art der Leistung" field: the text and its classification.
public struct ServiceType: Codable, Sendable, Hashable {
    /// The field's text.
    public var text: String?
    /// voluntary or mandatory; nil if unclear.
    public var kind: ServiceKind?

    /// Creates a service type field.
    public init(text: String?, kind: ServiceKind?) {
        self.text = text
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case text, kind }

    /// Encodes both keys, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
    }
}
