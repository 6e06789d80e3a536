/// The range of sums of money Planwerk takes as real: whole euros from 0 up to one trillion (10^12). Text may
/// state any number ("9.300.000.000.000.000.000 Euro"); converting it to an Int must never trap, and a sum
/// beyond the limit is a finding for people to check, never a budget.
public enum EuroAmount {
    /// The largest plausible annual sum: 1 Billion Euro (10^12), far above any Kreis budget, far below Int.max
    /// (so twelve monthly sums, or a sum and its range bound, never overflow).
    public static let plausibleLimit = 1_000_000_000_000

    /// `value` rounded to whole euros, or nil when it is not finite, negative or beyond the limit.
    public static func wholeEuros(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0 else { return nil }
        let rounded = value.rounded()
        guard rounded <= Double(plausibleLimit) else { return nil }
        return Int(rounded)
    }

    /// True for a stored amount within 0...plausibleLimit (records may be edited by hand).
    public static func isPlausible(_ amount: Int) -> Bool { amount >= 0 && amount <= plausibleLimit }
}
