/// A protocol as the readers deliver it: its blocks in reading order and facts about the source.
public struct ProtocolDocument: Sendable {
    /// The source the blocks were read from.
    public var source: Source
    /// All blocks in reading order, furniture included (flagged).
    public var blocks: [Block]
    /// Notes of the reader for the log (German), e.g. an encoding conversion.
    public var notes: [String]

    /// Creates a document.
    public init(source: Source, blocks: [Block], notes: [String] = []) {
        self.source = source
        self.blocks = blocks
        self.notes = notes
    }

    /// The blocks that are not furniture.
    public var bodyBlocks: [Block] { blocks.filter { !$0.isFurniture } }
}
