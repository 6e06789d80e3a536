/// The eleven fields of the detail form "Die Empfehlung im Detail", in the form's order.
public enum DetailFormField: Int, CaseIterable, Sendable {
    case description, initialSituation, goals, annualBudget, serviceType, resourceImpact
    case strategicGoals, interactions, steeringGroupAssessment, developedBy, responsible

    /// The label as the form prints it.
    public var label: String {
        switch self {
        case .description: return "Beschreibung der Empfehlung"
        case .initialSituation: return "Ausgangslage"
        case .goals: return "Ziele/Effekte/Wirkungen"
        case .annualBudget: return "Mitteleinsatz (jährlich)"
        case .serviceType: return "Art der Leistung"
        case .resourceImpact: return "Auswirkungen auf Ressourcen"
        case .strategicGoals: return "Zielrichtung und Bezug zu den strategischen Zielen"
        case .interactions: return "Wechselwirkungen mit anderen Handlungsfeldern"
        case .steeringGroupAssessment: return "Einschätzung der Steuerungsgruppe"
        case .developedBy: return "Entwickelt von"
        case .responsible: return "Verantwortlich für die Umsetzung"
        }
    }

    /// Shorter spellings that some forms use.
    public var variants: [String] {
        switch self {
        case .annualBudget: return ["Mitteleinsatz jährlich", "Mitteleinsatz"]
        case .goals: return ["Ziele Effekte Wirkungen", "Ziele/Wirkungen"]
        case .strategicGoals: return ["Bezug zu den strategischen Zielen"]
        case .responsible: return ["Verantwortlich für Umsetzung"]
        default: return []
        }
    }
}
