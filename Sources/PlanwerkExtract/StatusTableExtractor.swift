import PlanwerkModel
import PlanwerkText

/// Reads status tables of earlier recommendations (Handlungsfeld | Handlungsempfehlung | Steuerungsrelevanz |
/// Jahr | Status) and lone status rows (year and status under a recommendation's title).
public struct StatusTableExtractor: Sendable {
    let profile: Profile
    /// The profile's relevance labels, keyed once.
    let relevanceLabels: LabelSet

    /// Creates an extractor for a profile (its relevance labels).
    public init(profile: Profile) {
        self.profile = profile
        relevanceLabels = LabelSet(profile.relevanceLabels.map(\.label))
    }

    struct Columns {
        var title: Int
        var status: Int
        var year: Int?
        var field: Int?
        var relevance: Int?
    }

    /// All status rows in document order.
    public func extract(_ blocks: [Block]) -> [StatusRow] {
        var out: [StatusRow] = []
        var i = 0
        while i < blocks.count {
            let b = blocks[i]
            guard b.isTableRow else { i += 1; continue }
            if let cols = header(b.cells) {
                var j = i + 1
                var shortLine: Block?
                while j < blocks.count {
                    // A short line inside the table ("mehr" wrapped off a row, a row whose cells a scan merged)
                    // does not end it; it may be the title of the row after it.
                    if !blocks[j].isTableRow {
                        guard blocks[j].text.isAtMost(80), j + 1 < blocks.count, blocks[j + 1].isTableRow else { break }
                        shortLine = blocks[j]
                        j += 1
                        continue
                    }
                    var block = blocks[j]
                    var consumed = 1
                    if j + 1 < blocks.count, let joined = joiningWrappedStatus(block, blocks[j + 1]) {
                        block = joined
                        consumed = 2
                    }
                    if let row = row(block, cols) {
                        out.append(row)
                    } else if let title = shortLine {
                        // "Fortschreibungsverfahren … steuerungsrelevant" over "2017 | nicht beraten | mehr".
                        var withTitle = block
                        withTitle.cells.insert(title.text, at: 0)
                        if let row = row(withTitle, cols) { out.append(row) }
                    }
                    shortLine = nil
                    j += consumed
                }
                i = j
                continue
            }
            // A lone row: only a year and a status, under a title paragraph.
            let filled = b.cells.filter { !$0.isEmpty }
            if filled.count == 2, let year = filled.compactMap(Self.year).first, let status = filled.compactMap(Self.status).first,
               let titleBlock = blocks[max(0, i - 2)..<i].last(where: { !$0.isTableRow && !$0.isFurniture }) {
                let title = TitleCleaner.clean(titleBlock.text)
                if !title.isAtMost(3) {
                    out.append(StatusRow(title: title, year: year, status: status, field: nil, relevance: nil,
                                         evidence: b.provenance.evidence))
                }
            }
            i += 1
        }
        return out
    }

    func cell(_ cells: [String], _ i: Int) -> String { i < cells.count ? cells[i] : "" }

    /// A row whose status the layout wrapped onto the next line ("2018 | beraten" + "und beschlossen | mehr"):
    /// the row with its last cell completed, when the row alone has no status and the joined words are one.
    func joiningWrappedStatus(_ block: Block, _ next: Block) -> Block? {
        let nextCells = next.isTableRow ? next.cells : [next.text]
        guard let last = block.cells.lastIndex(where: { !$0.isEmpty }), let first = nextCells.first(where: { !$0.isEmpty }),
              !block.cells.contains(where: { Self.status($0) != nil }), first.isAtMost(40) else { return nil }
        let tail = block.cells[last].split(separator: " ").filter { Self.year(String($0)) == nil }.joined(separator: " ")
        guard !tail.isEmpty, Self.status(tail + " " + first) != nil else { return nil }
        var joined = block
        joined.cells[last] += " " + first
        joined.cells += nextCells.drop { $0 != first }.dropFirst()
        return joined
    }

