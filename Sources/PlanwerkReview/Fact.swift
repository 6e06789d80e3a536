import PlanwerkModel

/// One fact of a record: its stable key, its value, where the protocol states it, and its review state.
public struct Fact: Sendable, Hashable {
    /// How far the fact has been reviewed.
    public enum State: String, Sendable, Hashable {
        case extracted = "erkannt", confirmed = "bestätigt", corrected = "berichtigt", conflict = "Widerspruch"
    }

    public var key: String
    public var value: FactValue
    public var evidence: [Evidence]
    /// The item's title (or date), to find the item again when its key changes.
    public var quote: String?
    public var state: State

    public init(key: String, value: FactValue, evidence: [Evidence], quote: String? = nil, state: State = .extracted) {
        self.key = key
        self.value = value
        self.evidence = evidence
        self.quote = quote
        self.state = state
    }

    /// How sure the reading is, 0…1: by the kind of the sources that state it (text above a PDF's text layer
    /// above OCR), a little more when several sources agree; 1 once a person confirmed or corrected it.
    public func confidence(sources: [Source]) -> Double {
        if state == .confirmed || state == .corrected { return 1 }
        let kinds = evidence.compactMap { e in sources.first { $0.file == e.file }?.kind }
        guard !kinds.isEmpty else { return 0.5 }
        let best = kinds.map { kind -> Double in
            switch kind {
            case .text: return 0.9
            case .pdf: return 0.85
            case .ocr: return 0.7
            }
        }.max() ?? 0.5
        return min(0.99, best + 0.05 * Double(kinds.count - 1))
    }
}
