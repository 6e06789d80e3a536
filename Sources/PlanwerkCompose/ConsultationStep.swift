/// One row of a paper's Beratungsfolge: when, which committee, in what role.
public struct ConsultationStep: Sendable, Hashable, Codable {
    /// Meeting date "YYYY-MM-DD", nil when the calendar has no meeting after the previous step.
    public var date: String?
    /// The committee.
    public var committee: String
    /// Vorberatung, Entscheidung, Kenntnisnahme or Anhörung.
    public var role: String

    /// Creates a step.
    public init(date: String?, committee: String, role: String) {
        self.date = date
        self.committee = committee
        self.role = role
    }
}
