import PlanwerkModel
import PlanwerkText
import PlanwerkValidate
import XCTest

/// Each rule on a fixture whose offending place is marked with `<!-- FINDING: rule, ... -->`:
/// the record's findings (rule and first evidence line) are exactly the marked ones.
final class ValidationRuleTests: XCTestCase {
    func expected(_ text: String) -> [String] {
        var out: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let r = line.range(of: "<!-- FINDING: "), let end = line.range(of: " -->") else { continue }
            for rule in line[r.upperBound..<end.lowerBound].split(separator: ",") {
                out.append("\(rule.trimmingCharacters(in: .whitespaces))@\(n + 1)")
            }
        }
        return out.sorted()
    }

    func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> MeetingRecord {
        let text = String(decoding: Fixtures.data("rules/\(name)"), as: UTF8.self)
        let record = try Fixtures.record(text, file: name)
        let found = record.findings.map { "\($0.rule)@\($0.evidence.first?.line ?? 0)" }.sorted()
        XCTAssertEqual(found, expected(text), name, file: file, line: line)
        return record
    }

    func testBudgetMissing() throws {
        let r = try check("budget-missing.txt")
        XCTAssertEqual(r.findings.first?.message, "Mitteleinsatz von „Familienlotsen“ ist noch nicht beziffert („noch nicht bezifferbar“). Bitte den jährlichen Betrag in Euro angeben.")
        XCTAssertEqual(r.findings.first?.severity, .error)
    }

    func testBudgetUnparsed() throws { _ = try check("budget-unparsed.txt") }

    func testBudgetArithmetic() throws {
        let r = try check("budget-arithmetic.txt")
        XCTAssertEqual(r.findings.first?.message, "Rechenfehler im Mitteleinsatz von „Familienlotsen“: 25 × 12 × 100 ergibt 30.000 €, angegeben sind 50.000 €. Bitte Betrag oder Rechnung korrigieren.")
    }

    func testImplausibleAmountIsAFindingNotACrash() throws {
        let r = try check("budget-implausible.txt")
        XCTAssertNil(r.recommendations.first?.details?.annualBudget.amountEUR)
        XCTAssertEqual(r.findings.first?.message, "Der Mitteleinsatz von „Familienlotsen“ nennt einen unplausiblen Betrag (negativ oder über 1.000.000.000.000 €). Bitte den jährlichen Betrag prüfen und korrigieren.")
    }

    func testHandEditedRecordsWithExtremeNumbersValidate() throws {
        var record = try check("budget-arithmetic.txt")
        for amount in [Int.max, Int.min, -1, EuroAmount.plausibleLimit + 1] {
            record.recommendations[0].details?.annualBudget.amountEUR = amount
            let findings = Fixtures.pipeline.validator.validate(record).findings.map(\.rule)
            XCTAssertTrue(findings.contains("budget.implausible"), "\(amount): \(findings)")
        }
        record.recommendations[0].details?.annualBudget.amountEUR = EuroAmount.plausibleLimit
        XCTAssertFalse(Fixtures.pipeline.validator.validate(record).findings.map(\.rule).contains("budget.implausible"))
    }

    func testFindingsNameTheirField() throws {
        let r = try check("budget-implausible.txt")
        XCTAssertEqual(r.findings.map(\.field), ["details.annualBudget"])
        // A record written before findings named their field: the field follows from the rule's area.
        let old = #"{"rule": "serviceType.missing", "severity": "error", "recommendation": "X", "message": "m", "evidence": []}"#
        XCTAssertEqual(try JSONDecoder().decode(Finding.self, from: Data(old.utf8)).field, "details.serviceType")
        let none = #"{"rule": "votes.unreadable", "severity": "warning", "recommendation": null, "message": "m", "evidence": [], "field": null}"#
        XCTAssertNil(try JSONDecoder().decode(Finding.self, from: Data(none.utf8)).field)
    }

    func testZeroBudgetAndMandatoryServiceAreComplete() throws {
        let r = try check("budget-zero.txt")
        XCTAssertEqual(r.recommendations.first?.details?.annualBudget.amountEUR, 0)
        XCTAssertEqual(r.recommendations.first?.details?.serviceType.kind, .mandatory)
    }

    func testServiceTypeMissing() throws { _ = try check("serviceType-missing.txt") }
    func testServiceTypeUnclassified() throws { _ = try check("serviceType-unclassified.txt") }
    func testStrategicGoalsMissing() throws { _ = try check("strategicGoals-missing.txt") }

    func testStrategicGoalsUnknown() throws {
        let r = try check("strategicGoals-unknown.txt")
        XCTAssertEqual(r.findings.first?.message, "„Familienlotsen“ verweist auf das strategische Ziel 9.9, das im Zielkatalog „Test“ nicht vorkommt. Bitte Nummer prüfen oder den Katalog ergänzen.")
    }

    func testDecisionInconsistent() throws { _ = try check("decision-inconsistent.txt") }

    func testVotesUnreadable() throws {
        let r = try check("votes-unreadable.txt")
        XCTAssertEqual(r.goalProposals.map(\.agree), [12, nil, nil])
        XCTAssertEqual(r.findings.first?.message, "Stimmen zum Zielvorschlag „Mobilität stärken“ nicht lesbar: „Stimme zu“ lautet „l5“. Bitte die Zahl aus dem Original übertragen.")
    }

    func testRecommendationDuplicate() throws {
        let r = try check("recommendation-duplicate.txt")
        XCTAssertEqual(r.recommendations.count, 1)
        XCTAssertEqual(r.findings.first { $0.rule == "recommendation.duplicate" }?.severity, .warning)
    }

    func testSeedAcceptance() throws {
        let rucksack = try XCTUnwrap(Fixtures.seedRecords["2023-05-12"]).findings.filter { $0.recommendation?.contains("Rucksack") == true }
        XCTAssertEqual(Set(rucksack.map(\.rule)).intersection(["budget.missing", "serviceType.missing", "strategicGoals.missing"]).count, 3)
        let sport = try XCTUnwrap(Fixtures.seedRecords["2021-03-05"])
        XCTAssertTrue(sport.findings.isEmpty)
        XCTAssertEqual(sport.recommendations.first?.details?.annualBudget.amountEUR, 112_500)
    }
}
