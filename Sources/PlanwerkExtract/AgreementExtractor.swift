import Foundation
import PlanwerkModel
import PlanwerkText

/// Reads agreements ("Vereinbarung:"): the sentences after the heading until the next heading, list or title.
public struct AgreementExtractor: Sendable {
    static let headings = LabelSet(["Vereinbarung", "Vereinbarungen"])

    /// Creates an extractor.
    public init() {}

    /// The agreement texts in order.
    public func extract(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for i in blocks.indices where !blocks[i].isTableRow && !blocks[i].isFurniture {
            // The first word (up to the first space), found on the bytes.
            let text = blocks[i].text
            let length = text.firstUTF8Offset(of: 32, within: 41) ?? min(text.utf8.count, 41)
            guard length >= 10, length <= 40 else { continue }
            guard Self.headings.matches(Substring(text.utf8.prefix(length))) else { continue }
            let rest = Substring(text.utf8.dropFirst(length)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            if !rest.isAtMost(40) { out.append(rest); continue }
            for next in blocks[(i + 1)...] where !next.isFurniture {
                if next.isHeading || next.isTableRow || (next.isListItem && !out.isEmpty) { break }
                if next.text.isAtMost(40) && !next.text.hasSuffix(".") { break }
                out.append(next.text)
            }
        }
        return out
    }
}
