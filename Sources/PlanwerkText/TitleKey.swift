import Foundation

/// Normalised titles for matching one recommendation across sources and places:
/// case, quotes, dashes and spacing do not count; small OCR slips are tolerated.
public struct TitleKey: Hashable, Sendable {
    /// The normalised text.
    public let normalized: String
    /// Its comparison key (letters and digits).
    public let key: [Unicode.Scalar]

    /// Tokens with digits and roman numerals in the title, which must agree for two titles to be the same.
    public let numberTokens: [String]

    /// How often each letter occurs in the key: a cheap bound before the edit distance.
    let histogram: KeyHistogram

    /// Normalises a title.
    public init(_ title: String) {
        normalized = TitleKey.normalize(title)
        key = Fuzzy.key(normalized)
        numberTokens = TitleKey.numberTokens(normalized)
        histogram = KeyHistogram(key)
    }

    /// The tokens (runs of letters and digits) that hold a digit ("2030", "u3", "empf04") or are roman
    /// numerals ("ii"): "U3" and "Ü3", "Empf04" and "Empf05", "Konferenz I" and "II" are different things,
    /// however close the rest. In a token with a digit, "o" reads as 0 and "l" as 1 (OCR: "2O18" is 2018).
    /// Scans scalars: ASCII directly, the rest by their Unicode properties (a letter joined by a combining
    /// mark stays one token); a token becomes a String only when it is kept.
    static func numberTokens(_ normalized: String) -> [String] {
        var tokens: [String] = []
        let scalars = normalized.unicodeScalars
        var tokenStart = scalars.startIndex
        var hasDigit = false, allRoman = true, length = 0
        var i = scalars.startIndex
        func end() {
            if length > 0, hasDigit {
                var token = String.UnicodeScalarView()
                for s in scalars[tokenStart..<i] { token.append(s == "o" ? "0" : s == "l" ? "1" : s) }
                tokens.append(String(token))
            } else if length > 0, allRoman && length <= 4 {
                tokens.append(String(scalars[tokenStart..<i]))
            }
            hasDigit = false; allRoman = true; length = 0
        }
        while i < scalars.endIndex {
            let s = scalars[i]
            let v = s.value
            let isDigit: Bool, isPart: Bool
            if v < 0x80 {
                isDigit = v >= 0x30 && v <= 0x39
                isPart = isDigit || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
            } else {
                let p = s.properties
                isDigit = p.numericType != nil
                isPart = isDigit || p.isAlphabetic || (length > 0 && p.generalCategory == .nonspacingMark)
            }
            if !isPart {
                end()
                i = scalars.index(after: i)
                tokenStart = i
                continue
            }
            if isDigit { hasDigit = true }
            if !(s == "i" || s == "v" || s == "x") { allRoman = false }
            if !isMark(s) { length += 1 }
            i = scalars.index(after: i)
        }
        end()
        return tokens
    }

    /// A combining mark (part of the character before it).
    private static func isMark(_ s: Unicode.Scalar) -> Bool { s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark }

    /// „ “ ” " ' ‚ ‘ ’ « »: left out.
    static func isQuote(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    /// ‐ ‑ ‒ – — -: one hyphen.
    static func isDash(_ v: UInt32) -> Bool { v == 0x2D || (0x2010...0x2014).contains(v) }

    /// Lower-case, quotes removed, dashes unified (no space after a dash), other punctuation as spaces,
    /// spacing collapsed. Built as UTF-8 bytes: ASCII and Latin-1 letters without property lookups.
    public static func normalize(_ title: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var lastSpace = true
        func space() {
            if !lastSpace {
                if out.last != 0x2D { out.append(0x20) }
                lastSpace = true
            }
        }
        func dash() {
            if out.last == 0x20 { out.removeLast() }
            out.append(0x2D)
            lastSpace = false
        }
        for scalar in title.unicodeScalars {
            let v = scalar.value
            if isQuote(v) { continue }
            if isDash(v) { dash(); continue }
            if v < 0x80 {
                switch v {
                case 0x61...0x7A, 0x30...0x39, 0x2F, 0x2B, 0x26:
                    out.append(UInt8(v))
                    lastSpace = false
                case 0x41...0x5A:
                    out.append(UInt8(v + 0x20))
                    lastSpace = false
                default:
                    space()
                }
                continue
            }
            if v >= 0xC0 && v <= 0xFF && v != 0xD7 && v != 0xF7 {
                // Latin-1 letters: upper case is 0xC0-0xDE, its lower case 0x20 above.
                let lower = v <= 0xDE && v != 0xDF ? v + 0x20 : v
                out.append(UInt8(0xC0 | lower >> 6))
                out.append(UInt8(0x80 | lower & 0x3F))
                lastSpace = false
                continue
            }
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                out.append(contentsOf: p.lowercaseMapping.utf8)
                lastSpace = false
            } else {
                space()
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when two titles name the same thing (similarity at least `threshold`).
    public func sameTitle(as other: TitleKey, threshold: Double = 0.85) -> Bool {
        if normalized == other.normalized { return true }
        if key == other.key { return true }
        // "Konferenz I" and "Konferenz II", "Fokus 2022" and "Fokus 2023" are different things.
        if numberTokens != other.numberTokens { return false }
        // Similarity >= threshold means at most (1 - threshold) * longer edits: a banded distance with
        // that limit, and nothing to compute when the lengths alone differ by more.
        let limit = Int((1 - threshold) * Double(max(key.count, other.key.count)))
        guard abs(key.count - other.key.count) <= limit, histogram.mayBeWithin(limit, of: other.histogram) else { return false }
        return Fuzzy.distance(key, other.key, limit: limit) != nil
    }
}
