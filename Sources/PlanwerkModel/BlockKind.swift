/// What a block of a protocol is: the handful of shapes protocol text comes in.
public enum BlockKind: Sendable, Hashable {
    /// A heading (Markdown `#`, or a short emphasised line); level 1 is the largest.
    case heading(level: Int)
    /// Running text: one or more source lines joined into one paragraph.
    case paragraph
    /// A bulleted or numbered list item; level 0 is the outermost.
    case listItem(level: Int)
    /// A table row (tab-separated, pipe table or HTML row); see `Block.cells`.
    case tableRow
}
