import PlanwerkModel
import PlanwerkText

/// The facts of a record under stable keys, and the one place that reads and writes a fact by its key:
/// `meeting/<field>`, `recommendations/<item>/<field>`, `goalProposals/<item>/<field>`, `nextMeetings/<date>/<field>`.
/// An item is keyed by what the protocol states (the first words of its title as a slug, a meeting's date),
/// never by position; the item itself (for adding and removing) is `<section>/<item>`.
public enum RecordFacts {
    /// A field of an item kind: its name in the key, how to read it, how to write it (false: the value does not fit).
    struct Field<Item>: Sendable {
        let name: String
        let get: @Sendable (Item) -> FactValue
        let set: @Sendable (inout Item, FactValue) -> Bool
    }

    /// The German name of each field, as a reviewer reads it.
    static let labels: [String: String] = [
        "date": "Datum", "location": "Ort", "online": "Online-Sitzung", "relevance": "Einschätzung",
        "includedInDossier": "Ins Planungsdossier aufgenommen", "dossier": "Vermerk zum Dossier", "year": "Jahr", "status": "Beratungsstand",
        "field": "Handlungsfeld", "details.description": "Beschreibung", "details.initialSituation": "Ausgangslage", "details.goals": "Ziele",
        "details.annualBudget.amountEUR": "Jährlicher Mitteleinsatz (EUR)", "details.serviceType.kind": "Art der Leistung",
        "details.strategicGoals.refs": "Strategische Ziele", "details.resourceImpact": "Ressourcen", "agree": "Zustimmung",
        "disagree": "Ablehnung", "start": "Beginn", "end": "Ende",
    ]

    /// The German name of a key's field (the item itself: "Eintrag").
    public static func label(_ key: String) -> String {
        guard let field = parts(key)?.field else { return "Eintrag" }
        return labels[field] ?? field
    }

    /// The key of the fact a finding concerns: the recommendation's first field named by `field` (a field or the
    /// start of one, e.g. `details.annualBudget`), else its first field.
    public static func factKey(recommendation title: String, field: String?) -> String {
        let names = recommendationFields.map(\.name)
        let name = field.flatMap { f in names.first { $0 == f || $0.hasPrefix(f + ".") } } ?? names[0]
        return "recommendations/\(itemKey(title))/\(name)"
    }

    /// Words of a title that make its item key.
    static let keyWords = 5

    /// The item key of a title: its first words as a slug ("ausweitung-des-modellprojekts-rucksack-kita").
    public static func itemKey(_ title: String) -> String {
        let words = Slug.make(title).split(separator: "-").prefix(keyWords)
        return words.isEmpty ? "ohne-titel" : words.joined(separator: "-")
    }

    static func text(_ v: FactValue, _ apply: (String?) -> Void) -> Bool {
        switch v {
        case .null: apply(nil); return true
        case .string(let s): apply(s.isEmpty ? nil : s); return true
        default: return false
        }
    }

    static func number(_ v: FactValue, _ apply: (Int?) -> Void) -> Bool {
        switch v {
        case .null: apply(nil); return true
        case .int(let i): apply(i); return true
        case .string(let s): if let i = Int(s) { apply(i); return true } else { return false }
        default: return false
        }
    }

    static func details(_ r: inout Recommendation, _ change: (inout RecommendationDetails) -> Bool) -> Bool {
        var d = r.details ?? RecommendationDetails()
        guard change(&d) else { return false }
        r.details = d
        return true
    }

    static let meetingFields: [Field<MeetingRecord>] = [
        Field(name: "date", get: { .string($0.date) }, set: { r, v in
            guard let s = v.text, GermanDate.validISO(s) != nil else { return false }
            r.date = s
            return true
        }),
        Field(name: "location", get: { FactValue($0.location) }, set: { r, v in text(v) { r.location = $0 } }),
        Field(name: "online", get: { .bool($0.online) }, set: { r, v in guard let b = v.flag else { return false }; r.online = b; return true }),
    ]

