import PlanwerkModel
import PlanwerkText

/// The fields a council template may bind, and their values for one paper. A gap is reported where
/// the recommendation has an error-level finding about the record field the paper field shows.
public enum PaperFields {
    /// Scalar fields with what they say, for the documentation and the load-time check.
    public static let scalars: [String: String] = [
        "vorlage.nummer": "Vorlagen-Nr.", "vorlage.datum": "Datum der Vorlage", "vorlage.art": "Vorlageart",
        "kreis.name": "Kreis", "kreis.federfuehrend": "federführende Stelle", "kreis.beteiligt": "beteiligte Stellen",
        "kreis.bearbeitung": "Bearbeiter/-in", "kreis.status": "öffentlich/nichtöffentlich",
        "sitzung.datum": "Datum der Sitzung der Steuerungsgruppe", "sitzung.gremium": "Gremium", "sitzung.ort": "Ort",
        "empfehlung.titel": "Titel", "empfehlung.beschreibung": "Beschreibung der Empfehlung",
        "empfehlung.ausgangslage": "Ausgangslage", "empfehlung.ziele": "Ziele/Effekte/Wirkungen",
        "empfehlung.mitteleinsatz": "Mitteleinsatz (jährlich, Betrag)", "empfehlung.mitteleinsatz.text": "Mitteleinsatz wie im Protokoll",
        "empfehlung.leistungsart": "Art der Leistung", "empfehlung.ressourcen": "Auswirkungen auf Ressourcen",
        "empfehlung.zielbezug": "Zielrichtung und Bezug zu den strategischen Zielen", "empfehlung.wechselwirkungen": "Wechselwirkungen",
        "empfehlung.einschaetzung": "Einschätzung (Steuerungsrelevanz)", "empfehlung.dossier": "Planungsdossier",
        "empfehlung.fokusjahr": "Fokusjahr", "empfehlung.handlungsfeld": "Handlungsfeld", "empfehlung.status": "Beratungsstand",
        "empfehlung.einschaetzung.steuerungsgruppe": "Einschätzung der Steuerungsgruppe (Detailformular)",
        "empfehlung.entwickelt": "Entwickelt von", "empfehlung.verantwortlich": "Verantwortlich für die Umsetzung",
        "beratung.erstesgremium": "erstes Gremium der Beratungsfolge", "beratung.entscheidungsgremium": "entscheidendes Gremium",
    ]

    /// List fields and the names each element has.
    public static let lists: [String: Set<String>] = [
        "empfehlung.strategischeziele": ["nummer", "text"],
        "empfehlung.anmerkungen": ["text"],
        "beratung.folge": ["datum", "gremium", "zustaendigkeit"],
    ]

    /// The gap label of a paper field and the record field (of the recommendation) it shows.
    static let required: [String: (label: String, field: String)] = [
        "empfehlung.mitteleinsatz": ("Mitteleinsatz", "details.annualBudget"),
        "empfehlung.mitteleinsatz.text": ("Mitteleinsatz", "details.annualBudget"),
        "empfehlung.leistungsart": ("Art der Leistung", "details.serviceType"),
        "empfehlung.zielbezug": ("strategische Ziele", "details.strategicGoals"),
        "empfehlung.strategischeziele": ("strategische Ziele", "details.strategicGoals"),
    ]

    /// The gap labels of the paper's error findings (findings about other fields are listed by message).
    public static func gapLabels(_ context: PaperContext) -> [String] {
        context.errorFindings.map { f in required.values.first { $0.field == f.field }?.label ?? f.message }
    }

    /// The value of a field.
    public static func value(_ name: String, _ c: PaperContext) -> FieldValue {
        if let (label, field) = required[name], c.errorFindings.contains(where: { $0.field == field }) { return .gap(label) }
        let r = c.recommendation
        let d = r.details
        switch name {
        case "vorlage.nummer": return text(c.number)
        case "vorlage.datum": return text(c.date)
        case "vorlage.art": return .empty  // filled by the composer from the template
        case "kreis.name": return text(c.office.kreis)
        case "kreis.federfuehrend": return text(c.office.lead)
        case "kreis.beteiligt": return text(c.office.involved)
        case "kreis.bearbeitung": return text(c.office.clerk)
        case "kreis.status": return text(c.office.status)
        case "sitzung.datum": return text(c.record.date)
        case "sitzung.gremium": return text(c.record.body)
        case "sitzung.ort": return text(c.record.location)
        case "empfehlung.titel": return text(r.title)
        case "empfehlung.beschreibung": return text(d?.description)
        case "empfehlung.ausgangslage": return text(d?.initialSituation)
        case "empfehlung.ziele": return text(d?.goals)
        case "empfehlung.mitteleinsatz": return d?.annualBudget.amountEUR.map { .text(EuroFormat.euros($0)) } ?? text(d?.annualBudget.text)
        case "empfehlung.mitteleinsatz.text": return text(d?.annualBudget.text)
        case "empfehlung.leistungsart":
            switch d?.serviceType.kind {
            case .voluntary: return .text("freiwillige Leistung")
            case .mandatory: return .text("Pflichtleistung")
            case nil: return text(d?.serviceType.text)
            }
        case "empfehlung.ressourcen": return text(d?.resourceImpact)
        case "empfehlung.zielbezug": return text(d?.strategicGoals.text)
        case "empfehlung.wechselwirkungen": return text(d?.interactions)
        case "empfehlung.einschaetzung": return text(r.relevance?.germanLabel)
        case "empfehlung.dossier": return text(r.dossier)
        case "empfehlung.fokusjahr": return text(r.year.map(String.init))
        case "empfehlung.handlungsfeld": return text(c.field)
        case "empfehlung.status": return text(r.status?.rawValue)
        case "empfehlung.einschaetzung.steuerungsgruppe": return text(d?.steeringGroupAssessment)
        case "empfehlung.entwickelt": return text(d?.developedBy)
        case "empfehlung.verantwortlich": return text(d?.responsible)
        case "beratung.erstesgremium": return text(c.consultation.first?.committee)
        case "beratung.entscheidungsgremium":
            return text((c.consultation.last { $0.role == "Entscheidung" } ?? c.consultation.last)?.committee)
        case "empfehlung.strategischeziele":
            return .list((d?.strategicGoals.refs ?? []).map { id in
                ["nummer": .text(id), "text": text(c.catalog?.goal(id)?.text)]
            })
        case "empfehlung.anmerkungen": return .list(r.comments.map { ["text": .text($0)] })
        case "beratung.folge":
            return .list(c.consultation.map { ["datum": text($0.date), "gremium": .text($0.committee), "zustaendigkeit": .text($0.role)] })
        default: return .empty
        }
    }

    static func text(_ s: String?) -> FieldValue {
        guard let s, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return .empty }
        return .text(s)
    }
}
