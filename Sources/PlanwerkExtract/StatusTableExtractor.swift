import PlanwerkModel
import PlanwerkText

/// Reads status tables of earlier recommendations (Handlungsfeld | Handlungsempfehlung | Steuerungsrelevanz |
/// Jahr | Status) and lone status rows (year and status under a recommendation's title).
public struct StatusTableExtractor: Sendable {
    let profile: Profile

    /// Creates an extractor for a profile (its relevance labels).
    public init(profile: Profile) { self.profile = profile }

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
                while j < blocks.count {
                    // A stray one-word line inside the table ("mehr" wrapped off a row) does not end it.
                    if !blocks[j].isTableRow {
                        guard !blocks[j].text.contains(" "), j + 1 < blocks.count, blocks[j + 1].isTableRow else { break }
                        j += 1
                        continue
                    }
                    if let row = row(blocks[j], cols) { out.append(row) }
                    j += 1
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

    /// A row read by the header's columns, or, when its cells do not line up with them (a row printed
    /// with shifted or merged cells), by what the cells say: a status, a year, a relevance, a title.
    func row(_ block: Block, _ cols: Columns) -> StatusRow? {
        let cells = block.cells
        let title = TitleCleaner.clean(cell(cells, cols.title))
        if !title.isEmpty, Self.year(title) == nil, Self.status(title) == nil, let status = Self.status(cell(cells, cols.status)) {
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
            if rel == nil, let r = relevance(rest) { rel = r; continue }
            if Self.year(c) == nil, !rest.isEmpty, titleCell == nil || rest.count > titleCell!.count,
               c.lowercased() != "mehr" { titleCell = rest }
        }
        guard let status, let titleCell else { return nil }
        let cleaned = TitleCleaner.clean(titleCell)
        guard !cleaned.isAtMost(3) else { return nil }
        return StatusRow(title: cleaned, year: year, status: status, field: nil, relevance: rel, evidence: block.provenance.evidence)
    }

    func header(_ cells: [String]) -> Columns? {
        func find(_ labels: [String]) -> Int? { cells.firstIndex { Fuzzy.matchesAny($0, labels: labels) } }
        guard let title = find(["Handlungsempfehlung", "Handlungsempfehlungen", "Empfehlung", "Titel"]),
              let status = find(["Status", "Stand", "Umsetzungsstand"]) else { return nil }
        return Columns(title: title, status: status, year: find(["Jahr", "Jahre", "Fokusjahr"]),
                       field: find(["Handlungsfeld", "Handlungsfelder"]), relevance: find(["Steuerungsrelevanz", "Einschätzung"]))
    }

    /// "nicht beraten", "Beratung" ("in Beratung"), "beraten und beschlossen" ("beschlossen").
    static func status(_ raw: String) -> RecommendationStatus? {
        let t = raw.trimmedSpaces
        if t.isEmpty { return nil }
        for s in RecommendationStatus.allCases where Fuzzy.matches(t, label: s.rawValue) { return s }
        if Fuzzy.matchesAny(t, labels: ["in Beratung"]) { return .inDiscussion }
        if Fuzzy.matchesAny(t, labels: ["beschlossen"]) { return .resolved }
        return nil
    }

    static func year(_ raw: String) -> Int? {
        let t = raw.trimmedSpaces
        guard t.count == 4, let y = Int(t), (1990...2100).contains(y) else { return nil }
        return y
    }

    func relevance(_ raw: String) -> Relevance? {
        var text = raw
        if let paren = text.firstIndex(of: "(") { text = String(text[..<paren]) }
        return profile.relevanceLabels.first { Fuzzy.matches(text, label: $0.label) }?.value
    }
}
