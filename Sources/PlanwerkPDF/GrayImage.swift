/// An 8-bit grey image (0 black, 255 white), rows top to bottom, no padding: a rendered page for OCR.
public struct GrayImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// The rendering resolution in dots per inch.
    public let dpi: Int
    /// `width * height` pixels.
    public let pixels: [UInt8]

    /// Creates an image.
    public init(width: Int, height: Int, dpi: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "pixel buffer does not match the size")
        self.width = width
        self.height = height
        self.dpi = dpi
        self.pixels = pixels
    }

    /// True when (almost) no pixel is dark: nothing to read on this page.
    public var isBlank: Bool {
        var dark = 0
        let limit = max(20, pixels.count / 5000)
        for p in pixels where p < 128 {
            dark += 1
            if dark > limit { return false }
        }
        return true
    }
}
