/// Where an archive run stands: files done of the files to process, failures so far, seconds elapsed.
public struct ArchiveProgress: Sendable {
    public var done: Int
    public var total: Int
    public var failed: Int
    public var seconds: Double

    /// Estimated seconds left, nil before the first file.
    public var eta: Double? { done == 0 ? nil : seconds / Double(done) * Double(total - done) }
}
