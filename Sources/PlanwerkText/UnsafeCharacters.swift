/// Characters that must never reach a terminal, a page or a paper from a protocol: control characters (C0
/// other than tab, line feed and form feed; DEL; C1), which start terminal escape sequences (ESC, OSC), and the
/// bidirectional embedding, override and isolate marks (U+202A-U+202E, U+2066-U+2069), which make text read
/// differently from what it says. Decided on the UTF-8 bytes, so clean text costs one pass and no copy.
public enum UnsafeCharacters {
    /// True for a scalar of the set.
    public static func isUnsafe(_ s: Unicode.Scalar, keepingLineBreaks: Bool = true) -> Bool {
        switch s.value {
        case 0x09, 0x0C: return false
        case 0x0A, 0x0D: return !keepingLineBreaks
        case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// True when `text` holds a character of the set (line feeds and carriage returns count when
    /// `keepingLineBreaks` is false).
    public static func occur(in text: String, keepingLineBreaks: Bool = true) -> Bool {
        var text = text
        return text.withUTF8 { u in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x20 || b == 0x7F {
                    if b == 0x09 || b == 0x0C || (keepingLineBreaks && (b == 0x0A || b == 0x0D)) { i += 1; continue }
                    return true
                }
                // C1 controls are C2 80...C2 9F; the bidi marks E2 80 AA...AE and E2 81 A6...A9.
                if b == 0xC2, i + 1 < u.count, u[i + 1] >= 0x80, u[i + 1] <= 0x9F { return true }
                if b == 0xE2, i + 2 < u.count,
                   (u[i + 1] == 0x80 && u[i + 2] >= 0xAA && u[i + 2] <= 0xAE) || (u[i + 1] == 0x81 && u[i + 2] >= 0xA6 && u[i + 2] <= 0xA9) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// `text` without the characters of the set (the text itself when it holds none).
    public static func removed(from text: String) -> String {
        guard occur(in: text) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isUnsafe(s) { scalars.append(s) }
        return String(scalars)
    }

    /// `text` with every character of the set, line breaks included, shown as an escape ("\u{1B}", "\n"),
    /// for one line on a terminal: a file name with a line feed cannot forge a second line.
    public static func escaped(_ text: String) -> String {
        guard occur(in: text, keepingLineBreaks: false) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if isUnsafe(s, keepingLineBreaks: false) { out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }
}
