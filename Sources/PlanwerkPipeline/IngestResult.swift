import PlanwerkModel

/// What an ingest produced: records per meeting, failed inputs, and reader notes for the log.
public struct IngestResult: Sendable {
    /// One record per meeting, sorted by id.
    public var records: [MeetingRecord]
    /// Inputs that failed, each with its reason.
    public var failures: [InputFailure]
    /// Notes per file (encoding conversions and the like).
    public var notes: [String]

    /// Creates a result.
    public init(records: [MeetingRecord], failures: [InputFailure], notes: [String]) {
        self.records = records
        self.failures = failures
        self.notes = notes
    }

    /// Exit code by the project's convention: 0 all inputs processed, 1 some failed.
    public var exitCode: Int32 { failures.isEmpty ? 0 : 1 }
}
