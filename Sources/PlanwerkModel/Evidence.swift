/// A pointer from an extracted fact to the place that states it: `{file, line}` or `{file, page}`.
public struct Evidence: Codable, Sendable, Hashable, Comparable {
    /// The source file.
    public var file: String
    /// Line in a text source.
    public var line: Int?
    /// Page in a PDF source.
    public var page: Int?

    /// Creates an evidence entry.
    public init(file: String, line: Int? = nil, page: Int? = nil) {
        self.file = file
        self.line = line
        self.page = page
    }

    /// Orders by file, then page, then line.
    public static func < (a: Evidence, b: Evidence) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.page ?? 0) != (b.page ?? 0) { return (a.page ?? 0) < (b.page ?? 0) }
        return (a.line ?? 0) < (b.line ?? 0)
    }
}

extension Array where Element == Evidence {
    /// Adds entries not yet present, keeping one entry per source file (the first place it states the fact).
    public mutating func mergeEvidence(_ other: [Evidence]) {
        for entry in other where !contains(where: { $0.file == entry.file }) {
            append(entry)
        }
        sort()
    }
}
