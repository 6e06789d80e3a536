import PlanwerkCompose
import PlanwerkModel
import PlanwerkText
import PlanwerkValidate
import PlanwerkWriters
import XCTest

/// Text from protocols stays literal text in Markdown: every character that could open markup is escaped.
final class MarkdownTextTests: XCTestCase {
    func testInlineMarkupIsEscaped() {
        XCTAssertEqual(MarkdownText.escape("**fett** _kursiv_ `code` [Link](javascript:alert(1)) <script>x</script> ~~weg~~ &amp; ![b](x.png) a|b"),
                       "\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` \\[Link\\](javascript:alert(1)) \\<script\\>x\\</script\\> \\~\\~weg\\~\\~ \\&amp; !\\[b\\](x.png) a\\|b")
        XCTAssertEqual(MarkdownText.escape("Es ist ein Muss! A & B"), "Es ist ein Muss! A & B")
    }

    func testBlockMarkupAtLineStartsIsEscaped() {
        XCTAssertEqual(MarkdownText.escape("# Titel\n- Punkt\n+ Punkt\n> Zitat\n1. Liste\n12) Liste\n===\n    Code"),
                       "\\# Titel\n\\- Punkt\n\\+ Punkt\n\\> Zitat\n1\\. Liste\n12\\) Liste\n\\===\nCode")
        // Inside a line nothing needs the escape.
        XCTAssertEqual(MarkdownText.escape("am 5. März - dann 1. Lesung"), "am 5. März - dann 1. Lesung")
    }

    func testPruefberichtEscapesTitlesAndMessages() throws {
        var record = try XCTUnwrap(Fixtures.seedRecords["2023-05-12"])
        let hostile = "**Fett** [Link](javascript:alert(1)) <img src=x> | Spalte"
        record.findings = [Finding(rule: "budget.missing", severity: .error, recommendation: hostile, message: "# Überschrift\n- Liste `code`",
                                   evidence: [], field: "details.annualBudget")]
        let md = MarkdownWriter.render(PruefberichtComposer().compose([record], date: "2023-06-05"))
        XCTAssertTrue(md.contains("### Handlungsempfehlung „\\*\\*Fett\\*\\* \\[Link\\](javascript:alert(1)) \\<img src=x\\> \\| Spalte“"), md)
        // Inside the finding's list item, a line of the message starts no block of its own.
        XCTAssertTrue(md.contains("- **Fehler:** # Überschrift\n\\- Liste \\`code\\`\nWas tun: Den jährlichen Mitteleinsatz"), md)
        XCTAssertFalse(md.contains("[Link](javascript"))
        XCTAssertFalse(md.contains("budget.missing"))  // people read what to do, not rule ids
    }

    func testCellsStayOnOneLine() {
        XCTAssertEqual(MarkdownText.cell("14. November 2023\n# zwei | drei"), "14. November 2023<br># zwei \\| drei")
    }
}
