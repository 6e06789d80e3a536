import PlanwerkModel

/// Applies a meeting's corrections to its merged record and checks each against the new extraction: equal to
/// the value it corrected (`base`): applied; equal to the correction: absorbed (the extractor now agrees);
/// different from both: a `correction.conflict` error and the extraction stays; the item gone (and not found
/// by its quote): `correction.orphaned`. Nothing in the corrections is dropped.
public struct CorrectionLayer: Sendable {
    /// What applying did.
    public struct Outcome: Sendable {
        public var record: MeetingRecord
        /// Review state by fact key (keys without an entry are `extracted`).
        public var states: [String: Fact.State]
        /// Findings about the corrections (conflicts, orphans, values that do not fit).
        public var findings: [Finding]
        /// Keys whose correction the extraction now agrees with.
        public var absorbed: [String]
    }

    public init() {}

    /// The entries in force per key, in the order keys were first corrected: those after the last undo.
    public static func inForce(_ corrections: [Correction]) -> [(key: String, entries: [Correction])] {
        var order: [String] = []
        var byKey: [String: [Correction]] = [:]
        for c in corrections {
            if byKey[c.key] == nil { order.append(c.key) }
            if c.action == .undo { byKey[c.key] = [] } else { byKey[c.key, default: []].append(c) }
        }
        return order.compactMap { key in byKey[key].flatMap { $0.isEmpty ? nil : (key, $0) } }
    }

    public func apply(_ corrections: [Correction], to extracted: MeetingRecord) -> Outcome {
        var record = extracted
        var states: [String: Fact.State] = [:], findings: [Finding] = [], absorbed: [String] = []
        for (key, entries) in Self.inForce(corrections) {
            let change = entries.last { $0.action != .confirm }
            let entry = change ?? entries.last!
            let current = RecordFacts.value(key, quote: entry.quote, in: record)
            func finding(_ rule: String, _ severity: Severity, _ message: String) {
                let title = key.hasPrefix("recommendations/") ? entry.quote : nil
                findings.append(Finding(rule: rule, severity: severity, recommendation: title, message: message,
                                        evidence: evidence(key, entry.quote, record), field: key))
            }
            switch entry.action {
            case .add:
                if current != nil { states[key] = .corrected; absorbed.append(key) }
                else if RecordFacts.add(key, value: entry.value, in: &record) { states[key] = .corrected }
                else { finding("correction.invalid", .error, "Die Ergänzung „\(key)“ (\(entry.value)) passt nicht: \(Self.who(entry)).") }
            case .remove:
                if current == nil { states[key] = .corrected; absorbed.append(key) }
                else { _ = RecordFacts.remove(key, quote: entry.quote, in: &record); states[key] = .corrected }
            case .set, .clear, .confirm:
                let target: FactValue = entry.action == .set ? entry.value : entry.action == .clear ? .null : entry.base
                guard let now = current else {
                    finding("correction.orphaned", .warning, "Die \(Self.noun(entry)) von „\(key)“ (\(Self.who(entry))) findet ihre Angabe nicht mehr im Protokoll\(entry.quote.map { " („\($0)“)" } ?? ""); bitte prüfen, ob sie noch gilt.")
                    continue
                }
                if now == entry.base {
                    if entry.action == .confirm { states[key] = .confirmed; continue }
                    if RecordFacts.set(key, to: target, quote: entry.quote, in: &record) { states[key] = .corrected }
                    else { finding("correction.invalid", .error, "Der Wert „\(target)“ passt nicht zu „\(key)“ (\(Self.who(entry))).") }
                } else if now == target {
                    states[key] = entry.action == .confirm ? .confirmed : .corrected
                    absorbed.append(key)
                } else {
                    states[key] = .conflict
                    finding("correction.conflict", .error, "Widerspruch bei „\(key)“: erkannt war „\(entry.base)“, \(Self.noun(entry)) „\(target)“ (\(Self.who(entry))), jetzt erkannt „\(now)“. Bitte entscheiden und neu berichtigen oder bestätigen.")
                }
            case .undo: continue
            }
        }
        return Outcome(record: record, states: states, findings: findings, absorbed: absorbed)
    }

    func evidence(_ key: String, _ quote: String?, _ record: MeetingRecord) -> [Evidence] {
        RecordFacts.facts(of: record).first { $0.key == key || ($0.key.hasPrefix(key + "/")) }?.evidence ?? []
    }

    static func noun(_ c: Correction) -> String {
        switch c.action {
        case .set: return "Berichtigung"
        case .clear: return "Löschung"
        case .confirm: return "Bestätigung"
        case .add: return "Ergänzung"
        case .remove: return "Entfernung"
        case .undo: return "Rücknahme"
        }
    }

    static func who(_ c: Correction) -> String { "\(c.author), \(c.time)" }
}
