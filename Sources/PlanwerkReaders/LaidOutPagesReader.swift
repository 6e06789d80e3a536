import PlanwerkModel

/// Reads PDF pages (positioned words from a text layer or from OCR) into blocks: lines rebuilt from word
/// boxes, tables from wide gaps, then the same joining, hyphenation and furniture rules as for text.
/// Provenance is (file, page).
public struct LaidOutPagesReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads pages of one source.
    public func read(pages: [LaidOutPage], source: Source) -> ProtocolDocument {
        read(PageTexts(pages: pages), source: source)
    }

    /// Reads pages already laid out.
    public func read(_ texts: PageTexts, source: Source) -> ProtocolDocument {
        var builder = BlockBuilder(file: source.file)
        for (page, lines) in zip(texts.pages, texts.lines) {
            builder.page = page.number
            var lineNumber = 0  // the line on the page, so a reviewer finds the place
            for line in lines {
                lineNumber += 1
                builder.add(line: line, number: lineNumber)
            }
            builder.endPage()
        }
        var blocks = builder.blocks
        FurnitureDetector.mark(&blocks)
        return ProtocolDocument(source: source, blocks: blocks)
    }
}
