/// A date found in a text, with where it stands (UTF-8 offsets) and an optional time range after it.
public struct DateMention: Sendable, Hashable {
    /// The date.
    public var date: GermanDate
    /// UTF-8 offset of the first byte of the date in the text.
    public var start: Int
    /// Offset just past the date (and its time, if one follows).
    public var end: Int
    /// "HH:MM" if a start time is stated next to the date.
    public var startTime: String?
    /// "HH:MM" if an end time is stated.
    public var endTime: String?

    /// Creates a mention.
    public init(date: GermanDate, start: Int, end: Int, startTime: String? = nil, endTime: String? = nil) {
        self.date = date
        self.start = start
        self.end = end
        self.startTime = startTime
        self.endTime = endTime
    }
}
