import PlanwerkOCR
import XCTest

/// Dots inside the counter of a glyph (a dotted zero) are removed before OCR; everything else stays.
final class CounterDotRemoverTests: XCTestCase {
    let width = 400, height = 1200

    func blank() -> [UInt8] { [UInt8](repeating: 255, count: width * height) }

    func fill(_ pixels: inout [UInt8], x: ClosedRange<Int>, y: ClosedRange<Int>) {
        for yy in y { for xx in x { pixels[yy * width + xx] = 0 } }
    }

    /// A ring 20 px wide and 30 px high with 3 px strokes, its top left at (x, y).
    func ring(_ pixels: inout [UInt8], x: Int, y: Int, w: Int = 20, h: Int = 30) {
        fill(&pixels, x: x...(x + w - 1), y: y...(y + 2))
        fill(&pixels, x: x...(x + w - 1), y: (y + h - 3)...(y + h - 1))
        fill(&pixels, x: x...(x + 2), y: y...(y + h - 1))
        fill(&pixels, x: (x + w - 3)...(x + w - 1), y: y...(y + h - 1))
    }

    func dark(_ pixels: [UInt8], x: ClosedRange<Int>, y: ClosedRange<Int>) -> Int {
        y.reduce(0) { sum, yy in sum + x.filter { pixels[yy * width + $0] < 128 }.count }
    }

    func testTheDotOfADottedZeroIsRemoved() {
        var pixels = blank()
        ring(&pixels, x: 50, y: 50)
        fill(&pixels, x: 58...61, y: 63...66)  // the dot
        let (out, removed) = CounterDotRemover.clean(pixels: pixels, width: width, height: height)
        XCTAssertEqual(removed, 1)
        XCTAssertEqual(dark(out, x: 58...61, y: 63...66), 0)
        XCTAssertEqual(dark(out, x: 50...69, y: 50...79), dark(pixels, x: 50...69, y: 50...79) - 16)  // the ring stays
    }

    func testDotsOutsideCountersAndCharactersInTableCellsStay() {
        var pixels = blank()
        fill(&pixels, x: 100...103, y: 200...203)  // a full stop on the page
        // A table: two cells of 150 x 60 px, with a dot-shaped character in each.
        fill(&pixels, x: 10...310, y: 300...301)
        fill(&pixels, x: 10...310, y: 360...361)
        for x in [10, 160, 309] { fill(&pixels, x: x...(x + 1), y: 300...361) }
        fill(&pixels, x: 80...85, y: 325...330)
        fill(&pixels, x: 230...235, y: 325...330)
        // A ring with a blob that fills most of its counter ("8"-like), and one whose dot touches the ring.
        ring(&pixels, x: 50, y: 500)
        fill(&pixels, x: 55...64, y: 508...521)
        ring(&pixels, x: 100, y: 500)
        fill(&pixels, x: 103...106, y: 513...516)
        let (out, removed) = CounterDotRemover.clean(pixels: pixels, width: width, height: height)
        XCTAssertEqual(removed, 0)
        XCTAssertEqual(out, pixels)
    }
}

/// Which OCR words are read again as digits: short mixes of digits and brackets only.
final class GarbledNumberTests: XCTestCase {
    func testGarbledNumbers() {
        for word in ["(6)", "[6)", "[9]", "1|"] { XCTAssertTrue(OCREngine.looksLikeGarbledNumber(word), word) }
        for word in ["6", "15", "(a)", "(2021)", "Abs.", "§6)", "6)x"] { XCTAssertFalse(OCREngine.looksLikeGarbledNumber(word), word) }
    }
}
