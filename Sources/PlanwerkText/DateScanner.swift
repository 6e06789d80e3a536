/// Finds dates and times in German text without regular expressions (it runs over every block).
/// Works on the text's UTF-8 bytes: every character it looks for (digits, dots, colons, dashes,
/// "Uhr", month names) is found there directly, and mentions carry UTF-8 offsets.
public enum DateScanner {
    /// German weekday names, lower-case.
    public static let weekdays: Set<String> = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
    /// Month names, lower-case, as UTF-8.
    static let monthKeys: [[UInt8]] = GermanDate.monthNames.map { Array($0.lowercased().utf8) }

    /// Every date in `text`: "DD.MM.YYYY", "D.M.YY", "DD. Monat YYYY"; with "um 13:00 Uhr",
    /// "13.00 Uhr", "9:00-16:30 Uhr" or "von 18:00 bis 20:00 Uhr" behind it. Offsets are UTF-8 offsets.
    public static func dates(in text: String) -> [DateMention] {
        var text = text
        return text.withUTF8 { dates(in: $0) }
    }

    /// `dates(in:)` on UTF-8 bytes.
    public static func dates(in c: UnsafeBufferPointer<UInt8>) -> [DateMention] {
        // Fast exit: a date needs a digit followed by a dot (dots found with memchr).
        guard UTF8Search.contains(dot, in: c, from: 1, where: { isDigit(c[$0 - 1]) }) else { return [] }
        var out: [DateMention] = []
        var i = 0
        while i < c.count {
            guard isDigit(c[i]), i == 0 || !(isDigit(c[i - 1]) || c[i - 1] == dot) else { i += 1; continue }
            if let (date, end) = numericDate(c, i) ?? namedDate(c, i) {
                var mention = DateMention(date: date, start: i, end: end)
                if let (s, e, timeEnd) = times(c, after: end) {
                    mention.startTime = s
                    mention.endTime = e
                    mention.end = timeEnd
                }
                out.append(mention)
                i = mention.end
            } else {
                while i < c.count, isDigit(c[i]) { i += 1 }
                i += 1
            }
        }
        return out
    }

    /// Times ("13:00", "13.00 Uhr", "9:00-16:30", "von 18:00 bis 20:00 Uhr") in a text, in order.
    public static func timeRange(in text: String) -> (String, String?)? {
        var text = text
        return text.withUTF8 { c -> (String, String?)? in
            var i = 0
            while i < c.count {
                if isDigit(c[i]), i == 0 || !isDigit(c[i - 1]), let (s, e, _) = times(c, after: i, maxGap: 0) { return (s, e) }
                i += 1
            }
            return nil
        }
    }

    static let dot = UInt8(ascii: "."), space = UInt8(ascii: " ")

