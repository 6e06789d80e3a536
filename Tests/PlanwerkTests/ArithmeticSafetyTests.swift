import PlanwerkReport
import PlanwerkText
import XCTest

/// Input-derived numbers never trap: sums of any size, stated products, formatting of extreme values,
/// vote bars from records edited by hand.
final class ArithmeticSafetyTests: XCTestCase {
    func testHugeSumsAreImplausibleInsteadOfTrapping() {
        for text in ["9.300.000.000.000.000.000 Euro", "99999999999999999999999999 €", "EUR 9300000000000000000",
                     "monatlich 9.300.000.000.000.000.000 Euro", "1.000.001 Mio. Euro", "10.000 bis 9.300.000.000.000.000.000 Euro",
                     "2 Stellen × 9.300.000.000.000.000.000 Euro", "9.300.000.000.000.000.000 Mrd. Euro jährlich"] {
            XCTAssertNil(AmountParser.annualBudget(in: text), text)
            XCTAssertTrue(AmountParser.hasImplausibleAmount(in: text), text)
        }
        XCTAssertEqual(AmountParser.mentions(in: "9.300.000.000.000.000.000 Euro").first?.euros, nil)
        XCTAssertEqual(AmountParser.annualBudget(in: "1.000.000 Mio. Euro"), EuroAmount.plausibleLimit)
        XCTAssertFalse(AmountParser.hasImplausibleAmount(in: "1.000.000 Mio. Euro"))
        // Twelve plausible monthly sums never overflow.
        XCTAssertEqual(AmountParser.annualBudget(in: "1.000.000 Mio. Euro monatlich"), EuroAmount.plausibleLimit * 12)
    }

    func testStatedProductsOfAnySize() {
        XCTAssertNil(StatedProduct.find(in: "4.000.000.000 × 4.000.000.000 × 4.000.000.000 Euro")?.value)
        XCTAssertEqual(StatedProduct.find(in: "25 Euro × 12 Monate × 375 Familien")?.value, 112_500)
        XCTAssertTrue(AmountParser.hasImplausibleAmount(in: "100 Euro jährlich (4.000.000.000 × 4.000.000.000)"))
    }

    func testWholeEurosIsTotal() {
        for v in [Double.nan, .infinity, -.infinity, -1, 1e300, Double(Int.max)] { XCTAssertNil(EuroAmount.wholeEuros(v), "\(v)") }
        XCTAssertEqual(EuroAmount.wholeEuros(0.4), 0)
        XCTAssertEqual(EuroAmount.wholeEuros(48_000.5), 48_001)
    }

    func testFormattingExtremeValues() {
        XCTAssertEqual(EuroFormat.grouped(Int.min), "-9.223.372.036.854.775.808")
        XCTAssertEqual(EuroFormat.grouped(Int.max), "9.223.372.036.854.775.807")
        XCTAssertEqual(EuroFormat.number(1e21), "1.000.000.000.000.000.000.000")
        XCTAssertEqual(EuroFormat.number(-2.5), "-2,50")
        XCTAssertEqual(EuroFormat.number(12.05), "12,05")
        XCTAssertEqual(EuroFormat.number(.nan), "?")
        XCTAssertEqual(EuroFormat.number(.infinity), "∞")
    }

    func testVoteBarsFromEditedRecords() {
        XCTAssertEqual(VoteBar.most([Int.min, -3, nil]), 1)
        XCTAssertEqual(VoteBar.length(-5, most: 10, width: 20), 0)
        XCTAssertEqual(VoteBar.length(Int.max, most: 1, width: 20), 20)
        XCTAssertEqual(VoteBar.length(5, most: 10, width: 20), 10)
        XCTAssertEqual(VoteBar.length(nil, most: 10, width: 20), 0)
        XCTAssertEqual(VoteBar.length(Int.max, most: Int.max, width: 300), 300)
    }
}
