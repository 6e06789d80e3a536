/// Reads sums of money from German text ("75.000 Euro", "48.000 €", "ca. 1,2 Mio. Euro", "48 T€",
/// "10.000 bis 15.000 Euro") and the annual budget a "Mitteleinsatz (jährlich)" field states.
public enum AmountParser {
    /// Every sum of money in `text`, in order.
    public static func mentions(in text: String) -> [MoneyMention] {
        // A sum needs an ASCII digit.
        guard text.withUTF8Bytes({ u in u.contains { $0 >= 0x30 && $0 <= 0x39 } }) else { return [] }
        let c = Array(text)
        var out: [MoneyMention] = []
        var i = 0
        while i < c.count {
            guard c[i].isASCII, c[i].isNumber, i == 0 || !(c[i - 1].isNumber || c[i - 1] == "." || c[i - 1] == ",") else {
                i += 1
                continue
            }
            guard let (first, afterFirst) = GermanNumber.parse(c, at: i) else { i += 1; continue }
            var lower: Double?
            var value = first
            var j = afterFirst
            // A range: "10.000 bis 15.000", "10.000 - 15.000", "10.000–15.000"; the unit may follow either.
            var (scale1, afterScale1) = scale(c, skipSpaces(c, j))
            if let (upper, afterUpper) = rangeUpper(c, scale1 == nil ? j : afterScale1) {
                lower = first * (scale1 ?? 1)
                value = upper
                j = afterUpper
                scale1 = nil
            } else if scale1 != nil {
                j = afterScale1
            }
            var k = skipSpaces(c, j)
            var (sc, afterSc) = scale(c, k)
            if scale1 != nil { sc = scale1; afterSc = j; k = j }
            if let s = sc { value *= s; if lower != nil, scale1 == nil { lower! *= s }; k = skipSpaces(c, afterSc) }
            var isMoney = false
            if let e = currency(c, k) { isMoney = true; k = e }
            else if sc == 1000, thousandsEuroSymbolFollowed(c, afterSc) { isMoney = true }
            // Currency before the number: "€ 48.000", "EUR 5.000".
            if !isMoney, let before = currencyBefore(c, i) {
                out.append(MoneyMention(euros: EuroAmount.wholeEuros(value), lowerEuros: lower.flatMap(EuroAmount.wholeEuros),
                                        period: period(c, j), start: before, end: j))
                i = j
                continue
            }
            if isMoney {
                out.append(MoneyMention(euros: EuroAmount.wholeEuros(value), lowerEuros: lower.flatMap(EuroAmount.wholeEuros),
                                        period: period(c, k), start: i, end: k))
                i = k
            } else {
                i = max(j, i + 1)
            }
        }
        return out
    }

    /// The euros per year a Mitteleinsatz text asks for: 0 for "keine zusätzlichen Mittel",
    /// nil where no amount is stated ("noch nicht bezifferbar"). What is spent today ("bisher") does not count;
    /// factors of a stated product and monthly sums are not the budget (a lone monthly sum counts twelve times).
    /// Sums beyond `EuroAmount.plausibleLimit` are passed over (`hasImplausibleAmount` reports them).
    public static func annualBudget(in text: String) -> Int? {
        let sentences = Sentences.split(text)
        var candidates: [(MoneyMention, String)] = []
        var implausible = false
        for sentence in sentences {
            let lower = sentence.fastLowercased
            let mentions = mentions(in: sentence)
            let product = StatedProduct.find(in: sentence)
            if mentions.contains(where: { $0.euros == nil }) { implausible = true }
            for m in mentions where m.euros != nil {
                if let p = product, m.start >= p.start, m.start < p.end { continue }
                if isCurrentSpending(lower) && !lower.containsBytes("erforderlich") && !lower.containsBytes("benötigt") { continue }
                candidates.append((m, lower))
            }
        }
        if let yearly = candidates.first(where: { $0.0.period == .yearly }) { return yearly.0.euros }
        if let need = candidates.first(where: { $0.0.period != .monthly && isNeedSentence($0.1) }) { return need.0.euros }
        if let any = candidates.first(where: { $0.0.period != .monthly }) { return any.0.euros }
        // A monthly sum is at most the plausible limit, so twelve of them cannot overflow.
        if let monthly = candidates.first?.0.euros { return monthly * 12 }
        if implausible { return nil }  // "…000 Euro" is no "0 Euro"
        if statesNoFunds(text) { return 0 }
        return nil
    }

    /// True when `text` names a sum of money, or states a product, larger than `EuroAmount.plausibleLimit`.
    public static func hasImplausibleAmount(in text: String) -> Bool {
        if mentions(in: text).contains(where: { $0.euros == nil }) { return true }
        if let product = StatedProduct.find(in: text), product.value == nil { return true }
        return false
    }

