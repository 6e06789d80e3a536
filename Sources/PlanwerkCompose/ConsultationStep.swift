/// One row of a paper's Beratungsfolge: when, which committee, in what role.
public struct ConsultationStep: Sendable, Hashable, Codable {
    /// Meeting date "YYYY-MM-DD", nil when the calendar has no meeting after the previous step.
    public var date: String?
    /// The committee.
    public var committee: String
    /// Vorberatung, Entscheidung, Kenntnisnahme or Anhörung.
    public var role: String

    /// The role of a committee that takes note of a paper (OParl Consultation.role).
    public static let acknowledgement = "Kenntnisnahme"
    /// The role of the committee that decides.
    public static let decision = "Entscheidung"
    /// The role of a committee that deliberates before the decision.
    public static let deliberation = "Vorberatung"

    /// Creates a step.
    public init(date: String?, committee: String, role: String) {
        self.date = date
        self.committee = committee
        self.role = role
    }
}
