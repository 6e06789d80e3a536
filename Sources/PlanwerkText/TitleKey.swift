import Foundation

/// Normalised titles for matching one recommendation across sources and places:
/// case, quotes, dashes and spacing do not count; small OCR slips are tolerated.
public struct TitleKey: Hashable, Sendable {
    /// The normalised text.
    public let normalized: String
    /// Its comparison key (letters and digits).
    public let key: [Unicode.Scalar]

    /// Numbers and roman numerals in the title, which must agree for two titles to be the same.
    let numberTokens: [String]

    /// Normalises a title.
    public init(_ title: String) {
        normalized = TitleKey.normalize(title)
        key = Fuzzy.key(normalized)
        numberTokens = TitleKey.numberTokens(normalized)
    }

    /// The tokens (runs of letters and digits) that are numbers ("2030") or roman numerals ("ii").
    /// Scans scalars: ASCII directly, the rest by their Unicode properties (a letter joined by a combining
    /// mark stays one token).
    static func numberTokens(_ normalized: String) -> [String] {
        var tokens: [String] = []
        var token = String.UnicodeScalarView()
        var allDigits = true, allRoman = true, length = 0
        func end() {
            if length > 0, allDigits || (allRoman && length <= 4) { tokens.append(String(token)) }
            token = String.UnicodeScalarView()
            allDigits = true; allRoman = true; length = 0
        }
        for s in normalized.unicodeScalars {
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
            guard isPart else { end(); continue }
            token.append(s)
            if !(isDigit || isMark(s)) { allDigits = false }
            if !(s == "i" || s == "v" || s == "x") { allRoman = false }
            if !isMark(s) { length += 1 }
        }
        end()
        return tokens
    }

    /// A combining mark (part of the character before it).
    private static func isMark(_ s: Unicode.Scalar) -> Bool { s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark }

    static let quotes = Set("„“”\"'‚‘’«»".unicodeScalars)
    static let dashes = Set("‐‑‒–—-".unicodeScalars)
    static let kept = Set("/+&-".unicodeScalars)

    /// Lower-case, quotes removed, dashes unified (no space after a dash), other punctuation as spaces,
    /// spacing collapsed.
    public static func normalize(_ title: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for scalar in title.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII without property or set lookups: letters and digits, the kept marks, quotes, the rest.
                switch v {
                case 0x22, 0x27: continue
                case 0x61...0x7A, 0x30...0x39, 0x2F, 0x2B, 0x26:
                    out.append(scalar)
                    lastSpace = false
                case 0x41...0x5A:
                    out.append(Unicode.Scalar(v + 0x20)!)
                    lastSpace = false
                case 0x2D:
                    if out.last == " " { out.removeLast() }
                    out.append(scalar)
                    lastSpace = false
                default:
                    if !lastSpace {
                        if out.last != "-" { out.append(" ") }
                        lastSpace = true
                    }
                }
                continue
            }
            if quotes.contains(scalar) { continue }
            let c: Unicode.Scalar = dashes.contains(scalar) ? "-" : scalar
            let p = c.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || kept.contains(c) {
                if c == "-", out.last == " " { out.removeLast() }
                if c.isASCII { out.append(p.isUppercase ? Unicode.Scalar(c.value + 0x20)! : c) }
                else { out.append(contentsOf: p.lowercaseMapping.unicodeScalars) }
                lastSpace = false
            } else if !lastSpace {
                if out.last != "-" { out.append(" ") }
                lastSpace = true
            }
        }
        while out.last == " " { out.removeLast() }
        return String(out)
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
        guard abs(key.count - other.key.count) <= limit else { return false }
        return Fuzzy.distance(key, other.key, limit: limit) != nil
    }
}
