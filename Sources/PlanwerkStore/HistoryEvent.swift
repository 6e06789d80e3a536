/// One appearance of a recommendation in a meeting: what that meeting said about it.
public struct HistoryEvent: Sendable, Hashable {
    /// The meeting's date.
    public var date: String
    /// The meeting.
    public var meetingID: String
    /// The title as written there.
    public var title: String
    /// What happened, in German ("eingeschätzt als steuerungsrelevant", "aufgenommen in Sozialplanung Fokus 2023", "Status: Beratung").
    public var events: [String]
}
