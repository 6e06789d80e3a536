/// German number formats: "48.000" (thousands dots), "1,2" (decimal comma), "48.000,50", "1 200".
public enum GermanNumber {
    /// Parses the number starting at `i` in `c`; returns the value and the offset past it.
    public static func parse(_ c: [Character], at i: Int) -> (Double, Int)? {
        guard i < c.count, c[i].isASCII, c[i].isNumber else { return nil }
        var j = i
        var frac = ""
        var groups: [String] = [""]
        while j < c.count {
            let ch = c[j]
            if ch.isASCII, ch.isNumber {
                groups[groups.count - 1].append(ch)
                j += 1
            } else if ch == ".", j + 3 < c.count, digit(c[j + 1]), digit(c[j + 2]), digit(c[j + 3]),
                      !(j + 4 < c.count && digit(c[j + 4])) {
                groups.append("")
                j += 1
            } else {
                break
            }
        }
        // Thousands groups must have three digits after the first.
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) { return nil }
        let intPart = groups.joined()
        if j + 1 < c.count, c[j] == ",", c[j + 1].isASCII, c[j + 1].isNumber {
            var k = j + 1
            while k < c.count, c[k].isASCII, c[k].isNumber { frac.append(c[k]); k += 1 }
            j = k
        } else if j + 1 < c.count, c[j] == ",", c[j + 1] == "-" {
            j += 2  // "500,-"
        }
        guard let whole = Double(intPart) else { return nil }
        let value = frac.isEmpty ? whole : whole + (Double("0." + frac) ?? 0)
        return (value, j)
    }

    static func digit(_ ch: Character) -> Bool { ch.isASCII && ch.isNumber }
}
