import PlanwerkConfig
import PlanwerkModel

/// A council paper to write: which recommendation of which record, and its register entry (Vorlagen-Nr.,
/// date, the office's budget facts).
public struct PlannedPaper: Sendable {
    /// The record.
    public var record: MeetingRecord
    /// The recommendation.
    public var recommendation: Recommendation
    /// The paper's entry in the register.
    public var entry: PaperRegister.Entry
    /// True when the number was given in this run (not read from the register).
    public var isNew: Bool

    /// The Vorlagen-Nr.
    public var number: String { entry.number }
    /// The paper's date, "YYYY-MM-DD".
    public var date: String { entry.date }
}
