import PlanwerkText
import XCTest

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
