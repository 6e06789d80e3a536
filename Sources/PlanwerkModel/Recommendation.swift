/// A Handlungsempfehlung as one meeting record knows it: decision, detail form and status row in one.
public struct Recommendation: Codable, Sendable, Hashable {
    /// The title, without surrounding quotes.
    public var title: String
    /// The Fokus year it belongs to.
    public var year: Int?
    /// The assessed steering relevance.
    public var relevance: Relevance?
    /// Whether this meeting took it into the dossier; nil without a decision.
    public var includedInDossier: Bool?
    /// The dossier named in the decision sentence.
    public var dossier: String?
    /// Council status from a status table.
    public var status: RecommendationStatus?
    /// Handlungsfeld.
    public var field: String?
    /// Anmerkungen.
    public var comments: [String]
    /// The detail form, where one exists.
    public var details: RecommendationDetails?
    /// Where it is stated.
    public var evidence: [Evidence]

    /// Creates a recommendation.
    public init(title: String, year: Int? = nil, relevance: Relevance? = nil, includedInDossier: Bool? = nil,
                dossier: String? = nil, status: RecommendationStatus? = nil, field: String? = nil,
                comments: [String] = [], details: RecommendationDetails? = nil, evidence: [Evidence] = []) {
        self.title = title
        self.year = year
        self.relevance = relevance
        self.includedInDossier = includedInDossier
        self.dossier = dossier
        self.status = status
        self.field = field
        self.comments = comments
        self.details = details
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case title, year, relevance, includedInDossier, dossier, status, field, comments, details, evidence
    }

    /// Decodes a recommendation; missing lists read as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        relevance = try c.decodeIfPresent(Relevance.self, forKey: .relevance)
        includedInDossier = try c.decodeIfPresent(Bool.self, forKey: .includedInDossier)
        dossier = try c.decodeIfPresent(String.self, forKey: .dossier)
        status = try c.decodeIfPresent(RecommendationStatus.self, forKey: .status)
        field = try c.decodeIfPresent(String.self, forKey: .field)
        comments = try c.decodeIfPresent([String].self, forKey: .comments) ?? []
        details = try c.decodeIfPresent(RecommendationDetails.self, forKey: .details)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(year, forKey: .year)
        try c.encode(relevance, forKey: .relevance)
        try c.encode(includedInDossier, forKey: .includedInDossier)
        try c.encode(dossier, forKey: .dossier)
        try c.encode(status, forKey: .status)
        try c.encode(field, forKey: .field)
        try c.encode(comments, forKey: .comments)
        try c.encode(details, forKey: .details)
        try c.encode(evidence, forKey: .evidence)
    }
}
