import Foundation

/// German number and euro formatting: "48.000 €", "1.250,50". Total for every input: no value traps.
public enum EuroFormat {
    /// "48000" -> "48.000 €".
    public static func euros(_ amount: Int) -> String { grouped(amount) + " €" }

    /// Thousands separated by dots.
    public static func grouped(_ n: Int) -> String {
        (n < 0 ? "-" : "") + groupedDigits(String(n.magnitude))
    }

    /// A factor: whole numbers grouped, fractions with a decimal comma (two places).
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "?" : (v < 0 ? "-∞" : "∞") }
        let sign = v < 0 ? "-" : ""
        // From 10^15 on a Double holds no cents worth printing: its whole digits, exactly.
        if v.magnitude >= 1e15 { return sign + groupedDigits(String(format: "%.0f", v.magnitude.rounded())) }
        let cents = (v.magnitude * 100).rounded()
        let whole = (cents / 100).rounded(.towardZero)
        let frac = cents - whole * 100
        let digits = String(UInt64(whole))
        if frac == 0 { return sign + groupedDigits(digits) }
        let f = Int(frac)
        return sign + groupedDigits(digits) + "," + (f < 10 ? "0" : "") + String(f)
    }

    static func groupedDigits(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return out
    }
}
