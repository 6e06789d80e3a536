import Foundation

/// Normalised titles for matching one recommendation across sources and places:
/// case, quotes, dashes and spacing do not count; small OCR slips are tolerated.
public struct TitleKey: Hashable, Sendable {
    /// The normalised text.
    public let normalized: String
    /// Its comparison key (letters and digits).
    public let key: [Unicode.Scalar]

    /// Numbers and roman numerals in the title, which must agree for two titles to be the same.
    var numberTokens: [String] {
        normalized.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { token in
            token.allSatisfy(\.isNumber) || (token.count <= 4 && token.allSatisfy { "ivx".contains($0) })
        }
    }

    /// Normalises a title.
    public init(_ title: String) {
        normalized = TitleKey.normalize(title)
        key = Fuzzy.key(normalized)
    }

    /// Lower-case, quotes removed, dashes unified, other punctuation as spaces, spacing collapsed.
    public static func normalize(_ title: String) -> String {
        var out = ""
        var lastSpace = true
        for ch in title.lowercased() {
            if "„“”\"'‚‘’«»".contains(ch) { continue }
            var c = ch
            if "‐‑‒–—-".contains(ch) { c = "-" }
            if c.isLetter || c.isNumber || c == "/" || c == "+" || c == "&" || c == "-" {
                if c == "-", out.last == " " { out.removeLast() }
                out.append(c)
                lastSpace = false
            } else if !lastSpace {
                out.append(" ")
                lastSpace = true
            }
        }
        while out.last == " " { out.removeLast() }
        return out.replacingOccurrences(of: "- ", with: "-")
    }

    /// True when two titles name the same thing (similarity at least `threshold`).
    public func sameTitle(as other: TitleKey, threshold: Double = 0.85) -> Bool {
        if normalized == other.normalized { return true }
        if key == other.key { return true }
        // "Konferenz I" and "Konferenz II", "Fokus 2022" and "Fokus 2023" are different things.
        if numberTokens != other.numberTokens { return false }
        return Fuzzy.similarity(key, other.key) >= threshold
    }
}
