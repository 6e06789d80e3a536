import PlanwerkText
import XCTest

/// A keyed label matches a word exactly when the word is within the label's tolerance: the letter and
/// count bounds only ever save the distance computation, they never change the answer.
final class KeyedLabelTests: XCTestCase {
    func testMatchesAgreeWithTheDistance() {
        for (a, b) in RandomKeyPairs.make(2000) {
            for tolerance in 0...3 {
                let label = KeyedLabel(String(String.UnicodeScalarView(a)), tolerance: tolerance)
                XCTAssertEqual(label.key, a)
                let matches = b.withUnsafeBufferPointer { label.matches($0) }
                XCTAssertEqual(matches, Fuzzy.distance(a, b, limit: tolerance) != nil, "\(a) \(b) \(tolerance)")
            }
        }
    }

    func testUsualToleranceAndOCRSlips() {
        let label = KeyedLabel("eingeschätzt")
        XCTAssertEqual(label.tolerance, 2)
        for word in ["eingeschätzt", "eingeschatzt", "eingeschaetzt", "elngeschätzt"] {
            let key = Fuzzy.key(word)
            XCTAssertTrue(key.withUnsafeBufferPointer { label.matches($0) }, word)
        }
        let other = Fuzzy.key("eingesetzt")
        XCTAssertFalse(other.withUnsafeBufferPointer { label.matches($0) })
    }
}
