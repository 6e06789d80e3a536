import Foundation

/// Splits German text into sentences at ". ", "! ", "? " and line breaks, keeping abbreviations
/// such as "ca.", "z. B.", "ggf.", "Mio." and numbers like "1.438" together.
public enum Sentences {
    static let abbreviations: Set<String> = ["ca", "z", "b", "ggf", "bzw", "mio", "mrd", "tsd", "vgl", "u", "a",
                                             "d", "h", "s", "nr", "pkt", "sog", "usw", "evtl", "inkl", "zzgl",
                                             "abzgl", "ggü", "vj", "p", "dr", "fr", "hr", "std", "min", "max", "rd"]

    /// True when the text ends a sentence: ".", "!", "?" (or a closing quote after one), but not the dot of an
    /// abbreviation ("die sog.", "z. B.") or of an ordinal number ("am 3.").
    public static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        while let last = t.last, "“”\"')".contains(last) { t = t.dropLast() }
        guard let last = t.last, ".!?".contains(last) else { return false }
        guard last == "." else { return true }
        let word = t.dropLast().split(separator: " ").last.map(String.init) ?? ""
        return !(abbreviations.contains(word.lowercased()) || (word.count <= 2 && !word.isEmpty && word.allSatisfy(\.isNumber)))
    }

    /// The sentences of `text`, trimmed, empty ones dropped.
    public static func split(_ text: String) -> [String] {
        text.withUTF8Bytes { u in UTF8Joining.scalarsAreCharacters(u) ? splitBytes(u) : splitCharacters(text) }
    }

    /// `split` for text whose characters are single scalars: the marks it splits at are ASCII, so it runs
    /// on the bytes; a sentence becomes a String once, when it ends.
    static func splitBytes(_ u: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        func flush(_ from: Int, _ to: Int) {
            let t = String(decoding: UnsafeBufferPointer(rebasing: u[from..<to]), as: UTF8.self).trimmedSpaces
            if !t.isEmpty { out.append(t) }
        }
        var start = 0
        for i in 0..<u.count {
            let b = u[i]
            if b == 0x0A {
                flush(start, i)
                start = i + 1
                continue
            }
            guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?"), i + 1 >= u.count || u[i + 1] == 32
            else { continue }
            // Abbreviation or ordinal ("4. Sitzung")? The last word before the mark, trailing spaces skipped.
            var wordEnd = i
            while wordEnd > start, u[wordEnd - 1] == 32 { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > start, u[wordStart - 1] != 32 { wordStart -= 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: u[wordStart..<wordEnd]), as: UTF8.self)
            let isAbbrev = b == UInt8(ascii: ".") && (abbreviations.contains(word.lowercased()) || (word.count <= 2 && word.allSatisfy(\.isNumber)))
            if !isAbbrev {
                flush(start, i + 1)
                start = i + 1
            }
        }
        flush(start, u.count)
        return out
    }

    /// `split` character by character, for any text.
    static func splitCharacters(_ text: String) -> [String] {
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
