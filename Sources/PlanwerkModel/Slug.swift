/// File-name slugs for meeting bodies: lower-case ASCII, umlauts transliterated, words joined by "-".
public enum Slug {
    /// "Steuerungsgruppe Sozialplanung" -> "steuerungsgruppe-sozialplanung".
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text.lowercased() {
            let mapped: String
            switch ch {
            case "ä": mapped = "ae"
            case "ö": mapped = "oe"
            case "ü": mapped = "ue"
            case "ß": mapped = "ss"
            default:
                if ch.isASCII && (ch.isLetter || ch.isNumber) { mapped = String(ch) } else { mapped = "" }
            }
            if mapped.isEmpty {
                pendingDash = !out.isEmpty
            } else {
                if pendingDash { out += "-" }
                pendingDash = false
                out += mapped
            }
        }
        return out.isEmpty ? "sitzung" : out
    }
}
