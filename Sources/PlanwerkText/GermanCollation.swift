import Foundation

/// German alphabetical order as in dictionaries and indexes (DIN 5007-1): case and diacritics do not count,
/// "ä" sorts as "a", "ß" as "ss"; texts that fold alike keep their byte order.
public enum GermanCollation {
    /// The sort key of a text.
    public static func key(_ text: String) -> String {
        text.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ẞ", with: "SS")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// True when `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        return ka != kb ? ka < kb : a < b
    }
}
