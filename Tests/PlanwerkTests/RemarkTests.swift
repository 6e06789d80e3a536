import Foundation
@testable import PlanwerkExtract
import PlanwerkModel
import XCTest

/// Remarks are remarks: every table line of the samples that carries a relevance label goes through the
/// filter, and exactly the participants' notes come out; headings, labels and repeated titles never do.
final class RemarkTests: XCTestCase {
    let filter = RemarkFilter(relevanceLabels: Profile.standard.relevanceLabels.map(\.label))

    func testEveryAssessmentTableLineOfTheSamples() throws {
        var remarks: [String] = []
        var rows = 0
        for file in Fixtures.seedFiles {
            let document = try Fixtures.pipeline.read(data: Data(contentsOf: URL(fileURLWithPath: file)), file: file).get()
            let table = document.blocks.filter(\.isTableRow).map { $0.cells.filter { !$0.isEmpty } }
            rows += table.filter { $0.contains(where: filter.isRelevanceLabel) }.count
            remarks += filter.remarks(rows: table, titles: [])
        }
        XCTAssertGreaterThanOrEqual(rows, 30)
        // The same meeting is in two seeds (000 and 003), so its notes come twice.
        let expected = [
            "Untersuchung nicht nötig, wir wissen, das es so ist. Geld z. B. für Sprachtherapie Mütter benutze",
            "Rechtsform Kreis + Kommune wird gebraucht",
            "low hanging fruits analog normaler SchülerInnenbeförderung Kleine, wichtige benachteiligte Gruppe (viele Frauen)",
            "Sollte ausgeweitet werden auf andere Ratsuchende", "Passt vielleicht etwas in unsere Strukturen nicht?",
            "Brauchen wir über MS hinaus wirklich mehr?", "starke Teilhabe -> glückliche Bürger", "Evaluation der bestehenden Beratungen",
        ]
        XCTAssertEqual(Set(remarks), Set(expected))
        for debris in ["Handlungsempfehlung", "Sozialplanungsfachkräfte", "1. Handlungsempfehlung", "...", "mehr", "Zweckbindungen", "2021"] {
            XCTAssertFalse(remarks.contains(debris), debris)
        }
    }

    func testHeadingsLabelsAndTitlesAreNoRemarks() {
        XCTAssertTrue(filter.isRelevanceLabel("steuerungsrelevant (ab 40 Pkt.)"))
        XCTAssertTrue(filter.isRelevanceLabel("In hohem Maße steuerungsrelevant"))
        XCTAssertFalse(filter.isRelevanceLabel("Steuerungsrelevanz"))  // the column heading
        func remarks(_ rows: [[String]], titles: [String] = []) -> [String] { filter.remarks(rows: rows, titles: titles) }
        XCTAssertEqual(remarks([["Handlungsempfehlung", "Steuerungsrelevanz", "Sozialplanungsfachkräfte"]]), [])
        XCTAssertEqual(remarks([["Handlungsempfehlung", "Steuerungsrelevanz", "Anmerkungen"], ["3. Handlungsempfehlung", "steuerungsrelevant (ab 40 Pkt.)", "..."]]), [])
        // A labelled title in one row, the title again in the next: no remark; the participant's note is.
        XCTAssertEqual(remarks([["Handlungsempfehlung: Handlungsempfehlung „Lotsen im Amt für alle Familien“", "steuerungsrelevant"],
                                ["Lotsen im Amt für alle Familien", "weniger steuerungsrelevant", "Mehr Geld für Lotsen"]]), ["Mehr Geld für Lotsen"])
        XCTAssertEqual(remarks([["Anmerkungen:", "steuerungsrelevant", "Schulwegsicherung stärken", "schulwegsicherung stärken."]],
                               titles: ["Schulwegsicherung stärken"]), [])
        // Wrapped cells of a PDF: the fragments of a label or of the title are no remarks.
        XCTAssertEqual(remarks([["In hohem Maße", "steuerungsrelevant", "Kinder psychisch kranker Eltern“"]],
                               titles: ["Koordination für Kinder psychisch kranker Eltern"]), [])
        XCTAssertEqual(remarks([["steuerungsrelevant", "Gute Idee\u{2029}Gute Idee\u{2029}Zu teuer"]]), ["Gute Idee", "Zu teuer"])
        // Rows without a relevance label, and status table rows, hold no remarks.
        XCTAssertEqual(remarks([["Wichtig", "Gute Idee"], ["Zweckbindungen", "steuerungsrelevant", "2021", "Beratung", "mehr"]]), [])
    }
}
