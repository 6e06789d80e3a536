/// German dates for generated documents: "1. März 2024" (amounts: `EuroFormat`).
public enum GermanFormat {
    static let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

    /// "2024-03-01" -> "1. März 2024"; other text unchanged.
    public static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return iso }
        return "\(parts[2]). \(months[parts[1] - 1]) \(parts[0])"
    }
}
