import PlanwerkModel

/// The facts a protocol's title slide states about its meeting.
public struct MeetingHeader: Sendable, Equatable {
    /// The meeting body.
    public var body: String
    /// "YYYY-MM-DD".
    public var date: String
    /// As written ("Kreishaus", "Virtuelle Sitzung") or nil.
    public var location: String?
    /// Virtual meeting.
    public var online: Bool
    /// "4. Sitzung" -> 4.
    public var sessionNumber: Int?
    /// Where the header is.
    public var evidence: Evidence
}
