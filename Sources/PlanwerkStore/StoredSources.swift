/// What the archive holds of its sources before a run: what need not be read again, and why the rest must.
public struct StoredSources: Sendable {
    /// Contents stored with a successful extraction by the current code.
    public var hashes: Set<String>
    /// Path, size and modification time of those files (such a file is not even read again).
    public var unchanged: Set<String>
    /// Contents that crashed the current code, with the stored message (not read again until they change).
    public var crashed: [String: String]
    /// Contents stored by an earlier version of the code: read again.
    public var outdated: Set<String>
}
