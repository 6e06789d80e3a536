import PlanwerkModel
import PlanwerkText

/// Finds the agenda ("Agenda", "Tagesordnung", "Programm") near the start of a protocol and reads its items:
/// list items (sub-items go to `items`), or short plain lines; numbering and decorations are removed.
public struct AgendaExtractor: Sendable {
    /// Headings that open an agenda.
    public static let headings = LabelSet(["Agenda", "Tagesordnung", "Programm", "Unser Programm", "Ablauf der Sitzung"])

    /// Creates an extractor.
    public init() {}

    /// The agenda, empty when none is found in the first quarter (or first 80 blocks) of the document.
    public func extract(_ blocks: [Block]) -> [AgendaItem] {
        let limit = max(80, blocks.count / 4)
        guard let start = blocks.prefix(limit).firstIndex(where: {
            !$0.isTableRow && !$0.isListItem && $0.text.isAtMost(40) && Self.headings.matches($0.text)
        }) else { return [] }
        var items: [AgendaItem] = []
        var baseLevel: Int?
        var plainMode = false
        for b in blocks[(start + 1)...] where !b.isFurniture {
            switch b.kind {
            case .listItem(let level) where !plainMode:
                let title = TitleCleaner.agendaTitle(b.text)
                if title.isEmpty { continue }
                if baseLevel == nil { baseLevel = level }
                if level > baseLevel!, !items.isEmpty {
                    items[items.count - 1].items.append(title)
                } else {
                    if items.contains(where: { $0.title == title }) { return items }
                    items.append(AgendaItem(position: items.count + 1, title: title, evidence: [b.provenance.evidence]))
                }
            case .paragraph, .heading:
                if baseLevel != nil { return items }
                let title = TitleCleaner.agendaTitle(b.text)
                let isItemLike = title.isAtMost(80) && !b.text.hasSuffix(".") && !title.isEmpty
                if !isItemLike || (plainMode && b.blankLinesBefore >= 2) { return items }
                if items.contains(where: { $0.title == title }) { return items }
                plainMode = true
                items.append(AgendaItem(position: items.count + 1, title: title, evidence: [b.provenance.evidence]))
            default:
                if !items.isEmpty { return items }
                return items
            }
        }
        return items
    }
}
