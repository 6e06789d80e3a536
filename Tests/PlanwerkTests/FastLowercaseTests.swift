import PlanwerkText
import XCTest

/// Lower-casing on bytes agrees with the Unicode mapping, for German text and for everything else.
final class FastLowercaseTests: XCTestCase {
    func testAgreesWithUnicodeLowercasing() {
        for text in ["ÄRZTE-NETZ „Über 60“ – 12 € × 3 ÷ 4", "Straße ÖPNV Çà ÿ Þ", "ΣΟΦΊΑ İstanbul ǅ", "", "abc", "Ⰰ ⅷ Ⅷ", "a\u{0301}É"] {
            XCTAssertEqual(text.fastLowercased, text.lowercased(), text)
            XCTAssertEqual(text[...].fastLowercased, text.lowercased(), text)
        }
    }
}
