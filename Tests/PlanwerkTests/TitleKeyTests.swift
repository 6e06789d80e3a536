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

    func testCodesWithDigitsMustAgree() {
        XCTAssertFalse(TitleKey("Ausbau der Betreuungsplätze U3").sameTitle(as: TitleKey("Ausbau der Betreuungsplätze Ü3")))
        XCTAssertFalse(TitleKey("Empf04 Lotsendienst für Familien").sameTitle(as: TitleKey("Empf05 Lotsendienst für Familien")))
        XCTAssertEqual(TitleKey("Empf04 x").numberTokens, ["empf04", "x"])
        // OCR slips inside a number still match: "2O18" is 2018, "l3" is 13.
        XCTAssertTrue(TitleKey("Bericht Fokus 2O18").sameTitle(as: TitleKey("Bericht Fokus 2018")))
        XCTAssertTrue(TitleKey("Maßnahme l3 der Fokusgruppe").sameTitle(as: TitleKey("Maßnahme 13 der Fokusgruppe")))
    }

    /// The index answers exactly as a scan in order with `sameTitle` would, on random near-duplicate titles.
    func testIndexAgreesWithALinearScan() {
        var random = SeededGenerator(seed: 11)
        let words = ["Ausbau", "Förderung", "Teilhabe", "Familien", "U3", "Ü3", "2023", "II", "Lotsen", "Lotsinnen", "Kita", "KiTa"]
        var index = TitleIndex()
        var keys: [TitleKey] = []
        for _ in 0..<1_500 {
            var title = (0..<Int.random(in: 2...5, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            if Bool.random(using: &random) { title += "n" }
            let key = TitleKey(title)
            let expected = keys.indices.first { keys[$0].sameTitle(as: key) }
            XCTAssertEqual(index.first(sameTitleAs: key), expected, title)
            let odd = keys.indices.first { $0 % 2 == 1 && keys[$0].sameTitle(as: key) }
            XCTAssertEqual(index.first(sameTitleAs: key) { $0 % 2 == 1 }, odd, title)
            index.append(key)
            keys.append(key)
        }
    }
}
