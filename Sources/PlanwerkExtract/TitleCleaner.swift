import PlanwerkText
import Foundation

/// Cleans titles as protocols write them: quotes, list numbering, "TOP n", decorations and emoji go.
enum TitleCleaner {
    /// „ “ ” " ‚ ‘ ’ « » '
    @inline(__always)
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    /// Surrounding quotes, colons and spaces removed, inner spacing collapsed.
    static func clean(_ raw: String) -> String {
        let joined = raw.collapsingSpaces(lineBreaks: true)
        let scalars = joined.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end {
            let f = scalars[start]
            guard isQuote(f) || f == ":" || f == " " || f == "-" || f == "–" else { break }
            start = scalars.index(after: start)
        }
        while start < end {
            let l = scalars[scalars.index(before: end)]
            guard isQuote(l) || l == ":" || l == " " || l == "," else { break }
            end = scalars.index(before: end)
        }
        let core = scalars[start..<end]
        // Quotes that wrap the whole title after a prefix ("Handlungsempfehlung „X“") are removed too.
        var quoteCount = 0
        for s in core where isQuote(s) { quoteCount += 1 }
        if quoteCount == 1 {
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: core.lazy.filter { !isQuote($0) })
            return String(kept).trimmedSpaces
        }
        return Substring(core).trimmedSpaces
    }

    /// Letters, digits and the punctuation a title keeps (ASCII decided without Unicode properties).
    static func keptInAgendaTitle(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return keptInAgendaTitle(ascii: a) }
        return ch.isLetter || ch.isNumber || ch == "–" || ch == "„" || ch == "“" || ch == "§"
    }

    /// Letters, digits and the ASCII punctuation a title keeps.
    static func keptInAgendaTitle(ascii a: UInt8) -> Bool {
        switch a {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return " .,:;!?+&/()-\"'%".utf8.contains(a)
        }
    }

    /// An agenda title: numbering ("1.", "TOP 3:", "2)") and decorations ("~ . Pause ☕ ~ .") removed.
    static func agendaTitle(_ raw: String) -> String {
        var s = Substring(raw)
        if s.prefix(4).lowercased() == "top " { s = s.dropFirst(4) }
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = s.dropFirst(digits.count)
            if rest.first == "." || rest.first == ")" || rest.first == ":" || rest.first == " " { s = rest.dropFirst() }
        }
        let scalarsAreCharacters = s.withUTF8Bytes { UTF8Joining.scalarsAreCharacters($0) }
        var t = Substring(scalarsAreCharacters ? keptScalars(s) : String(s.filter(keptInAgendaTitle)))
        while let f = t.first, !(f.isLetter || f.isNumber || f == "„" || f == "\"") { t = t.dropFirst() }
        while let l = t.last, !(l.isLetter || l.isNumber || "!?)“\"".contains(l)) { t = t.dropLast() }
        // Only plain spaces are kept, so collapsing them is splitting at them and joining with one.
        return scalarsAreCharacters ? t.collapsingSpaces(lineBreaks: false) : t.split(separator: " ").joined(separator: " ")
    }

    /// The text's kept characters, for a text whose characters are single scalars: ASCII decided on the
    /// byte, other scalars as characters.
    static func keptScalars(_ s: Substring) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                if keptInAgendaTitle(ascii: UInt8(scalar.value)) { out.append(UInt8(scalar.value)) }
            } else if keptInAgendaTitle(Character(scalar)) {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
