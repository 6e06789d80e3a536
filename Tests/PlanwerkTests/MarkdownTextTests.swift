import PlanwerkText
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

    func testCellsStayOnOneLine() {
        XCTAssertEqual(MarkdownText.cell("14. November 2023\n# zwei | drei"), "14. November 2023<br># zwei \\| drei")
    }
}
