import PlanwerkModel
import PlanwerkText

/// The fields a council template may bind, and their values for one paper. A field is a gap where the
/// recommendation has an error-level finding about the record field it shows; an empty field is a gap when
/// it is required, else the template's block that uses it is left out (never "keine Angabe").
public enum PaperFields {
    /// Scalar fields with what they say, for the documentation, the load-time check and the gap labels.
    public static let scalars: [String: String] = [
        "vorlage.nummer": "Vorlagen-Nr.", "vorlage.datum": "Datum der Vorlage", "vorlage.art": "Vorlageart",
        "kreis.name": "Kreis", "kreis.federfuehrend": "federführende Stelle", "kreis.beteiligt": "beteiligte Stellen",
        "kreis.bearbeitung": "bearbeitende Stelle", "kreis.bearbeiterin": "Bearbeiter/-in", "kreis.status": "öffentlich/nichtöffentlich",
        "sitzung.datum": "Datum der Sitzung der Steuerungsgruppe", "sitzung.gremium": "Gremium", "sitzung.ort": "Ort",
        "empfehlung.titel": "Titel", "empfehlung.beschreibung": "Beschreibung der Empfehlung",
        "empfehlung.ausgangslage": "Ausgangslage", "empfehlung.ziele": "Ziele/Effekte/Wirkungen",
        "empfehlung.mitteleinsatz": "Mitteleinsatz", "empfehlung.mitteleinsatz.text": "Mitteleinsatz wie im Protokoll",
        "empfehlung.leistungsart": "Art der Leistung", "empfehlung.ressourcen": "Auswirkungen auf Ressourcen",
        "empfehlung.zielbezug": "Bezug zu den strategischen Zielen", "empfehlung.wechselwirkungen": "Wechselwirkungen",
        "empfehlung.einschaetzung": "Einschätzung der Steuerungsrelevanz", "empfehlung.dossier": "Name des Planungsdossiers der Entscheidung",
        "empfehlung.aufgenommen": "ja, wenn die Sitzung sie in das Planungsdossier aufgenommen hat",
        "empfehlung.nichtaufgenommen": "ja, wenn die Sitzung sie nicht in das Planungsdossier aufgenommen hat",
        "empfehlung.fokusjahr": "Fokusjahr", "empfehlung.handlungsfeld": "Handlungsfeld", "empfehlung.status": "Beratungsstand",
        "empfehlung.einschaetzung.steuerungsgruppe": "Einschätzung der Steuerungsgruppe (Detailformular)",
        "empfehlung.entwickelt": "Entwickelt von", "empfehlung.verantwortlich": "Verantwortlich für die Umsetzung",
        "haushalt.jahr": "Haushaltsjahr", "haushalt.deckung": "Deckung",
        "beratung.erstesgremium": "erstes Gremium der Beratungsfolge", "beratung.vorberatungsgremium": "vorberatendes Gremium der Route",
        "beratung.entscheidungsgremium": "entscheidendes Gremium der Route",
    ]

    /// List fields and the names each element has.
    public static let lists: [String: Set<String>] = [
        "empfehlung.strategischeziele": ["nummer", "text"],
        "empfehlung.anmerkungen": ["text"],
        "beratung.folge": ["datum", "gremium", "zustaendigkeit"],
        "kreis.unterzeichnung": ["zeile"],
    ]

    /// The fields no council paper can do without (budget, Art der Leistung, strategic goals): missing, they are
    /// a gap in every template. A template names further required fields in its `pflicht` attribute.
    public static let alwaysRequired: Set<String> = ["empfehlung.mitteleinsatz", "empfehlung.leistungsart", "empfehlung.strategischeziele"]

    /// The gap label of a paper field and the record field (of the recommendation) it shows, for the fields
    /// that validation findings concern.
    static let recordFields: [String: (label: String, field: String)] = [
        "empfehlung.mitteleinsatz": ("Mitteleinsatz", "details.annualBudget"),
        "empfehlung.mitteleinsatz.text": ("Mitteleinsatz", "details.annualBudget"),
        "empfehlung.leistungsart": ("Art der Leistung", "details.serviceType"),
        "empfehlung.zielbezug": ("strategische Ziele", "details.strategicGoals"),
        "empfehlung.strategischeziele": ("strategische Ziele", "details.strategicGoals"),
    ]

    /// The gap of a paper whose meeting is not released (four eyes: checked and released by two people).
    public static func releaseGap(_ record: MeetingRecord) -> String {
        "Freigabe der Sitzung vom \(GermanFormat.date(record.date)) (planwerk release)"
    }

    /// The label a gap of a field is shown with ("[FEHLT: Ausgangslage]").
    public static func gapLabel(_ name: String) -> String {
        recordFields[name]?.label ?? scalars[name] ?? listLabels[name] ?? name
    }

    /// What the list fields are, for gap labels.
    static let listLabels: [String: String] = [
        "empfehlung.anmerkungen": "Anmerkungen", "beratung.folge": "Beratungsfolge",
        "kreis.unterzeichnung": "Unterzeichnung (vorlagen.json: geschaeftsstelle.unterzeichnung)",
    ]

    /// The gap labels of the paper's error findings (findings about other fields are listed by message).
    public static func gapLabels(_ context: PaperContext) -> [String] {
        context.errorFindings.map { f in recordFields.values.first { $0.field == f.field }?.label ?? f.message }
    }

    /// The value of a field.
    public static func value(_ name: String, _ c: PaperContext) -> FieldValue {
        if let (label, field) = recordFields[name], c.errorFindings.contains(where: { $0.field == field }) { return .gap(label) }
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
        case "kreis.bearbeiterin": return text(c.office.clerkName)
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
        case "empfehlung.dossier": return r.includedInDossier == nil ? .empty : text(r.dossier)
        case "empfehlung.aufgenommen": return r.includedInDossier == true ? .text("ja") : .empty
        case "empfehlung.nichtaufgenommen": return r.includedInDossier == false ? .text("ja") : .empty
        case "empfehlung.fokusjahr": return text(r.year.map(String.init))
        case "empfehlung.handlungsfeld": return text(c.field)
        case "empfehlung.status": return text(r.status?.rawValue)
        case "empfehlung.einschaetzung.steuerungsgruppe": return text(d?.steeringGroupAssessment)
        case "empfehlung.entwickelt": return text(d?.developedBy)
        case "empfehlung.verantwortlich": return text(d?.responsible)
        case "haushalt.jahr": return text(c.entry.budgetYear)
        case "haushalt.deckung": return text(c.entry.coverage)
        case "beratung.erstesgremium": return text(c.consultation.first?.committee)
        case "beratung.vorberatungsgremium": return text(c.route.first { $0.role == ConsultationStep.deliberation }?.committee)
        case "beratung.entscheidungsgremium": return text(c.route.last { $0.role == ConsultationStep.decision }?.committee)
        case "kreis.unterzeichnung":
            return .list((c.office.signature ?? []).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { ["zeile": .text($0)] })
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
