/// Finds dates and times in German text without regular expressions (it runs over every block).
public enum DateScanner {
    /// German weekday names, lower-case.
    public static let weekdays: Set<String> = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]

    /// Every date in `text`: "DD.MM.YYYY", "D.M.YY", "DD. Monat YYYY"; with "um 13:00 Uhr",
    /// "13.00 Uhr", "9:00-16:30 Uhr" or "von 18:00 bis 20:00 Uhr" behind it.
    public static func dates(in text: String) -> [DateMention] {
        // Fast exit: a date needs a digit followed by a dot.
        var prevDigit = false, candidate = false
        for b in text.utf8 {
            if b == UInt8(ascii: "."), prevDigit { candidate = true; break }
            prevDigit = (48...57).contains(b)
        }
        if !candidate { return [] }
        let c = Array(text)
        var out: [DateMention] = []
        var i = 0
        while i < c.count {
            guard c[i].isASCII, c[i].isNumber, i == 0 || !(c[i - 1].isNumber || c[i - 1] == ".") else { i += 1; continue }
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
                while i < c.count, c[i].isNumber { i += 1 }
                i += 1
            }
        }
        return out
    }

    /// Times ("13:00", "13.00 Uhr", "9:00-16:30", "von 18:00 bis 20:00 Uhr") in a text, in order.
    public static func timeRange(in text: String) -> (String, String?)? {
        let c = Array(text)
        var i = 0
        while i < c.count {
            if c[i].isNumber, i == 0 || !c[i - 1].isNumber, let (s, e, _) = times(c, after: i, maxGap: 0) { return (s, e) }
            i += 1
        }
        return nil
    }

    static func number(_ c: [Character], _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < c.count, j - i < maxDigits, c[j].isASCII, let d = c[j].wholeNumberValue {
            v = v * 10 + d
            j += 1
        }
        if j == i || (j < c.count && c[j].isASCII && c[j].isNumber) { return nil }
        return (v, j)
    }

    static func numericDate(_ c: [Character], _ i: Int) -> (GermanDate, Int)? {
        guard let (d, j) = number(c, i, maxDigits: 2), j < c.count, c[j] == ".",
              let (m, k) = number(c, j + 1, maxDigits: 2), k < c.count, c[k] == ".",
              (1...31).contains(d), (1...12).contains(m) else { return nil }
        if let (y, e) = number(c, k + 1, maxDigits: 4), e - (k + 1) == 4 || e - (k + 1) == 2 {
            if e < c.count, c[e] == "." , e + 1 < c.count, c[e + 1].isNumber { return nil }
            return (GermanDate(year: y, month: m, day: d), e)
        }
        return nil
    }

    static func namedDate(_ c: [Character], _ i: Int) -> (GermanDate, Int)? {
        guard let (d, j) = number(c, i, maxDigits: 2), j < c.count, c[j] == ".", (1...31).contains(d) else { return nil }
        var k = j + 1
        while k < c.count, c[k] == " " { k += 1 }
        var w = k
        while w < c.count, c[w].isLetter { w += 1 }
        let word = String(c[k..<w]).lowercased()
        guard !word.isEmpty, let month = GermanDate.monthNames.firstIndex(where: { $0.lowercased() == word }) else { return nil }
        var y = w
        while y < c.count, c[y] == " " { y += 1 }
        guard let (year, e) = number(c, y, maxDigits: 4), e - y == 4 else { return nil }
        return (GermanDate(year: year, month: month + 1, day: d), e)
    }

    /// A time or time range starting within `maxGap` characters (plus filler words) after `start`.
    static func times(_ c: [Character], after start: Int, maxGap: Int = 12) -> (String, String?, Int)? {
        var i = start
        // Skip filler: spaces, "um", "von", "ab", commas, asterisks, line breaks.
        var skipped = 0
        while i < c.count, skipped <= maxGap + 8 {
            if c[i] == " " || c[i] == "," || c[i] == "*" || c[i] == "\n" || c[i] == "(" { i += 1; skipped += 1; continue }
            let rest = String(c[i..<min(c.count, i + 4)]).lowercased()
            if rest.hasPrefix("um ") || rest.hasPrefix("ab ") { i += 3; skipped += 3; continue }
            if rest.hasPrefix("von ") { i += 4; skipped += 4; continue }
            break
        }
        guard i < c.count, let (t1, e1, explicitUhr1) = clock(c, i) else { return nil }
        var j = e1
        var k = j
        while k < c.count, c[k] == " " { k += 1 }
        var endTime: String?
        var endPos = j
        var hasUhr = explicitUhr1
        if k < c.count, "-–—".contains(c[k]) || String(c[k..<min(c.count, k + 4)]).lowercased() == "bis " {
            var m = k + ("-–—".contains(c[k]) ? 1 : 4)
            while m < c.count, c[m] == " " { m += 1 }
            if let (t2, e2, uhr2) = clock(c, m) {
                endTime = t2.text
                endPos = e2
                hasUhr = hasUhr || uhr2
            }
        }
        j = max(j, endPos)
        // A dotted time ("13.00") needs "Uhr" to tell it from a number.
        if !hasUhr {
            var u = j
            while u < c.count, c[u] == " " { u += 1 }
            let word = String(c[u..<min(c.count, u + 3)]).lowercased()
            if word == "uhr" { hasUhr = true; j = u + 3 }
        } else {
            var u = j
            while u < c.count, c[u] == " " { u += 1 }
            if String(c[u..<min(c.count, u + 3)]).lowercased() == "uhr" { j = u + 3 }
        }
        if !hasUhr && !t1.colon { return nil }
        return (t1.text, endTime, j)
    }

    /// "13:00" or "13.00" (colon=false) at `i`; the Bool says whether "Uhr" followed directly.
    static func clock(_ c: [Character], _ i: Int) -> ((text: String, colon: Bool), Int, Bool)? {
        guard let (h, j) = number(c, i, maxDigits: 2), h < 24, j < c.count, c[j] == ":" || c[j] == ".",
              let (m, k) = number(c, j + 1, maxDigits: 2), k - (j + 1) == 2, m < 60 else { return nil }
        if k < c.count, c[k] == "." , k + 1 < c.count, c[k + 1].isNumber { return nil }
        let text = (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
        var u = k
        while u < c.count, c[u] == " " { u += 1 }
        let uhr = String(c[u..<min(c.count, u + 3)]).lowercased() == "uhr"
        return ((text, c[j] == ":"), k, uhr)
    }
}
