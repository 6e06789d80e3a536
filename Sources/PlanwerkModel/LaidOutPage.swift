/// One page of a PDF as positioned words, from its text layer or from OCR.
public struct LaidOutPage: Sendable, Hashable {
    /// Page number, 1-based.
    public var number: Int
    /// Page width in the words' units.
    public var width: Double
    /// Page height in the words' units.
    public var height: Double
    /// The words in any order.
    public var words: [PositionedWord]
    /// Mean word confidence (0-100) when the words come from OCR, nil for a text layer.
    public var ocrConfidence: Double?

    /// Creates a page.
    public init(number: Int, width: Double, height: Double, words: [PositionedWord], ocrConfidence: Double? = nil) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
        self.ocrConfidence = ocrConfidence
    }
}
