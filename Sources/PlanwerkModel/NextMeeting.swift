/// A future meeting of the same body, as the protocol announces it.
public struct NextMeeting: Codable, Sendable, Hashable {
    /// "YYYY-MM-DD".
    public var date: String
    /// "HH:MM" or nil.
    public var start: String?
    /// "HH:MM" or nil.
    public var end: String?
    /// Where, if stated.
    public var location: String?
    /// The sentence that announces it.
    public var note: String?
    /// Where it is stated.
    public var evidence: [Evidence]

    /// Creates a next meeting.
    public init(date: String, start: String? = nil, end: String? = nil, location: String? = nil,
                note: String? = nil, evidence: [Evidence] = []) {
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.note = note
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case date, start, end, location, note, evidence }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(location, forKey: .location)
        try c.encode(note, forKey: .note)
        try c.encode(evidence, forKey: .evidence)
    }
}
