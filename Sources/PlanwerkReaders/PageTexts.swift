import PlanwerkModel

/// The pages of one PDF laid out once (lines from word boxes, cells, the document's right margin), as
/// text lines per page: what the OCR decision and the page reader both read.
public struct PageTexts: Sendable {
    /// The pages in page order.
    public let pages: [LaidOutPage]
    /// The text lines of each page, in the same order.
    public let lines: [[String]]

    /// Lays the pages out.
    public init(pages: [LaidOutPage]) {
        let sorted = pages.sorted { $0.number < $1.number }
        let raw = sorted.map(PageLayout.rawLines)
        let margin = PageLayout.rightMargin(rawLines: raw)
        self.pages = sorted
        lines = raw.map { PageLayout.textLines(rawLines: $0, rightMargin: margin) }
    }
}
