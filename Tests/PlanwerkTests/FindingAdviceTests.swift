@testable import PlanwerkValidate
import XCTest

/// Every finding a person can meet comes with a next step in plain German.
final class FindingAdviceTests: XCTestCase {
    func testEveryRuleHasAdvice() {
        let ids = Validator.rules.flatMap(\.ids) + ["details.truncated", "correction.conflict", "correction.invalid", "correction.unreadable",
                                                    "correction.orphaned", "release.withdrawn"]
        for id in ids { XCTAssertNotNil(FindingAdvice.advice[id], id) }
        XCTAssertGreaterThan(ids.count, 15)
    }
}
