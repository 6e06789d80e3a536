import Foundation
import PlanwerkExtract
import PlanwerkModel
import XCTest

/// The steering group's conclusions on the goal proposals: the points after the vote table, not the
/// participants' notes beside it; a point cut by a line break is one sentence; two sources of one meeting agree.
final class GoalConclusionTests: XCTestCase {
    func testConclusionsOfTheSamples() throws {
        let r2022 = try XCTUnwrap(Fixtures.seedRecords["2022-05-13"])
        XCTAssertEqual(r2022.goalConclusions.first, "Grundsätzlich wird den sozialpolitischen Zielvorschlägen 2022 zugestimmt.")
        XCTAssertEqual(r2022.goalConclusions.count, 5)
        for note in ["Daseinsvorsorge", "Ukraine", "temp. Öffnung d. Systeme", "Handwritten Notes:"] { XCTAssertFalse(r2022.goalConclusions.contains(note), note) }
        // 000 (a table, then the points) and 003 (the points only, one cut after "die sog.") give the same six points.
        let r2023 = try XCTUnwrap(Fixtures.seedRecords["2023-05-12"])
        XCTAssertEqual(r2023.goalConclusions, [
            "Grundsätzlich wird den sieben sozialpolitischen Zielvorschlägen 2023 zugestimmt.",
            "Im Bereich der Kritischen Infrastruktur ist zu berücksichtigen, welche Folgen sich bei Versorgungsengpässen ergeben können.",
            "Darüber hinaus sollte es auch einen Plan B im Sinne eines Worst Case Szenarios geben.",
            "Bei allen Zielvorschlägen sind auch die sog. Querschnittsthemen zu berücksichtigen. Dabei sind wiederum der jeweilige rechtliche Rahmen und die sich daraus ergebenden Kompetenzen zu beachten.",
            "Zum Zielvorschlag „Digitalisierung zur Förderung des Gemeinwohls einsetzen“ zählt auch die Möglichkeit, digital an Sitzungen teilzunehmen (Streaming). Ob die Kreisordnung dies ermöglicht, sollte geprüft werden.",
            "Soziale Lebenswelten in gemeinsamer Verantwortung von Kommunen und Kreis zu schaffen, ist zwingend umzusetzen.",
        ])
        XCTAssertEqual(Fixtures.seedRecords["2021-03-05"]?.goalConclusions, [])
    }

    func testOtherLayouts() throws {
        // Markdown with a heading after the points, prose instead of a list, and a note label.
        let record = try Fixtures.record("""
        # Protokoll der Steuerungsgruppe Sozialplanung am 10.05.2030

        ## Sozialpolitische Zielvorschläge 2030

        | Zielvorschlag | Stimme zu | Passt für mich nicht |
        |---|---|---|
        | Wohnen für alle sichern | 12 | 1 |

        Notizen:

        - Mieten!
        - Die Steuerungsgruppe stimmt allen Zielvorschlägen 2030 zu.
        - Beim Wohnen sind die Kommunen z. B.
        bei der Flächenplanung einzubinden.

        ## Einschätzung der Handlungsempfehlungen

        Die Steuerungsgruppe bittet um mehr Zeit für die nächste Sitzung.
        """, file: "t.md")
        XCTAssertEqual(record.goalConclusions, ["Die Steuerungsgruppe stimmt allen Zielvorschlägen 2030 zu.",
                                                "Beim Wohnen sind die Kommunen z. B. bei der Flächenplanung einzubinden."])
    }
}