    /// A row read by the header's columns, or, when its cells do not line up with them (a row printed
    /// with shifted or merged cells), by what the cells say: a status, a year, a relevance, a title.
    func row(_ block: Block, _ cols: Columns) -> StatusRow? {
        let cells = block.cells
        let title = TitleCleaner.clean(cell(cells, cols.title))
        if !title.isEmpty, Self.year(title) == nil, Self.status(title) == nil, relevance(title) == nil,
           let status = Self.status(cell(cells, cols.status)) {
            let field = cols.field.map { cell(cells, $0) }.flatMap { $0.isEmpty ? nil : $0 }
            return StatusRow(title: title, year: cols.year.flatMap { Self.year(cell(cells, $0)) }, status: status, field: field,
                             relevance: cols.relevance.flatMap { relevance(cell(cells, $0)) }, evidence: block.provenance.evidence)
        }
        var status: RecommendationStatus?, year: Int?, rel: Relevance?, titleCell: String?
        for c in cells where !c.isEmpty {
            let words = c.split(separator: " ")
            if year == nil, let y = words.lazy.compactMap({ Self.year(String($0)) }).first { year = y }
            // "beraten und beschlossen mehr", "2019 Beratung": the status is the cell without year and link words.
            let rest = words.filter { Self.year(String($0)) == nil && $0.lowercased() != "mehr" }.joined(separator: " ")
            if status == nil, let s = Self.status(rest) { status = s; continue }
            // "steuerungsrelevant 2017 nicht beraten": relevance, year and status merged into one cell.
            if status == nil, let (r, s) = relevanceAndStatus(rest) {
                rel = rel ?? r
                status = s
                continue
            }
            if rel == nil, let r = relevance(rest) { rel = r; continue }
            var title = rest
            // "Methoden der Wirkungsmessung steuerungsrelevant": a relevance merged onto the title.
            if let (value, head) = relevanceSuffix(rest) {
                rel = rel ?? value
                title = head
            }
            if Self.year(c) == nil, !title.isEmpty, titleCell == nil || title.count > titleCell!.count,
               c.lowercased() != "mehr" { titleCell = title }
        }
        guard let status, let titleCell else { return nil }
        let cleaned = TitleCleaner.clean(titleCell)
        guard !cleaned.isAtMost(3) else { return nil }
        return StatusRow(title: cleaned, year: year, status: status, field: nil, relevance: rel, evidence: block.provenance.evidence)
    }

    func header(_ cells: [String]) -> Columns? {
        // A header cell may hold two labels when a scan merged the cells ("Jahre Status").
        func find(_ labels: LabelSet) -> Int? {
            cells.firstIndex { labels.matches($0) }
                ?? cells.firstIndex { c in
                    let (words, more) = c.leadingWords(3)
                    return !more && words.contains { labels.matches($0) }
                }
        }
        guard let status = find(Self.statusHeaders), let title = find(Self.titleHeaders) else { return nil }
        return Columns(title: title, status: status, year: find(Self.yearHeaders),
                       field: find(Self.fieldHeaders), relevance: find(Self.relevanceHeaders))
    }

    static let statusHeaders = LabelSet(["Status", "Stand", "Umsetzungsstand"])
    static let titleHeaders = LabelSet(["Handlungsempfehlung", "Handlungsempfehlungen", "Empfehlung", "Titel"])
    static let yearHeaders = LabelSet(["Jahr", "Jahre", "Fokusjahr"])
    static let fieldHeaders = LabelSet(["Handlungsfeld", "Handlungsfelder"])
    static let relevanceHeaders = LabelSet(["Steuerungsrelevanz", "Einschätzung"])

    /// "nicht beraten", "Beratung" ("in Beratung"), "beraten und beschlossen" ("beschlossen").
    static func status(_ raw: String) -> RecommendationStatus? {
        let t = raw.trimmedSpaces
        if t.isEmpty { return nil }
        for s in RecommendationStatus.allCases where Fuzzy.matches(t, label: s.rawValue) { return s }
        if Fuzzy.matches(t, label: "in Beratung") { return .inDiscussion }
        if Fuzzy.matches(t, label: "beschlossen") { return .resolved }
        return nil
    }

    static func year(_ raw: String) -> Int? {
        let t = raw.trimmedSpaces
        guard t.utf8.count == 4, let y = Int(t), (1990...2100).contains(y) else { return nil }
        return y
    }

    /// A cell that is a relevance label followed by a status (one to three words).
    func relevanceAndStatus(_ text: String) -> (Relevance, RecommendationStatus)? {
        let words = text.split(separator: " ")
        for n in 1...3 where words.count > n {
            if let status = Self.status(words.suffix(n).joined(separator: " ")),
               let relevance = relevance(words.dropLast(n).joined(separator: " ")) {
                return (relevance, status)
            }
        }
        return nil
    }

    /// A relevance label at the end of a cell, and the text before it.
    func relevanceSuffix(_ text: String) -> (Relevance, String)? {
        let words = text.split(separator: " ")
        for label in profile.relevanceLabels.sorted(by: { $0.label.count > $1.label.count }) {
            var labelText = label.label
            if let paren = labelText.firstIndex(of: "(") { labelText = String(labelText[..<paren]) }
            let n = labelText.split(separator: " ").count
            guard words.count > n, Fuzzy.matches(words.suffix(n).joined(separator: " "), label: labelText) else { continue }
            return (label.value, words.dropLast(n).joined(separator: " "))
        }
        return nil
    }

    func relevance(_ raw: String) -> Relevance? {
        let text = raw.firstUTF8Offset(of: UInt8(ascii: "("), within: .max).map { Substring(raw.utf8.prefix($0)) } ?? raw[...]
        return relevanceLabels.firstMatch(text).map { profile.relevanceLabels[$0].value }
    }
}
