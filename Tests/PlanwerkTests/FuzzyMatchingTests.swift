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

/// Lower-casing on bytes agrees with the Unicode mapping, for German text and for everything else.
final class FastLowercaseTests: XCTestCase {
    func testAgreesWithUnicodeLowercasing() {
        for text in ["ÄRZTE-NETZ „Über 60“ – 12 € × 3 ÷ 4", "Straße ÖPNV Çà ÿ Þ", "ΣΟΦΊΑ İstanbul ǅ", "", "abc", "Ⰰ ⅷ Ⅷ", "a\u{0301}É"] {
            XCTAssertEqual(text.fastLowercased, text.lowercased(), text)
            XCTAssertEqual(text[...].fastLowercased, text.lowercased(), text)
        }
    }
}

/// The histogram bound never rules out keys that are within the limit.
final class KeyHistogramTests: XCTestCase {
    func testBoundNeverRejectsAMatch() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdeäöüßxyz019".unicodeScalars)
        for _ in 0..<2000 {
            let a = (0..<Int.random(in: 0...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            var b = a
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &generator))
                case 1: b.insert(letters.randomElement(using: &generator)!, at: Int.random(in: 0...b.count, using: &generator))
                default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &generator)] = letters.randomElement(using: &generator)! }
                }
            }
            for limit in 0...4 where Fuzzy.distance(a, b, limit: limit) != nil {
                XCTAssertTrue(KeyHistogram(a).mayBeWithin(limit, of: KeyHistogram(b)), "\(a) \(b) \(limit)")
            }
        }
        XCTAssertFalse(KeyHistogram(Fuzzy.key("Ausgangslage")).mayBeWithin(1, of: KeyHistogram(Fuzzy.key("Beschreibung"))))
    }
}

/// `isAtMost` counts characters exactly, however the text is made up.
final class StringLengthTests: XCTestCase {
    func testIsAtMostAgreesWithCharacterCount() {
        let pieces = ["a", "ä", "„", "–", "€", "e\u{301}", "\r\n", "👍🏽", "🇩🇪", "ß", " ", "\u{200D}", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for n in [0, 1, 5, 10, 20, 30, 45] {
                XCTAssertEqual(text.isAtMost(n), text.count <= n, "\(text.debugDescription) \(n)")
            }
        }
    }
}
