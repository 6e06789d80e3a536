/// German formats for generated documents: "25.000 €", "1. März 2024".
public enum GermanFormat {
    static let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

    /// Whole euros with dots between thousands: 25000 -> "25.000 €".
    public static func euro(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (amount < 0 ? "-" : "") + out + " €"
    }

    /// "2024-03-01" -> "1. März 2024"; other text unchanged.
    public static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return iso }
        return "\(parts[2]). \(months[parts[1] - 1]) \(parts[0])"
    }
}
