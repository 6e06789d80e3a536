import PlanwerkText
import XCTest

/// The histogram bound never rules out keys that are within the limit.
final class KeyHistogramTests: XCTestCase {
    func testBoundNeverRejectsAMatch() {
        for (a, b) in RandomKeyPairs.make(2000) {
            for limit in 0...4 where Fuzzy.distance(a, b, limit: limit) != nil {
                XCTAssertTrue(KeyHistogram(a).mayBeWithin(limit, of: KeyHistogram(b)), "\(a) \(b) \(limit)")
            }
        }
        XCTAssertFalse(KeyHistogram(Fuzzy.key("Ausgangslage")).mayBeWithin(1, of: KeyHistogram(Fuzzy.key("Beschreibung"))))
    }
}
