/// A bar chart of votes: for each row (a goal proposal) one bar per series ("Stimme zu", "Passt für mich nicht").
/// Writers draw it (SVG in HTML and ODT) and give the numbers as a table beside it.
public struct VoteChart: Sendable, Hashable {
    /// One labelled row of counts, one per series (nil: not readable).
    public struct Row: Sendable, Hashable {
        public var label: String
        public var counts: [Int?]
        public init(label: String, counts: [Int?]) {
            self.label = label
            self.counts = counts
        }
    }

    /// What the chart shows, also its accessible name.
    public var title: String
    /// The series' names, in the order of each row's counts.
    public var series: [String]
    /// The rows.
    public var rows: [Row]

    public init(title: String, series: [String], rows: [Row]) {
        self.title = title
        self.series = series
        self.rows = rows
    }
}

extension VoteChart {
    /// The chart's numbers as a table block (beside the drawing, for screen readers and plain formats).
    public var table: (header: [String], rows: [[[TextRun]]]) {
        (["Zielvorschlag"] + series, rows.map { row in [[TextRun(row.label)]] + row.counts.map { [TextRun($0.map(String.init) ?? "nicht lesbar")] } })
    }
}
