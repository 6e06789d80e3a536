/// One search result: a meeting or a recommendation, with a snippet around the match.
public struct SearchHit: Sendable, Hashable {
    /// "sitzung" or "empfehlung".
    public var kind: String
    /// The meeting the hit belongs to.
    public var meetingID: String
    /// The title (meeting or recommendation).
    public var title: String
    /// Text around the match, matches in [brackets].
    public var snippet: String
    /// Relevance (bm25; smaller is better).
    public var rank: Double
}
