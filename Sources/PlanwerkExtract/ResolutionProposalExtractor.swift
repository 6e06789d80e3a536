import PlanwerkModel
import PlanwerkText

/// Reads proposed resolutions per Handlungsansatz after a heading like "Beschlussformulierungen zu den
/// 9 Handlungsansätzen können lauten:": a short title line per approach, its sentences, and "Alternativ:" variants.
public struct ResolutionProposalExtractor: Sendable {
    static let headingKey = Fuzzy.key("Beschlussformulierungen")
    static let alternativeKey = Fuzzy.key("Alternativ")

    /// Creates an extractor.
    public init() {}

    /// The proposals in order.
    public func extract(_ blocks: [Block]) -> [ResolutionProposal] {
        let body = blocks.filter { !$0.isFurniture || $0.text.count > 60 }
        guard let h = body.firstIndex(where: { b in
            // One of the first three words; a word within 3 edits of the heading key has at least 20 bytes.
            !b.isTableRow && Self.hasLongLeadingWord(b.text, bytes: Self.headingKey.count - 3) && b.text.leadingWords(3).words.contains {
                $0.utf8.count >= Self.headingKey.count - 3 && Fuzzy.matches($0, key: Self.headingKey, limit: 3)
            } && b.text.isAtMost(200)
        }) else { return [] }
        let expected = body[h].text.split(separator: " ").compactMap { Int($0) }.first { $0 > 0 && $0 < 100 }
        var out: [ResolutionProposal] = []
        var i = h + 1
        while i < body.count {
            let b = body[i]
            if b.isTableRow || b.isListItem { break }
            let text = b.text
            if let alt = alternative(text) {
                guard !out.isEmpty else { break }
                out[out.count - 1].alternatives.append(alt)
            } else if isTitle(text) {
                if let n = expected, out.count >= n { break }
                // Without a count: a title must be followed by a sentence.
                if expected == nil, !(i + 1 < body.count && !body[i + 1].isListItem && !body[i + 1].isTableRow && !isTitle(body[i + 1].text)) { break }
                out.append(ResolutionProposal(approach: TitleCleaner.clean(text), text: "", evidence: [b.provenance.evidence]))
            } else {
                guard !out.isEmpty else { break }
                let current = out[out.count - 1].text
                out[out.count - 1].text = current.isEmpty ? text : current + "\n" + text
            }
            i += 1
        }
        return out.filter { !$0.text.isEmpty }
    }

    /// True when one of the first three words (between plain spaces) has at least `bytes` bytes.
    static func hasLongLeadingWord(_ text: String, bytes: Int) -> Bool {
        var long = false
        _ = text.withUTF8Bytes { u in UTF8Search.forEachLeadingWord(3, in: u) { if $0.count >= bytes { long = true } } }
        return long
    }

    /// A title line: short, no sentence end, starts with a capital letter.
    func isTitle(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        return text.isAtMost(90) && !".:;!?".contains(text.last ?? ".")
    }

    /// The text of an "Alternativ: ..." paragraph.
    func alternative(_ text: String) -> String? {
        guard let colon = text.firstColon(withinCharacters: 14),
              Fuzzy.matches(text[..<colon], key: Self.alternativeKey, limit: 2) else { return nil }
        let rest = text[text.index(after: colon)...].trimmedSpaces
        return rest.isEmpty ? nil : rest
    }
}
