/// One block of a generated document.
public enum ReportBlock: Sendable, Hashable {
    /// A heading of level 1 (section) or 2 (subsection).
    case heading(level: Int, text: String)
    /// A paragraph.
    case paragraph([TextRun])
    /// A bulleted list.
    case bulletList([[TextRun]])
    /// A numbered list.
    case numberedList([[TextRun]])
    /// A table with an optional header row.
    case table(header: [String]?, rows: [[[TextRun]]])
    /// A drawn bar chart (writers add its numbers as a table).
    case chart(VoteChart)
}
