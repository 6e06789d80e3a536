import Foundation
import PlanwerkModel
import PlanwerkText

/// Reads agreements ("Vereinbarung:"): the sentences after the heading until the next heading, list or title.
public struct AgreementExtractor: Sendable {
    static let key = Fuzzy.key("Vereinbarung")

    /// Creates an extractor.
    public init() {}

    /// The agreement texts in order.
    public func extract(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for (i, b) in blocks.enumerated() where !b.isTableRow && !b.isFurniture {
            guard let first = b.text.split(separator: " ").first,
                  Fuzzy.distance(Fuzzy.key(first), Self.key, limit: 2) != nil || Fuzzy.distance(Fuzzy.key(first), Fuzzy.key("Vereinbarungen"), limit: 2) != nil
            else { continue }
            let rest = b.text.dropFirst(first.count).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            if rest.count > 40 { out.append(rest); continue }
            for next in blocks[(i + 1)...] where !next.isFurniture {
                if next.isHeading || next.isTableRow || (next.isListItem && !out.isEmpty) { break }
                if next.text.count <= 40 && !next.text.hasSuffix(".") { break }
                out.append(next.text)
            }
        }
        return out
    }
}
