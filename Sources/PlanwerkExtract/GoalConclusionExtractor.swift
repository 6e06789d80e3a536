import PlanwerkModel
import PlanwerkText

/// Reads the steering group's conclusions on the goal proposals: the points stated after the vote table (or,
/// where a source has no table, after the "Sozialpolitische Zielvorschläge" heading), up to the next heading
/// or table. Participants' notes there ("Handwritten Notes:", single words, fragments) are no conclusions:
/// a conclusion is a sentence.
public struct GoalConclusionExtractor: Sendable {
    static let headingWords = LabelSet(["Sozialpolitische Zielvorschläge", "Zielvorschläge", "Sozialpolitische Ziele"])
    /// The longest run of blocks read after the table.
    static let reach = 30

    /// Creates an extractor.
    public init() {}

    /// The conclusions in document order, each once.
    public func extract(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        func add(_ text: String) { if Self.isSentence(text), !out.contains(text) { out.append(text) } }
        for start in anchors(blocks) {
            var pending: String?
            var i = start
            while i < blocks.count, i < start + Self.reach {
                let b = blocks[i]
                i += 1
                let text = b.text.collapsingSpaces(lineBreaks: true)
                if b.isTableRow || b.isHeading || (!b.isListItem && Self.looksLikeHeading(text)) {
                    // "Handwritten Notes:" introduces notes, it ends nothing; a heading or a table ends the points.
                    if !b.isTableRow, !b.isHeading, text.hasSuffix(":") { continue }
                    break
                }
                if b.isFurniture { continue }
                // A point that does not end its sentence goes on in the next paragraph ("die sog." / "Querschnittsthemen …").
                if let open = pending, !b.isListItem, !Sentences.endsSentence(open) {
                    pending = open + " " + text
                    continue
                }
                if let done = pending { add(done) }
                pending = text
            }
            if let done = pending { add(done) }
        }
        return out
    }

    /// Where conclusions may start: after the last row of each vote table; after a goal heading not followed by one.
    func anchors(_ blocks: [Block]) -> [Int] {
        var out: [Int] = []
        var i = 0
        while i < blocks.count {
            let b = blocks[i]
            if b.isTableRow, GoalProposalExtractor.isVoteHeader(b.cells) {
                var j = i + 1
                while j < blocks.count, blocks[j].isTableRow { j += 1 }
                out.append(j)
                i = j
                continue
            }
            if !b.isTableRow, Self.isGoalHeading(b.text) {
                var j = i + 1
                while j < blocks.count, !blocks[j].isTableRow, Self.isGoalHeading(blocks[j].text) { j += 1 }  // the heading repeated
                if j < blocks.count, !blocks[j].isTableRow, !out.contains(j) { out.append(j) }
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// "Sozialpolitische Zielvorschläge 2023": the heading words, perhaps with a year.
    static func isGoalHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }  // a heading is short
        let words = text.split(separator: " ")
        guard words.count <= 5 else { return false }
        let withoutYear = words.filter { Int($0) == nil }.joined(separator: " ")
        return headingWords.matches(withoutYear)
    }

    /// A short line without a sentence's end ("Einschätzung der Handlungsempfehlungen 2023", "Handwritten Notes:").
    static func looksLikeHeading(_ text: String) -> Bool {
        let t = text.trimmedSpaces
        guard let last = t.last else { return false }
        return t.split(separator: " ").count <= 8 && !".!?".contains(last)
    }

    /// At least four words and a sentence's end.
    static func isSentence(_ text: String) -> Bool { Sentences.endsSentence(text) && text.split(separator: " ").count >= 4 }
}
