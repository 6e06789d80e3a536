import PlanwerkText
import Foundation

/// Cleans titles as protocols write them: quotes, list numbering, "TOP n", decorations and emoji go.
enum TitleCleaner {
    static let quotes: Set<Character> = ["„", "“", "”", "\"", "‚", "‘", "’", "«", "»", "'"]

    /// Surrounding quotes, colons and spaces removed, inner spacing collapsed.
    static func clean(_ raw: String) -> String {
        var s = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{2029}" }).joined(separator: " ")
        while let f = s.first, quotes.contains(f) || f == ":" || f == " " || f == "-" || f == "–" { s.removeFirst() }
        while let l = s.last, quotes.contains(l) || l == ":" || l == " " || l == "," { s.removeLast() }
        // Quotes that wrap the whole title after a prefix ("Handlungsempfehlung „X“") are removed too.
        if s.filter({ quotes.contains($0) }).count == 1 { s.removeAll { quotes.contains($0) } }
        return s.trimmedSpaces
    }

    /// An agenda title: numbering ("1.", "TOP 3:", "2)") and decorations ("~ . Pause ☕ ~ .") removed.
    static func agendaTitle(_ raw: String) -> String {
        var s = Substring(raw)
        if s.lowercased().hasPrefix("top ") { s = s.dropFirst(4) }
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = s.dropFirst(digits.count)
            if rest.first == "." || rest.first == ")" || rest.first == ":" || rest.first == " " { s = rest.dropFirst() }
        }
        var kept = ""
        for ch in s where ch.isLetter || ch.isNumber || " .,:;!?+&/()-–„“\"'%§".contains(ch) { kept.append(ch) }
        var t = Substring(kept)
        while let f = t.first, !(f.isLetter || f.isNumber || f == "„" || f == "\"") { t = t.dropFirst() }
        while let l = t.last, !(l.isLetter || l.isNumber || "!?)“\"".contains(l)) { t = t.dropLast() }
        return t.split(separator: " ").joined(separator: " ")
    }
}
