/// A word on a page with its box in page units (points for a PDF text layer, pixels for OCR),
/// origin top left: the layout token PDF and OCR readers start from.
public struct PositionedWord: Sendable, Hashable {
    /// The word (no whitespace inside).
    public var text: String
    /// Left edge.
    public var x0: Double
    /// Top edge.
    public var y0: Double
    /// Right edge.
    public var x1: Double
    /// Bottom edge.
    public var y1: Double

    /// Creates a word.
    public init(text: String, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    /// Height of the box.
    public var height: Double { y1 - y0 }
    /// Vertical centre of the box.
    public var midY: Double { (y0 + y1) / 2 }
}
