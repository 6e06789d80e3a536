import PlanwerkText
import XCTest

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