    /// True for "keine zusätzlichen Mittel", "kostenneutral", "ohne zusätzliche Kosten" and the like,
    /// but not for "bisher keine Mittel" (today's spending).
    public static func statesNoFunds(_ text: String) -> Bool {
        for sentence in Sentences.split(text) {
            let s = sentence.fastLowercased
            if s.containsBytes("kostenneutral") || s.containsBytes("keine kosten") { return true }
            let phrases = ["keine zusätzlichen mittel", "keine zusätzliche mittel", "keine weiteren mittel",
                           "keine mittel erforderlich", "keine mittel notwendig", "keine mittel benötigt",
                           "keine finanziellen mittel", "ohne zusätzliche mittel", "ohne zusätzliche kosten",
                           "keine zusätzlichen kosten", "keine haushaltsmittel", "0 euro", "0 €"]
            if phrases.contains(where: { s.containsBytes($0) }) && !isCurrentSpending(s) { return true }
            if s.containsBytes("keine mittel") && !isCurrentSpending(s) { return true }
        }
        return false
    }

    static func isCurrentSpending(_ s: String) -> Bool {
        s.containsBytes("bisher") || s.containsBytes("derzeit") || s.containsBytes("bislang") || s.containsBytes("aktuell")
    }

    static func isNeedSentence(_ s: String) -> Bool {
        ["erforderlich", "benötigt", "notwendig", "kosten", "mittel", "bedarf", "budget", "finanz"].contains { s.containsBytes($0) }
    }

    static func skipSpaces(_ c: [Character], _ i: Int) -> Int {
        var j = i
        while j < c.count, c[j] == " " || c[j] == "\u{00A0}" || c[j] == "\u{202F}" { j += 1 }
        return j
    }

    static func word(_ c: [Character], _ i: Int) -> (String, Int) {
        var j = i
        while j < c.count, c[j].isLetter { j += 1 }
        return (String(c[i..<j]), j)
    }

    /// "Mio.", "Millionen", "Mrd.", "Tsd.", "Tausend", "T€", "TEUR", "k€" at `i`: the factor and the offset past it.
    static func scale(_ c: [Character], _ i: Int) -> (Double?, Int) {
        guard i < c.count else { return (nil, i) }
        let (w, e) = word(c, i)
        var end = e
        if end < c.count, c[end] == "." { end += 1 }
        switch w.lowercased() {
        case "mio", "million", "millionen": return (1_000_000, end)
        case "mrd", "milliarde", "milliarden": return (1_000_000_000, end)
        case "tsd", "tausend": return (1_000, end)
        case "t", "k":
            if e < c.count, c[e] == "€" { return (1_000, e) }
            return (nil, i)
        case "teur": return (1_000, i)  // the currency check reads "TEUR" itself
        default: return (nil, i)
        }
    }

    static func thousandsEuroSymbolFollowed(_ c: [Character], _ i: Int) -> Bool { i < c.count && c[i] == "€" }

    /// "Euro", "EUR", "€" (also "T€" handled by `scale`): the offset past it.
    static func currency(_ c: [Character], _ i: Int) -> Int? {
        guard i < c.count else { return nil }
        if c[i] == "€" { return i + 1 }
        if c[i] == "T" || c[i] == "k", i + 1 < c.count, c[i + 1] == "€" { return i + 2 }
        let (w, e) = word(c, i)
        let lw = w.lowercased()
        if lw == "euro" || lw == "eur" || lw == "teur" { return e }
        return nil
    }

    static func currencyBefore(_ c: [Character], _ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, c[j] == " " { j -= 1 }
        guard j >= 0 else { return nil }
        if c[j] == "€" { return j }
        if j >= 2, String(c[(j - 2)...j]).uppercased() == "EUR", j - 3 < 0 || !c[j - 3].isLetter { return j - 2 }
        return nil
    }

    static func rangeUpper(_ c: [Character], _ i: Int) -> (Double, Int)? {
        var j = skipSpaces(c, i)
        guard j < c.count else { return nil }
        if "-–—".contains(c[j]) {
            j += 1
        } else if String(c[j..<min(c.count, j + 4)]).lowercased() == "bis " {
            j += 4
        } else if String(c[j..<min(c.count, j + 4)]).lowercased() == "und " {
            j += 4
        } else {
            return nil
        }
        j = skipSpaces(c, j)
        guard let (v, e) = GermanNumber.parse(c, at: j) else { return nil }
        let (sc, afterSc) = scale(c, skipSpaces(c, e))
        if let s = sc { return (v * s, afterSc) }
        return (v, e)
    }

    static func period(_ c: [Character], _ i: Int) -> MoneyMention.Period? {
        let tail = String(c[min(i, c.count)..<min(c.count, i + 24)]).lowercased()
        let trimmed = tail.drop { $0 == " " || $0 == "," || $0 == "(" }
        if trimmed.hasPrefix("jährlich") || trimmed.hasPrefix("pro jahr") || trimmed.hasPrefix("p. a") ||
            trimmed.hasPrefix("p.a") || trimmed.hasPrefix("im jahr") || trimmed.hasPrefix("je jahr") ||
            trimmed.hasPrefix("/jahr") || trimmed.hasPrefix("/ jahr") { return .yearly }
        if trimmed.hasPrefix("monatlich") || trimmed.hasPrefix("pro monat") || trimmed.hasPrefix("im monat") ||
            trimmed.hasPrefix("je monat") || trimmed.hasPrefix("/monat") { return .monthly }
        if trimmed.hasPrefix("einmalig") { return .once }
        // "jährlich 48.000 Euro": the period word may also stand right before the amount.
        return nil
    }
}
