import PlanwerkText
import XCTest

/// Tolerant label matching: OCR slips within the tolerance match, other words do not; a label set, a single
/// label and the keyed forms agree.
final class FuzzyMatchingTests: XCTestCase {
    func testLabelSetsMatchSlipsWithinTolerance() {
        let headers = LabelSet(["Status", "Stand", "Umsetzungsstand"])
        XCTAssertEqual(headers.firstMatch("Status"), 0)
        XCTAssertEqual(headers.firstMatch("STATUS:"), 0)
        XCTAssertEqual(headers.firstMatch("Staus"), 0)  // one slip in six letters
        XCTAssertEqual(headers.firstMatch("Umsetzunsgtand"), 2)  // two slips in fifteen
        XCTAssertNil(headers.firstMatch("Statistik"))
        XCTAssertNil(headers.firstMatch("Umsetzung des Standes im Jahr"))
        XCTAssertNil(headers.firstMatch(""))
        XCTAssertTrue(LabelSet(["..."]).matches("…"))  // a label without letters matches text without letters
        for text in ["Planungsossier", "Planungsdossier", "Planungsdosier", "Planung", "Dossier"] {
            XCTAssertEqual(LabelSet(["Planungsdossier"]).matches(text), Fuzzy.matches(text, label: "Planungsdossier"), text)
        }
    }

    func testKeysKeepLettersAndDigitsLowerCased() {
        XCTAssertEqual(String(String.UnicodeScalarView(Fuzzy.key("Ärzte-Netz 2030, Ü!"))), "ärztenetz2030ü")
        XCTAssertEqual(Fuzzy.withKey(of: "Sitzung", maxLength: 3) { $0.count }, nil)  // keying stops early
        XCTAssertEqual(Fuzzy.withKey(of: "Sitzung", maxLength: 7) { $0.count }, 7)
    }
}
