/// German number and euro formatting: "48.000 €", "1.250,50".
public enum EuroFormat {
    /// "48000" -> "48.000 €".
    public static func euros(_ amount: Int) -> String { grouped(amount) + " €" }

    /// Thousands separated by dots.
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A factor: whole numbers grouped, fractions with a decimal comma.
    public static func number(_ v: Double) -> String {
        if v == v.rounded() { return grouped(Int(v)) }
        let whole = Int(v)
        let frac = String(Int(((v - Double(whole)) * 100).rounded()))
        return grouped(whole) + "," + (frac.count == 1 ? "0" + frac : frac)
    }
}