    static let recommendationFields: [Field<Recommendation>] = [
        Field(name: "relevance", get: { FactValue($0.relevance?.rawValue) }, set: { r, v in
            if v == .null { r.relevance = nil; return true }
            guard let s = v.text, let rel = Relevance(rawValue: s) else { return false }
            r.relevance = rel
            return true
        }),
        Field(name: "includedInDossier", get: { FactValue($0.includedInDossier) }, set: { r, v in
            if v == .null { r.includedInDossier = nil; return true }
            guard let b = v.flag else { return false }
            r.includedInDossier = b
            return true
        }),
        Field(name: "dossier", get: { FactValue($0.dossier) }, set: { r, v in text(v) { r.dossier = $0 } }),
        Field(name: "year", get: { FactValue($0.year) }, set: { r, v in number(v) { r.year = $0 } }),
        Field(name: "status", get: { FactValue($0.status?.rawValue) }, set: { r, v in
            if v == .null { r.status = nil; return true }
            guard let s = v.text, let st = RecommendationStatus(rawValue: s) else { return false }
            r.status = st
            return true
        }),
        Field(name: "field", get: { FactValue($0.field) }, set: { r, v in text(v) { r.field = $0 } }),
        Field(name: "details.description", get: { FactValue($0.details?.description) }, set: { r, v in details(&r) { d in text(v) { d.description = $0 } } }),
        Field(name: "details.initialSituation", get: { FactValue($0.details?.initialSituation) },
              set: { r, v in details(&r) { d in text(v) { d.initialSituation = $0 } } }),
        Field(name: "details.goals", get: { FactValue($0.details?.goals) }, set: { r, v in details(&r) { d in text(v) { d.goals = $0 } } }),
        Field(name: "details.annualBudget.amountEUR", get: { FactValue($0.details?.annualBudget.amountEUR) }, set: { r, v in
            details(&r) { d in number(v) { amount in
                // A new amount replaces the protocol's wording (its calculation states the old one).
                if amount != d.annualBudget.amountEUR { d.annualBudget.text = amount.map(EuroFormat.euros) }
                d.annualBudget.amountEUR = amount
            } }
        }),
        Field(name: "details.serviceType.kind", get: { FactValue($0.details?.serviceType.kind?.rawValue) }, set: { r, v in
            details(&r) { d in
                if v == .null { d.serviceType.kind = nil; return true }
                guard let s = v.text, let kind = ServiceKind(rawValue: s) else { return false }
                d.serviceType.kind = kind
                d.serviceType.text = d.serviceType.text ?? (kind == .voluntary ? "freiwillige Leistung" : "Pflichtleistung")
                return true
            }
        }),
        Field(name: "details.strategicGoals.refs", get: { r in
            // No reference is no value, whether or not the recommendation has a detail form.
            guard let refs = r.details?.strategicGoals.refs, !refs.isEmpty else { return .null }
            return .strings(refs)
        }, set: { r, v in
            details(&r) { d in
                guard let refs = v.texts else { return false }
                d.strategicGoals.refs = refs
                return true
            }
        }),
        Field(name: "details.resourceImpact", get: { FactValue($0.details?.resourceImpact) },
              set: { r, v in details(&r) { d in text(v) { d.resourceImpact = $0 } } }),
    ]

    static let goalFields: [Field<GoalProposal>] = [
        Field(name: "agree", get: { FactValue($0.agree) }, set: { g, v in number(v) { g.agree = $0 } }),
        Field(name: "disagree", get: { FactValue($0.disagree) }, set: { g, v in number(v) { g.disagree = $0 } }),
    ]

    static let nextMeetingFields: [Field<NextMeeting>] = [
        Field(name: "start", get: { FactValue($0.start) }, set: { n, v in text(v) { n.start = $0 } }),
        Field(name: "end", get: { FactValue($0.end) }, set: { n, v in text(v) { n.end = $0 } }),
        Field(name: "location", get: { FactValue($0.location) }, set: { n, v in text(v) { n.location = $0 } }),
    ]

    /// Every fact of the record, in document order: key, value, evidence.
    public static func facts(of record: MeetingRecord) -> [Fact] {
        let meetingEvidence = record.sources.map { Evidence(file: $0.file) }
        var out = meetingFields.map { Fact(key: "meeting/\($0.name)", value: $0.get(record), evidence: meetingEvidence) }
        for rec in record.recommendations {
            let item = "recommendations/\(itemKey(rec.title))"
            out += recommendationFields.map { Fact(key: "\(item)/\($0.name)", value: $0.get(rec), evidence: rec.evidence, quote: rec.title) }
        }
        for goal in record.goalProposals {
            let item = "goalProposals/\(itemKey(goal.title))"
            out += goalFields.map { Fact(key: "\(item)/\($0.name)", value: $0.get(goal), evidence: goal.evidence, quote: goal.title) }
        }
        for next in record.nextMeetings {
            out += nextMeetingFields.map { Fact(key: "nextMeetings/\(next.date)/\($0.name)", value: $0.get(next), evidence: next.evidence, quote: next.date) }
        }
        return out
    }