    @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A letter byte: ASCII letters and every byte of a multi-byte character (umlauts in month names).
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }

    /// `c[i...]` starts with `word` (ASCII, lower-case), ignoring ASCII case.
    static func hasWord(_ c: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= c.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where c[i + k] | (c[i + k] >= 0x41 && c[i + k] <= 0x5A ? 0x20 : 0) != w[k] { return false }
        return true
    }

    static func number(_ c: UnsafeBufferPointer<UInt8>, _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < c.count, j - i < maxDigits, isDigit(c[j]) {
            v = v * 10 + Int(c[j] - 0x30)
            j += 1
        }
        if j == i || (j < c.count && isDigit(c[j])) { return nil }
        return (v, j)
    }

    static func numericDate(_ c: UnsafeBufferPointer<UInt8>, _ i: Int) -> (GermanDate, Int)? {
        guard let (d, j) = number(c, i, maxDigits: 2), j < c.count, c[j] == dot,
              let (m, k) = number(c, j + 1, maxDigits: 2), k < c.count, c[k] == dot,
              (1...31).contains(d), (1...12).contains(m) else { return nil }
        if let (y, e) = number(c, k + 1, maxDigits: 4), e - (k + 1) == 4 || e - (k + 1) == 2 {
            if e < c.count, c[e] == dot, e + 1 < c.count, isDigit(c[e + 1]) { return nil }
            return (GermanDate(year: y, month: m, day: d), e)
        }
        return nil
    }

    static func namedDate(_ c: UnsafeBufferPointer<UInt8>, _ i: Int) -> (GermanDate, Int)? {
        guard let (d, j) = number(c, i, maxDigits: 2), j < c.count, c[j] == dot, (1...31).contains(d) else { return nil }
        var k = j + 1
        while k < c.count, c[k] == space { k += 1 }
        var w = k
        while w < c.count, isLetter(c[w]) { w += 1 }
        guard w > k, w - k <= 12 else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: c[k..<w]), as: UTF8.self).lowercased().utf8
        guard let month = monthKeys.firstIndex(where: { $0.elementsEqual(word) }) else { return nil }
        var y = w
        while y < c.count, c[y] == space { y += 1 }
        guard let (year, e) = number(c, y, maxDigits: 4), e - y == 4 else { return nil }
        return (GermanDate(year: year, month: month + 1, day: d), e)
    }

    /// A time or time range starting within `maxGap` characters (plus filler words) after `start`.
    static func times(_ c: UnsafeBufferPointer<UInt8>, after start: Int, maxGap: Int = 12) -> (String, String?, Int)? {
        var i = start
        // Skip filler: spaces, "um", "von", "ab", commas, asterisks, line breaks.
        var skipped = 0
        while i < c.count, skipped <= maxGap + 8 {
            let b = c[i]
            if b == space || b == UInt8(ascii: ",") || b == UInt8(ascii: "*") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "(") {
                i += 1; skipped += 1; continue
            }
            if hasWord(c, i, "um ") || hasWord(c, i, "ab ") { i += 3; skipped += 3; continue }
            if hasWord(c, i, "von ") { i += 4; skipped += 4; continue }
            break
        }
        guard i < c.count, let (t1, e1, explicitUhr1) = clock(c, i) else { return nil }
        var j = e1
        var k = j
        while k < c.count, c[k] == space { k += 1 }
        var endTime: String?
        var endPos = j
        var hasUhr = explicitUhr1
        let dash = dashLength(c, k)
        if k < c.count, dash > 0 || hasWord(c, k, "bis ") {
            var m = k + (dash > 0 ? dash : 4)
            while m < c.count, c[m] == space { m += 1 }
            if let (t2, e2, uhr2) = clock(c, m) {
                endTime = t2.text
                endPos = e2
                hasUhr = hasUhr || uhr2
            }
        }
        j = max(j, endPos)
        // A dotted time ("13.00") needs "Uhr" to tell it from a number.
        var u = j
        while u < c.count, c[u] == space { u += 1 }
        if hasWord(c, u, "uhr") {
            hasUhr = true
            j = u + 3
        }
        if !hasUhr && !t1.colon { return nil }
        return (t1.text, endTime, j)
    }

    /// The byte length of a dash at `k` ("-", "–", "—"), or 0.
    static func dashLength(_ c: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        guard k < c.count else { return 0 }
        if c[k] == UInt8(ascii: "-") { return 1 }
        // U+2013 and U+2014: E2 80 93 / E2 80 94
        if c[k] == 0xE2, k + 2 < c.count, c[k + 1] == 0x80, c[k + 2] == 0x93 || c[k + 2] == 0x94 { return 3 }
        return 0
    }

    /// "13:00" or "13.00" (colon=false) at `i`; the Bool says whether "Uhr" followed directly.
    static func clock(_ c: UnsafeBufferPointer<UInt8>, _ i: Int) -> ((text: String, colon: Bool), Int, Bool)? {
        guard let (h, j) = number(c, i, maxDigits: 2), h < 24, j < c.count, c[j] == UInt8(ascii: ":") || c[j] == dot,
              let (m, k) = number(c, j + 1, maxDigits: 2), k - (j + 1) == 2, m < 60 else { return nil }
        if k < c.count, c[k] == dot, k + 1 < c.count, isDigit(c[k + 1]) { return nil }
        let text = (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
        var u = k
        while u < c.count, c[u] == space { u += 1 }
        return ((text, c[j] == UInt8(ascii: ":")), k, hasWord(c, u, "uhr"))
    }
}
