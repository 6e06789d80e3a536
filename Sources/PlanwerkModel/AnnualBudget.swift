/// The "Mitteleinsatz (jährlich)" field: the text and the euros per year it states.
public struct AnnualBudget: Codable, Sendable, Hashable {
    /// The field's text.
    public var text: String?
    /// Euros per year; 0 for "keine zusätzlichen Mittel"; the upper bound of a range; nil if none stated.
    public var amountEUR: Int?

    /// Creates a budget field.
    public init(text: String?, amountEUR: Int?) {
        self.text = text
        self.amountEUR = amountEUR
    }

    enum CodingKeys: String, CodingKey { case text, amountEUR }

    /// Encodes both keys, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(amountEUR, forKey: .amountEUR)
    }
}
