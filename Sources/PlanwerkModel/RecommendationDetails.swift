/// The detail form "Die Empfehlung im Detail" of a recommendation: eleven fields, each text or null.
public struct RecommendationDetails: Codable, Sendable, Hashable {
    /// Beschreibung der Empfehlung.
    public var description: String?
    /// Ausgangslage.
    public var initialSituation: String?
    /// Ziele/Effekte/Wirkungen.
    public var goals: String?
    /// Mitteleinsatz (jährlich).
    public var annualBudget: AnnualBudget
    /// Art der Leistung.
    public var serviceType: ServiceType
    /// Auswirkungen auf Ressourcen.
    public var resourceImpact: String?
    /// Zielrichtung und Bezug zu den strategischen Zielen.
    public var strategicGoals: StrategicGoals
    /// Wechselwirkungen mit anderen Handlungsfeldern.
    public var interactions: String?
    /// Einschätzung der Steuerungsgruppe.
    public var steeringGroupAssessment: String?
    /// Entwickelt von.
    public var developedBy: String?
    /// Verantwortlich für die Umsetzung.
    public var responsible: String?

    /// Creates an empty form.
    public init() {
        annualBudget = AnnualBudget(text: nil, amountEUR: nil)
        serviceType = ServiceType(text: nil, kind: nil)
        strategicGoals = StrategicGoals(text: nil, refs: [])
    }

    enum CodingKeys: String, CodingKey {
        case description, initialSituation, goals, annualBudget, serviceType, resourceImpact
        case strategicGoals, interactions, steeringGroupAssessment, developedBy, responsible
    }

    /// Decodes a form; missing keys read as empty fields.
    public init(from decoder: Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        initialSituation = try c.decodeIfPresent(String.self, forKey: .initialSituation)
        goals = try c.decodeIfPresent(String.self, forKey: .goals)
        annualBudget = try c.decodeIfPresent(AnnualBudget.self, forKey: .annualBudget) ?? annualBudget
        serviceType = try c.decodeIfPresent(ServiceType.self, forKey: .serviceType) ?? serviceType
        resourceImpact = try c.decodeIfPresent(String.self, forKey: .resourceImpact)
        strategicGoals = try c.decodeIfPresent(StrategicGoals.self, forKey: .strategicGoals) ?? strategicGoals
        interactions = try c.decodeIfPresent(String.self, forKey: .interactions)
        steeringGroupAssessment = try c.decodeIfPresent(String.self, forKey: .steeringGroupAssessment)
        developedBy = try c.decodeIfPresent(String.self, forKey: .developedBy)
        responsible = try c.decodeIfPresent(String.self, forKey: .responsible)
    }

    /// Encodes all eleven keys, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(description, forKey: .description)
        try c.encode(initialSituation, forKey: .initialSituation)
        try c.encode(goals, forKey: .goals)
        try c.encode(annualBudget, forKey: .annualBudget)
        try c.encode(serviceType, forKey: .serviceType)
        try c.encode(resourceImpact, forKey: .resourceImpact)
        try c.encode(strategicGoals, forKey: .strategicGoals)
        try c.encode(interactions, forKey: .interactions)
        try c.encode(steeringGroupAssessment, forKey: .steeringGroupAssessment)
        try c.encode(developedBy, forKey: .developedBy)
        try c.encode(responsible, forKey: .responsible)
    }
}
