/// The outcome of an archive run.
public struct ArchiveSummary: Sendable {
    /// Files extracted in this run.
    public var processed: Int
    /// Files skipped because their content is already stored.
    public var skipped: Int
    /// Files that failed, with reasons.
    public var failures: [InputFailure]
    /// Reader notes of this run.
    public var notes: [String]
    /// Meetings re-merged in this run.
    public var remerged: Int
    /// Sources removed because their files are gone.
    public var pruned: Int
    /// True when pruning was asked for but withheld, because a folder could not be listed completely.
    public var pruneWithheld: Bool = false
    /// Of the processed files, those read again because an earlier version of the extraction had made them.
    public var reextracted: Int = 0
    /// Seconds taken.
    public var seconds: Double
}
