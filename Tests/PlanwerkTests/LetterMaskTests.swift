import PlanwerkText
import XCTest

/// The letter bound never rules out keys that are within the limit, and rules out keys that lack letters.
final class LetterMaskTests: XCTestCase {
    func testBoundNeverRejectsAMatch() {
        for (a, b) in RandomKeyPairs.make(2000) {
            for limit in 0...4 where Fuzzy.distance(a, b, limit: limit) != nil {
                XCTAssertTrue(LetterMask(a).mayBeWithin(limit, of: LetterMask(b)), "\(a) \(b) \(limit)")
            }
        }
    }

    func testMissingLettersNeedEdits() {
        let assessed = LetterMask(Fuzzy.key("eingeschätzt"))
        // "eingeschaetzt" lacks "ä" and has "a": one substitution's worth.
        XCTAssertTrue(LetterMask(Fuzzy.key("eingeschaetzt")).mayBeWithin(1, of: assessed))
        // "Verwaltungen" lacks i, s, c, h, ä, z and has v, r, w, a, l, u.
        XCTAssertFalse(LetterMask(Fuzzy.key("Verwaltungen")).mayBeWithin(2, of: assessed))
    }
}
