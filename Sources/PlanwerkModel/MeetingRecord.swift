import Foundation

/// The record of one meeting (JSON contract, schemaVersion 1): what all its sources say, merged.
public struct MeetingRecord: Codable, Sendable {
    /// Always 1 for this contract.
    public var schemaVersion: Int = 1
    /// `<date>-<body-slug>`.
    public var id: String
    /// The meeting body.
    public var body: String
    /// "YYYY-MM-DD".
    public var date: String
    /// As written, e.g. "Kreishaus", or nil.
    public var location: String?
    /// Virtual/video meeting.
    public var online: Bool
    /// "4. Sitzung" -> 4.
    public var sessionNumber: Int?
    /// Every input that contributed.
    public var sources: [Source]
    /// The agenda in order.
    public var agenda: [AgendaItem]
    /// Goal proposals with votes.
    public var goalProposals: [GoalProposal]
    /// The steering group's conclusions on the goal proposals (the points after the vote table).
    public var goalConclusions: [String]
    /// Recommendations: decisions, detail forms, status rows.
    public var recommendations: [Recommendation]
    /// Resolution proposals per Handlungsansatz.
    public var resolutionProposals: [ResolutionProposal]
    /// "Vereinbarung" texts.
    public var agreements: [String]
    /// Future meetings of this body.
    public var nextMeetings: [NextMeeting]
    /// Findings of extraction and validation.
    public var findings: [Finding]
    /// The release in force (inputs/freigaben), nil while the meeting is not released.
    public var release: ReleaseMark?

    /// Creates a record for a meeting.
    public init(body: String, date: String, location: String? = nil, online: Bool = false,
                sessionNumber: Int? = nil, sources: [Source] = []) {
        self.id = MeetingRecord.makeID(date: date, body: body)
        self.body = body
        self.date = date
        self.location = location
        self.online = online
        self.sessionNumber = sessionNumber
        self.sources = sources
        self.agenda = []
        self.goalProposals = []
        self.goalConclusions = []
        self.recommendations = []
        self.resolutionProposals = []
        self.agreements = []
        self.nextMeetings = []
        self.findings = []
        self.release = nil
    }

    /// `<date>-<body-slug>`.
    public static func makeID(date: String, body: String) -> String { "\(date)-\(Slug.make(body))" }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, body, date, location, online, sessionNumber, sources, agenda, goalProposals, goalConclusions
        case recommendations, resolutionProposals, agreements, nextMeetings, findings, release
    }

    /// Decodes a record; missing lists read as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        body = try c.decode(String.self, forKey: .body)
        date = try c.decode(String.self, forKey: .date)
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? MeetingRecord.makeID(date: date, body: body)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        online = try c.decodeIfPresent(Bool.self, forKey: .online) ?? false
        sessionNumber = try c.decodeIfPresent(Int.self, forKey: .sessionNumber)
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        agenda = try c.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? []
        goalProposals = try c.decodeIfPresent([GoalProposal].self, forKey: .goalProposals) ?? []
        goalConclusions = try c.decodeIfPresent([String].self, forKey: .goalConclusions) ?? []
        recommendations = try c.decodeIfPresent([Recommendation].self, forKey: .recommendations) ?? []
        resolutionProposals = try c.decodeIfPresent([ResolutionProposal].self, forKey: .resolutionProposals) ?? []
        agreements = try c.decodeIfPresent([String].self, forKey: .agreements) ?? []
        nextMeetings = try c.decodeIfPresent([NextMeeting].self, forKey: .nextMeetings) ?? []
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        release = try c.decodeIfPresent(ReleaseMark.self, forKey: .release)
    }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(body, forKey: .body)
        try c.encode(date, forKey: .date)
        try c.encode(location, forKey: .location)
        try c.encode(online, forKey: .online)
        try c.encode(sessionNumber, forKey: .sessionNumber)
        try c.encode(sources, forKey: .sources)
        try c.encode(agenda, forKey: .agenda)
        try c.encode(goalProposals, forKey: .goalProposals)
        try c.encode(goalConclusions, forKey: .goalConclusions)
        try c.encode(recommendations, forKey: .recommendations)
        try c.encode(resolutionProposals, forKey: .resolutionProposals)
        try c.encode(agreements, forKey: .agreements)
        try c.encode(nextMeetings, forKey: .nextMeetings)
        try c.encode(findings, forKey: .findings)
        try c.encode(release, forKey: .release)
    }
}
