@testable import PlanwerkText
import XCTest

/// Title keys: case, quotes, dashes and spacing do not count; numbers and roman numerals must agree.
final class TitleKeyTests: XCTestCase {
    func testNormalization() {
        XCTAssertEqual(TitleKey.normalize("„Übernahme der ÖPNV – Fahrtkosten“ (Teil II)"), "übernahme der öpnv-fahrtkosten teil ii")
        XCTAssertEqual(TitleKey.normalize("  Straße,  Wege & Plätze!  "), "straße wege & plätze")
        XCTAssertEqual(TitleKey.normalize("ΣΟΦΊΑ für İstanbul"), "σοφία für i̇stanbul")
        XCTAssertEqual(TitleKey("Fokus 2030: Konferenz II").numberTokens, ["2030", "ii"])
    }

    func testSameTitle() {
        XCTAssertTrue(TitleKey("Übernahme der ÖPNV-Fahrtkosten").sameTitle(as: TitleKey("„Ubernahme der OPNV Fahrtkosten“")))
        XCTAssertFalse(TitleKey("Konferenz I").sameTitle(as: TitleKey("Konferenz II")))
        XCTAssertFalse(TitleKey("Sozialplanung Fokus 2022").sameTitle(as: TitleKey("Sozialplanung Fokus 2023")))
    }
}
