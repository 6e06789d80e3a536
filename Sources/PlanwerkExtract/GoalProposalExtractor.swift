import PlanwerkModel
import PlanwerkText

/// Reads the table of sozialpolitische Zielvorschläge: a header row with "Stimme zu" and
/// "Passt für mich nicht" (and "Anmerkungen"), then one row per proposal with both counts and comments.
public struct GoalProposalExtractor: Sendable {
    static let agreeLabels = LabelSet(["Stimme zu", "Zustimmung", "Ja"])
    static let disagreeLabels = LabelSet(["Passt für mich nicht", "Passt nicht", "Stimme nicht zu", "Ablehnung", "Nein"])
    static let commentLabels = LabelSet(["Meine Anmerkungen", "Anmerkungen", "Kommentar", "Kommentare", "Bemerkungen"])
    static let titleLabels = LabelSet(["Zielvorschlag", "Zielvorschläge", "Sozialpolitischer Zielvorschlag", "Ziel"])

    /// Creates an extractor.
    public init() {}

    /// All goal proposals of all goal tables; `meetingYear` is used when no heading names the year.
    public func extract(_ blocks: [Block], meetingYear: Int?) -> [GoalProposal] {
        var out: [GoalProposal] = []
        var i = 0
        while i < blocks.count {
            let b = blocks[i]
            guard b.isTableRow, let columns = headerColumns(b.cells) else { i += 1; continue }
            let year = headingYear(blocks, before: i) ?? meetingYear
            var j = i + 1
            while j < blocks.count, blocks[j].isTableRow {
                let cells = Self.splitMergedCount(blocks[j].cells, columns)
                let title = TitleCleaner.clean(cell(cells, columns.title))
                if !title.isEmpty, headerColumns(cells) == nil {
                    let agreeRaw = cell(cells, columns.agree), disagreeRaw = cell(cells, columns.disagree)
                    let agree = Self.count(agreeRaw), disagree = Self.count(disagreeRaw)
                    let comments = columns.comment.map { cell(cells, $0) }.map(Self.comments) ?? []
                    out.append(GoalProposal(year: year, title: title, agree: agree, disagree: disagree,
                                            rawVotes: agree == nil || disagree == nil ? [agreeRaw, disagreeRaw] : nil,
                                            comments: comments, evidence: [blocks[j].provenance.evidence]))
                }
                j += 1
            }
            i = j
        }
        return out
    }

    struct Columns: Equatable {
        var title: Int
        var agree: Int
        var disagree: Int
        var comment: Int?
    }

    /// True for the header row of a vote table ("Zielvorschlag | Stimme zu | Passt für mich nicht").
    static func isVoteHeader(_ cells: [String]) -> Bool { GoalProposalExtractor().headerColumns(cells) != nil }

    func headerColumns(_ cells: [String]) -> Columns? {
        guard let agree = cells.firstIndex(where: { Self.agreeLabels.matches($0) }),
              let disagree = cells.firstIndex(where: { Self.disagreeLabels.matches($0) }),
              agree != disagree else { return nil }
        let title = cells.firstIndex(where: { Self.titleLabels.matches($0) })
            ?? cells.indices.first(where: { $0 != agree && $0 != disagree }) ?? 0
        let comment = cells.firstIndex(where: { Self.commentLabels.matches($0) })
        return Columns(title: title, agree: agree, disagree: disagree, comment: comment)
    }

    func cell(_ cells: [String], _ i: Int) -> String { i < cells.count ? cells[i] : "" }

    /// A row whose first count ran into the title cell ("Wohnen sichern 10 | 1 | …", a tab a layout or
    /// a scan lost): the count is split off again when the counts are otherwise one short.
    static func splitMergedCount(_ cells: [String], _ columns: Columns) -> [String] {
        guard columns.title < columns.agree, columns.agree < columns.disagree, columns.title < cells.count,
              count(columns.disagree < cells.count ? cells[columns.disagree] : "") == nil,
              count(columns.agree < cells.count ? cells[columns.agree] : "") != nil else { return cells }
        var words = cells[columns.title].split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last else { return cells }
        // "absichern 15", or "betreiben15" when a scan lost the gap: the count off the title's end.
        let digits = String(last.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        let head = last.dropLast(digits.count)
        guard let n = count(digits), head.isEmpty || (head.count >= 3 && head.last!.isLetter) else { return cells }
        if head.isEmpty { words.removeLast() } else { words[words.count - 1] = String(head) }
        var out = cells
        out[columns.title] = words.joined(separator: " ")
        out.insert(String(n), at: columns.title + 1)
        return out
    }

    /// A clean count ("15") or nil ("l5", "", "?").
    static func count(_ raw: String) -> Int? {
        let t = raw.trimmedSpaces
        guard !t.isEmpty, t.count <= 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    static func comments(_ raw: String) -> [String] {
        raw.splitUTF8(at: "\u{2029}").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
    }

    /// The year in the nearest heading-like block naming "Zielvorschläge" before the table.
    func headingYear(_ blocks: [Block], before index: Int) -> Int? {
        let key = Fuzzy.key("Zielvorschläge")
        for b in blocks[max(0, index - 12)..<index].reversed() where !b.isTableRow {
            let words = b.text.split(separator: " ")
            guard words.contains(where: { Fuzzy.matches($0, key: key, limit: 2) }) else { continue }
            if let y = words.compactMap({ Int($0) }).first(where: { (1990...2100).contains($0) }) { return y }
        }
        return nil
    }
}
