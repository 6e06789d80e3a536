import Foundation

/// Splits German text into sentences at ". ", "! ", "? " and line breaks, keeping abbreviations
/// such as "ca.", "z. B.", "ggf.", "Mio." and numbers like "1.438" together.
public enum Sentences {
    static let abbreviations: Set<String> = ["ca", "z", "b", "ggf", "bzw", "mio", "mrd", "tsd", "vgl", "u", "a",
                                             "d", "h", "s", "nr", "pkt", "sog", "usw", "evtl", "inkl", "zzgl",
                                             "abzgl", "ggü", "vj", "p", "dr", "fr", "hr", "std", "min", "max", "rd"]

    /// The sentences of `text`, trimmed, empty ones dropped.
    public static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let c = Array(text)
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\n" {
                flush(&current, into: &out)
                i += 1
                continue
            }
            current.append(ch)
            if ch == "." || ch == "!" || ch == "?", i + 1 >= c.count || c[i + 1] == " " {
                // Abbreviation or ordinal ("4. Sitzung")?
                let word = current.dropLast().split(separator: " ").last.map(String.init) ?? ""
                let isAbbrev = ch == "." && (abbreviations.contains(word.lowercased()) || (word.count <= 2 && word.allSatisfy(\.isNumber)))
                if !isAbbrev { flush(&current, into: &out) }
            }
            i += 1
        }
        flush(&current, into: &out)
        return out
    }

    static func flush(_ current: inout String, into out: inout [String]) {
        let t = current.trimmedSpaces
        if !t.isEmpty { out.append(t) }
        current = ""
    }
}
