import Foundation
import PlanwerkModel
import PlanwerkText

/// Reads protocol text (transcriptions, OCR output, pdftotext output) into blocks: tab and pipe tables
/// become rows, HTML and Markdown markup is removed, wrapped lines and hyphenated words are re-joined,
/// and image descriptions, scanner stamps, page numbers and repeated slide headers are flagged as furniture.
public struct ProtocolTextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Decodes and reads a file's bytes.
    public func read(data: Data, source: Source) throws -> ProtocolDocument {
        let decoded = try DecodedText.decode(data)
        var src = source
        src.encoding = decoded.encoding
        var doc = read(text: decoded.text, source: src)
        if decoded.encoding != "utf-8" {
            doc.notes.append("Zeichenkodierung \(decoded.encoding) erkannt und nach UTF-8 umgewandelt")
        }
        return doc
    }

    /// Reads decoded text.
    public func read(text: String, source: Source) -> ProtocolDocument {
        var builder = BlockBuilder(file: source.file)
        // Line by line as the line feeds are found: each line's String is made and dropped in turn.
        var lineNo = 0
        text.forEachPiece(separatedBy: 10) { line in
            lineNo += 1
            builder.add(line: line, number: lineNo)
        }
        var blocks = builder.blocks
        FurnitureDetector.mark(&blocks)
        return ProtocolDocument(source: source, blocks: blocks)
    }
}