    /// The parts of a key: section, item (nil for `meeting/…`), field (nil for an item key).
    static func parts(_ key: String) -> (section: String, item: String?, field: String?)? {
        let p = key.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard let section = p.first else { return nil }
        if section == "meeting" { return p.count == 2 ? (section, nil, p[1]) : nil }
        guard ["recommendations", "goalProposals", "nextMeetings"].contains(section), p.count >= 2, !p[1].isEmpty else { return nil }
        return (section, p[1], p.count == 3 ? p[2] : nil)
    }

    /// True when the key names a known field or item.
    public static func isKnown(_ key: String) -> Bool {
        guard let (section, _, field) = parts(key) else { return false }
        guard let field else { return section != "meeting" }
        switch section {
        case "meeting": return meetingFields.contains { $0.name == field }
        case "recommendations": return recommendationFields.contains { $0.name == field }
        case "goalProposals": return goalFields.contains { $0.name == field }
        default: return nextMeetingFields.contains { $0.name == field }
        }
    }

    /// The index of the item a key names: by its key, else (an OCR slip changed the title) by the quote.
    static func index(_ section: String, _ item: String, quote: String?, in record: MeetingRecord) -> Int? {
        func find<T>(_ items: [T], _ title: (T) -> String) -> Int? {
            if let i = items.firstIndex(where: { itemKey(title($0)) == item }) { return i }
            guard let quote else { return nil }
            let key = TitleKey(quote)
            return items.firstIndex { TitleKey(title($0)).sameTitle(as: key) }
        }
        switch section {
        case "recommendations": return find(record.recommendations, \.title)
        case "goalProposals": return find(record.goalProposals, \.title)
        case "nextMeetings": return record.nextMeetings.firstIndex { $0.date == item }
        default: return nil
        }
    }

    /// The value of a key; nil when the key's item is not in the record.
    public static func value(_ key: String, quote: String? = nil, in record: MeetingRecord) -> FactValue? {
        guard let (section, item, field) = parts(key) else { return nil }
        guard let item else { return meetingFields.first { $0.name == field }?.get(record) }
        guard let i = index(section, item, quote: quote, in: record) else { return nil }
        guard let field else { return .bool(true) }  // the item exists
        switch section {
        case "recommendations": return recommendationFields.first { $0.name == field }?.get(record.recommendations[i])
        case "goalProposals": return goalFields.first { $0.name == field }?.get(record.goalProposals[i])
        default: return nextMeetingFields.first { $0.name == field }?.get(record.nextMeetings[i])
        }
    }

    /// Writes a field's value; false when the item is missing or the value does not fit the field.
    public static func set(_ key: String, to value: FactValue, quote: String? = nil, in record: inout MeetingRecord) -> Bool {
        guard let (section, item, field) = parts(key), let field else { return false }
        guard let item else {
            guard let f = meetingFields.first(where: { $0.name == field }) else { return false }
            return f.set(&record, value)
        }
        guard let i = index(section, item, quote: quote, in: record) else { return false }
        switch section {
        case "recommendations": return recommendationFields.first { $0.name == field }?.set(&record.recommendations[i], value) ?? false
        case "goalProposals": return goalFields.first { $0.name == field }?.set(&record.goalProposals[i], value) ?? false
        default: return nextMeetingFields.first { $0.name == field }?.set(&record.nextMeetings[i], value) ?? false
        }
    }

    /// Adds an item a protocol missed: a recommendation (value: its title), a goal proposal (its title), a next
    /// meeting (the item is its date). False when it exists or the value does not fit.
    public static func add(_ key: String, value: FactValue, in record: inout MeetingRecord) -> Bool {
        guard let (section, item, field) = parts(key), let item, field == nil, index(section, item, quote: value.text, in: record) == nil else { return false }
        switch section {
        case "recommendations":
            guard let title = value.text, itemKey(title) == item else { return false }
            record.recommendations.append(Recommendation(title: title))
        case "goalProposals":
            guard let title = value.text, itemKey(title) == item else { return false }
            record.goalProposals.append(GoalProposal(year: nil, title: title, agree: nil, disagree: nil))
        default:
            guard GermanDate.validISO(item) != nil else { return false }
            record.nextMeetings.append(NextMeeting(date: item))
            record.nextMeetings.sort { $0.date < $1.date }
        }
        return true
    }

    /// Removes a spurious item; false when it is not there.
    public static func remove(_ key: String, quote: String?, in record: inout MeetingRecord) -> Bool {
        guard let (section, item, field) = parts(key), let item, field == nil, let i = index(section, item, quote: quote, in: record) else { return false }
        switch section {
        case "recommendations": record.recommendations.remove(at: i)
        case "goalProposals": record.goalProposals.remove(at: i)
        default: record.nextMeetings.remove(at: i)
        }
        return true
    }
}
