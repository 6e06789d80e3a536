/// A sum of money found in a text: its value in euros (the upper bound of a range) and its period.
public struct MoneyMention: Sendable, Hashable {
    /// How often the sum is spent, if the text says so.
    public enum Period: Sendable, Hashable {
        /// "jährlich", "pro Jahr", "p. a."
        case yearly
        /// "monatlich", "pro Monat"
        case monthly
        /// "einmalig"
        case once
    }

    /// Euros (upper bound of a range), rounded to whole euros; nil when the sum is beyond
    /// `EuroAmount.plausibleLimit` (no real budget, and no Int could hold every such number).
    public var euros: Int?
    /// Lower bound of a range, if one is stated.
    public var lowerEuros: Int?
    /// The period stated right after the amount.
    public var period: Period?
    /// Offset of the first character in the text.
    public var start: Int
    /// Offset just past the amount (and its unit).
    public var end: Int

    /// Creates a mention.
    public init(euros: Int?, lowerEuros: Int? = nil, period: Period? = nil, start: Int, end: Int) {
        self.euros = euros
        self.lowerEuros = lowerEuros
        self.period = period
        self.start = start
        self.end = end
    }
}
