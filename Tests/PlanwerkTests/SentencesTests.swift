@testable import PlanwerkText
import XCTest

/// Sentences end at ". ", "! ", "? " and line breaks, not after abbreviations and ordinals; texts whose
/// characters are single scalars are split on their bytes, and that path must agree with the character one.
final class SentencesTests: XCTestCase {
    func testSplitsAtSentenceEndsButNotAbbreviations() {
        let text = "Der Bedarf liegt bei ca. 5.000 € jährlich. Die 4. Sitzung folgt! Z. B. im Mai\nNeu"
        let expected = ["Der Bedarf liegt bei ca. 5.000 € jährlich.", "Die 4. Sitzung folgt!", "Z. B. im Mai", "Neu"]
        XCTAssertEqual(Sentences.split(text), expected)
        // A decomposed umlaut (u + U+0308) sends the text down the character path: same sentences.
        let decomposed = text.replacingOccurrences(of: "ä", with: "a\u{308}")
        XCTAssertEqual(Sentences.split(decomposed), expected.map { $0.replacingOccurrences(of: "ä", with: "a\u{308}") })
    }

    func testBytePathAgreesWithCharacterPath() {
        let pieces = ["ca.", "z. B.", "4.", "12.", "123.", "Mio.", "Satz", " ", "  ", ".", "!", "?", "\n", "ä", "Über",
                      "ggf", "a", "1", "²", "½.", "€", "„x“", "\u{2029}", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...25, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(text.withUTF8Bytes { Sentences.splitBytes($0) }, Sentences.splitCharacters(text), text.debugDescription)
        }
    }
}
