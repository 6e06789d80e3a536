/// A product written out in a text, e.g. "25 Euro × 12 Monate × 375 Familien": its factors and result.
public struct StatedProduct: Sendable, Hashable {
    /// The factors in order.
    public var factors: [Double]
    /// Offset of the first factor.
    public var start: Int
    /// Offset past the last factor (and its unit word).
    public var end: Int

    /// The product of the factors, rounded to whole units; nil when it is beyond `EuroAmount.plausibleLimit`.
    public var value: Int? { EuroAmount.wholeEuros(factors.reduce(1, *)) }

    /// Creates a product.
    public init(factors: [Double], start: Int, end: Int) {
        self.factors = factors
        self.start = start
        self.end = end
    }

    /// The first product of at least two factors joined by "×", "x", "*" or "mal" in `text`.
    public static func find(in text: String) -> StatedProduct? {
        // Without a digit or any of the joining signs ("×" C3 97, "·" C2 B7, "*", "x", "X", "mal") there is
        // no product: decided on the bytes before the text is split into characters.
        let possible = text.withUTF8Bytes { u -> Bool in
            var digit = false, sign = false
            for (i, b) in u.enumerated() {
                if b >= 0x30 && b <= 0x39 { digit = true }
                if b == UInt8(ascii: "*") || b == UInt8(ascii: "x") || b == UInt8(ascii: "X")
                    || ((b == 0xC3 || b == 0xC2) && i + 1 < u.count && (u[i + 1] == 0x97 || u[i + 1] == 0xB7))
                    || ((b | 0x20) == UInt8(ascii: "m") && i + 2 < u.count && (u[i + 1] | 0x20) == UInt8(ascii: "a") && (u[i + 2] | 0x20) == UInt8(ascii: "l")) {
                    sign = true
                }
                if digit && sign { return true }
            }
            return false
        }
        guard possible else { return nil }
        let c = Array(text)
        var i = 0
        while i < c.count {
            guard c[i].isASCII, c[i].isNumber, i == 0 || !(c[i - 1].isNumber || c[i - 1] == "." || c[i - 1] == ",") else { i += 1; continue }
            var factors: [Double] = []
            var j = i
            var end = i
            while let (v, e) = GermanNumber.parse(c, at: j) {
                factors.append(v)
                end = e
                // Optional unit word(s): "Euro", "Monate", "€".
                var k = AmountParser.skipSpaces(c, e)
                if k < c.count, c[k] == "€" { k += 1; end = k }
                let (w, we) = AmountParser.word(c, k)
                if !w.isEmpty, w.lowercased() != "mal", w != "x" { k = we; end = we }
                k = AmountParser.skipSpaces(c, k)
                guard k < c.count else { break }
                if c[k] == "×" || c[k] == "*" || c[k] == "x" || c[k] == "X" || c[k] == "·" {
                    j = AmountParser.skipSpaces(c, k + 1)
                } else if String(c[k..<min(c.count, k + 4)]).lowercased() == "mal " {
                    j = AmountParser.skipSpaces(c, k + 4)
                } else {
                    break
                }
            }
            if factors.count >= 2 { return StatedProduct(factors: factors, start: i, end: end) }
            i = max(end, i + 1)
        }
        return nil
    }
}
