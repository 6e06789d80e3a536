import PlanwerkModel
import PlanwerkText

/// Finds detail forms ("Die Empfehlung im Detail"): runs of at least two field labels, each with its value
/// in the same table row, behind a colon, or in the lines below it; the title from "Handlungsempfehlung: X"
/// or the line after a "Handlungsempfehlung" heading before the form.
public struct DetailFormExtractor: Sendable {
    /// Every field's label and variants, with the field each names.
    static let labelFields: [DetailFormField] = DetailFormField.allCases.flatMap { f in Array(repeating: f, count: 1 + f.variants.count) }
    static let labels = LabelSet(DetailFormField.allCases.flatMap { [$0.label] + $0.variants })
    static let recommendationKey = Fuzzy.key("Handlungsempfehlung")

    /// Creates an extractor.
    public init() {}

    /// A label hit: the field, and the value on the same line (possibly empty).
    struct Hit {
        let index: Int
        let field: DetailFormField
        let inlineValue: String
    }

    /// All forms in document order.
    public func extract(_ blocks: [Block]) -> [DetailForm] {
        var hits: [Hit] = []
        for i in blocks.indices {
            if let hit = labelHit(blocks[i], index: i) { hits.append(hit) }
        }
        // Group hits into forms: consecutive hits at most 12 blocks apart, no field repeated.
        var groups: [[Hit]] = []
        for hit in hits {
            if var g = groups.last, let last = g.last, hit.index - last.index <= 12,
               !g.contains(where: { $0.field == hit.field }) {
                g.append(hit)
                groups[groups.count - 1] = g
            } else {
                groups.append([hit])
            }
        }
        var forms: [DetailForm] = []
        for g in groups where Set(g.map(\.field)).count >= 2 {
            guard let title = title(blocks, before: g[0].index) else { continue }
            var values: [DetailFormField: String] = [:]
            for (n, hit) in g.enumerated() {
                let nextIndex = n + 1 < g.count ? g[n + 1].index : blocks.count
                var parts = hit.inlineValue.isEmpty ? [] : [hit.inlineValue]
                var j = hit.index + 1
                // A value after a blank line only counts when another label of the form follows it.
                while j < nextIndex, j < blocks.count {
                    let b = blocks[j]
                    if b.blankLinesBefore > 0 && !(parts.isEmpty && b.blankLinesBefore == 1 && n + 1 < g.count) { break }
                    if b.isHeading { break }
                    parts.append(b.isTableRow ? b.cells.filter { !$0.isEmpty }.joined(separator: " ") : b.text)
                    j += 1
                }
                values[hit.field] = Self.flatten(parts.joined(separator: " "))
            }
            forms.append(DetailForm(title: title, details: DetailFormParser.details(from: values), fields: g.map(\.field),
                                    evidence: blocks[g[0].index].provenance.evidence))
        }
        return forms
    }

    static func flatten(_ s: String) -> String { s.collapsingSpaces(lineBreaks: false) }

    /// The label a block starts with, if any: a table row whose first cell is a label, a line that is a label,
    /// or a line that starts with a label and a colon.
    func labelHit(_ b: Block, index: Int) -> Hit? {
        if b.isTableRow {
            guard let firstIndex = b.cells.firstIndex(where: { !$0.isEmpty }) else { return nil }
            let first = b.cells[firstIndex]
            guard first.isAtMost(70), let field = fullMatch(first) else { return nil }
            let rest = b.cells[(firstIndex + 1)...].filter { !$0.isEmpty }.joined(separator: " ")
            return Hit(index: index, field: field, inlineValue: rest)
        }
        let text = b.text
        if text.isAtMost(70), let field = fullMatch(text.utf8.last == UInt8(ascii: ":") ? Substring(text.utf8.dropLast()) : text[...]) {
            return Hit(index: index, field: field, inlineValue: "")
        }
        guard let colon = text.firstColon(withinCharacters: 70) else { return nil }
        guard let field = fullMatch(text[..<colon]) else { return nil }
        return Hit(index: index, field: field, inlineValue: String(text[text.index(after: colon)...]).trimmedSpaces)
    }

    /// The field whose label (or a variant) the whole text is closest to.
    func fullMatch<S: StringProtocol>(_ text: S) -> DetailFormField? {
        Self.labels.closestMatch(text).map { Self.labelFields[$0] }
    }

    /// The title before a form: "Handlungsempfehlung: X", or the paragraph after a "Handlungsempfehlung" heading.
    func title(_ blocks: [Block], before index: Int) -> String? {
        for j in stride(from: index - 1, through: max(0, index - 14), by: -1) {
            let b = blocks[j]
            let text = b.text
            if let colon = text.firstColon(withinCharacters: 30),
               Fuzzy.matches(text[..<colon], key: Self.recommendationKey, limit: 3) {
                let title = TitleCleaner.clean(String(text[text.index(after: colon)...]))
                if !title.isEmpty { return title }
            }
            if !b.isTableRow, Fuzzy.matches(text, key: Self.recommendationKey, limit: 3) {
                if let next = blocks[(j + 1)..<index].first(where: { !$0.isTableRow && $0.text.count > 3 }) {
                    let title = TitleCleaner.clean(next.text)
                    if !title.isEmpty, fullMatch(title) == nil { return title }
                }
            }
        }
        return nil
    }
}
