import PlanwerkText
import XCTest

/// Terminal escapes and bidi overrides are found on bytes, removed from protocol text and shown as escapes
/// on the terminal; the byte check agrees with the scalar definition on random text.
final class UnsafeCharactersTests: XCTestCase {
    func testRemovedAndEscaped() {
        let hostile = "Lotsen\u{1B}]0;pwned\u{07}dienst\u{202E}gnuztütsretnU\u{9B}31m\tA\u{0C}B"
        XCTAssertEqual(UnsafeCharacters.removed(from: hostile), "Lotsen]0;pwneddienstgnuztütsretnU31m\tA\u{0C}B")
        XCTAssertEqual(UnsafeCharacters.escaped("a\nb\u{1B}c\u{2066}"), "a\\nb\\u{1B}c\\u{2066}")
        XCTAssertEqual(UnsafeCharacters.removed(from: "Straße „Ü“ – 5 €"), "Straße „Ü“ – 5 €")
    }

    func testByteCheckAgreesWithScalars() {
        var random = SeededGenerator(seed: 3)
        let pool: [Unicode.Scalar] = ["a", "ü", "\n", "\r", "\t", "\u{0C}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{2029}",
                                      "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}", "€", "😀"]
        for _ in 0..<5_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...8, using: &random) { s.append(pool.randomElement(using: &random)!) }
            let text = String(s)
            XCTAssertEqual(UnsafeCharacters.occur(in: text), text.unicodeScalars.contains { UnsafeCharacters.isUnsafe($0) }, text.debugDescription)
            XCTAssertEqual(UnsafeCharacters.occur(in: text, keepingLineBreaks: false),
                           text.unicodeScalars.contains { UnsafeCharacters.isUnsafe($0, keepingLineBreaks: false) }, text.debugDescription)
        }
    }
}
