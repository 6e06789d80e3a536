/// A meeting's release in force: who released it and when (UTC); papers from a meeting without one are drafts.
public struct ReleaseMark: Codable, Sendable, Hashable {
    public var by: String
    public var time: String

    public init(by: String, time: String) {
        self.by = by
        self.time = time
    }
}
