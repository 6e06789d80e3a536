import PlanwerkText

/// Tells the remarks in an assessment table (what participants wrote beside a relevance label) from the
/// table's furniture: relevance labels, column and row headings ("Handlungsempfehlung", "Steuerungsrelevanz",
/// "1. Handlungsempfehlung", "..."), labelled title cells ("Handlungsempfehlung: „…“") and repeated titles.
struct RemarkFilter: Sendable {
    /// Words of assessment tables that are headings, never remarks.
    static let tableWords = ["Handlungsempfehlung", "Handlungsempfehlungen", "Steuerungsrelevanz", "Einschätzung", "Ihre Einschätzung",
                             "Sozialplanungsfachkräfte", "Einschätzung der Sozialplanungsfachkräfte", "Anmerkung", "Anmerkungen",
                             "Maßnahme", "Maßnahmen", "Bewertung", "Handlungsfeld", "Status", "Jahr", "Jahre", "Titel", "mehr"]

    /// The longest label before a colon that is looked at ("Einschätzung der Sozialplanungsfachkräfte" and a little more).
    static let labelLength = 50

    /// The relevance labels first, then the table words: a cell is what it is closest to
    /// ("Steuerungsrelevanz" is a heading, "steuerungsrelevant" a label).
    let vocabulary: LabelSet
    let relevanceCount: Int

    init(relevanceLabels: [String]) {
        vocabulary = LabelSet(relevanceLabels + Self.tableWords)
        relevanceCount = relevanceLabels.count
    }

    /// True when the cell is a relevance label ("steuerungsrelevant (ab 40 Pkt.)").
    func isRelevanceLabel(_ cell: String) -> Bool {
        let text = cell.firstUTF8Offset(of: UInt8(ascii: "("), within: .max).map { String(Substring(cell.utf8.prefix($0))) ?? cell } ?? cell
        guard let i = vocabulary.closestMatch(text.trimmedSpaces) else { return false }
        return i < relevanceCount
    }

    /// True when the text is a table heading, possibly numbered ("2. Handlungsempfehlung") or cut short ("...").
    func isTableWord(_ text: String) -> Bool {
        guard let i = vocabulary.closestMatch(Self.withoutNumbering(text)) else { return false }
        return i >= relevanceCount
    }

    /// The remarks in an assessment table's rows (each row's non-empty cells), each once; `titles` are the
    /// recommendation titles the table is about. Rows without a relevance label, and status table rows (with a
    /// year of their own), hold no remarks; nor do fragments of a wrapped label or title ("In hohem Maße").
    func remarks(rows: [[String]], titles: [String]) -> [String] {
        remarks(rows: rows, titleKeys: titles.map { TitleKey(TitleCleaner.clean($0)) })
    }

    /// The same with the titles already keyed (a document keys its titles once, not once per decision).
    func remarks(rows: [[String]], titleKeys: [TitleKey]) -> [String] {
        let assessed = rows.filter { row in row.contains(where: isRelevanceLabel) && !row.contains(where: Self.isYear) }
        let pieces = assessed.map { row in row.flatMap { $0.splitUTF8(at: "\u{2029}").map { $0.trimmedSpaces } } }
        // Labelled cells name a title ("Handlungsempfehlung: „…“"), anywhere in the table; they and their title are no remarks.
        var known = titleKeys
        for piece in pieces.joined() { if let title = labelledTitle(piece) { known.append(TitleKey(TitleCleaner.clean(title))) } }
        let labels = vocabulary.labels.prefix(relevanceCount).map { TitleKey($0).normalized }
        var out: [String] = []
        for piece in pieces.joined() where labelledTitle(piece) == nil {
            let core = Self.withoutNumbering(piece)
            guard core.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }  // "...", "–"
            if isRelevanceLabel(piece) || isTableWord(piece) { continue }
            let key = TitleKey(TitleCleaner.clean(core))
            if known.contains(where: { Self.isPart(key, of: $0) }) { continue }
            if labels.contains(where: { $0.contains(key.normalized) }) { continue }
            if !out.contains(piece) { out.append(piece) }
        }
        return out
    }

    /// The title a labelled cell names: "Handlungsempfehlung: Handlungsempfehlung „X“" -> "„X“"; nil when the cell
    /// does not start with a table word and a colon.
    func labelledTitle(_ piece: String) -> String? {
        // The label is a table word, so the colon comes within the first few words.
        guard let colon = piece.prefix(Self.labelLength).firstIndex(of: ":"), isTableWord(String(piece[..<colon])) else { return nil }
        var value = String(piece[piece.index(after: colon)...]).trimmedSpaces
        // A table word may be repeated before the quoted title.
        if let space = value.firstIndex(of: " "), isTableWord(String(value[..<space])) { value = String(value[value.index(after: space)...]) }
        return value
    }

    /// True when a piece is a title, a wrapped fragment of it, or the whole title whose cell wrapped in the
    /// middle ("Handreichung für … bzw. Kinder" labelled, the full title in the next cell).
    static func isPart(_ piece: TitleKey, of title: TitleKey) -> Bool {
        if piece.sameTitle(as: title) || title.normalized.contains(piece.normalized) { return true }
        return title.normalized.split(separator: " ").count >= 4 && piece.normalized.hasPrefix(title.normalized)
    }

    /// "2021": a cell that is a year and nothing else.
    static func isYear(_ cell: String) -> Bool {
        let t = cell.trimmedSpaces
        return t.utf8.count == 4 && t.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (t.hasPrefix("19") || t.hasPrefix("20"))
    }

    /// The text without a leading enumeration ("1.", "2)") and trailing dots or ellipses.
    static func withoutNumbering(_ text: String) -> String {
        var s = Substring(text.trimmedSpaces)
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = s.dropFirst(digits.count).first, next == "." || next == ")" { s = s.dropFirst(digits.count + 1) }
        while let last = s.last, last == "." || last == "…" || last == ":" { s = s.dropLast() }
        return String(s).trimmedSpaces
    }
}
