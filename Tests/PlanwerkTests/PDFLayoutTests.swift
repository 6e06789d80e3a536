import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReaders
import XCTest

/// The page reader on synthetic word boxes: lines, table cells, wrapped rows, paragraphs, furniture;
/// the OCR decision; the worker transcript.
final class PDFLayoutTests: XCTestCase {
    /// Words of one line set in a proportional font: 10 pt high, 5 pt per character, 3 pt spaces.
    func line(_ text: String, x: Double = 50, y: Double, cellGap: Double = 40) -> [PositionedWord] {
        var words: [PositionedWord] = []
        var cursor = x
        for (i, cell) in text.components(separatedBy: " | ").enumerated() {
            if i > 0 { cursor += cellGap }
            for word in cell.split(separator: " ") {
                let width = Double(word.count) * 5
                words.append(PositionedWord(text: String(word), x0: cursor, y0: y, x1: cursor + width, y1: y + 10))
                cursor += width + 3
            }
            cursor -= 3
        }
        return words
    }

    func read(_ pages: [[PositionedWord]]) -> String {
        let laidOut = pages.enumerated().map { LaidOutPage(number: $0.offset + 1, width: 600, height: 800, words: $0.element.shuffled()) }
        return LaidOutPagesReader().read(pages: laidOut, source: Source(file: "t.pdf", sha256: "", kind: .pdf)).dump
    }

    func testLinesTablesAndParagraphsFromWordBoxes() {
        let page = line("Protokoll der", y: 100)
            + line("Steuerungsgruppe Sozialplanung am 12.05.2023", y: 111)  // wrapped after a function word: joined
            + line("Zielvorschlag | Stimme zu | Passt nicht", y: 140)
            + line("Wohnen sichern | 10 | 1", y: 151)
            + line("Die Steuerungsgruppe stimmt zu.", y: 180)
        XCTAssertEqual(read([page]), """
        p1\tpara\tProtokoll der Steuerungsgruppe Sozialplanung am 12.05.2023
        p1\trow\tZielvorschlag | Stimme zu | Passt nicht
        p1\trow\tWohnen sichern | 10 | 1
        p1\tpara\tDie Steuerungsgruppe stimmt zu.

        """)
    }

    func testWrappedCellsAreReattachedAndHeadersFootersAreFurniture() {
        var pages: [[PositionedWord]] = []
        for n in 1...3 {
            var words = line("Sozialplanung Fokus", y: 20)
            words += line("Titel | Anmerkungen", y: 100)
            words += line("Wohnen | sehr wichtig für", y: 111)
            words += line("alle", x: 50 + 6 * 5 + 40, y: 122)                 // starts under the second cell
            words += line("\(n)", x: 300, y: 780)
            pages.append(words)
        }
        let dump = read(pages)
        XCTAssertTrue(dump.hasPrefix("p1\tpara*\tSozialplanung Fokus\np1\trow\tTitel | Anmerkungen\np1\trow\tWohnen | sehr wichtig für alle\np1\tpara*\t1\n"), dump)
    }

    /// OCR words of one line in a monospaced font (pitch 25 px, 6 px of side bearings per word): each
    /// entry is a word and the ink gap before it (a word space is 31 px).
    func scannedLine(_ words: [(String, Double)], y: Double) -> [PositionedWord] {
        var x = 100.0
        return words.map { text, gap in
            x += gap
            let width = Double(text.count) * 25 - 6
            defer { x += width }
            return PositionedWord(text: text, x0: x, y0: y, x1: x + width, y1: y + 30)
        }
    }

    func testTabsInScannedMonospacedTablesAreFoundByTheCharacterGrid() {
        let prose = "Bei allen Zielvorschlägen sind auch die Querschnittsthemen zu beachten und der rechtliche Rahmen"
        var words: [PositionedWord] = []
        for (i, y) in [100.0, 300.0, 400.0].enumerated() {  // prose enough for the grid
            words += scannedLine(prose.split(separator: " ").enumerated().map { (String($1), $0 == 0 ? 0 : 31) }, y: y + Double(i))
        }
        // A tab to a stop less than a space after the title, one far behind; spaces after a comma and
        // before a per cent sign.
        words += scannedLine([("Soziale", 0), ("Lebenswelten", 31), ("schaffen", 31), ("15", 21), ("0", 98), ("Muss!", 140)], y: 200)
        words += scannedLine([("Das", 0), ("ist", 31), ("zu", 31), ("berücksichtigen,", 31), ("welche", 31 + 9), ("23,65", 31),
                              ("%", 28), ("der", 31), ("Kinder", 33)], y: 500)
        let page = LaidOutPage(number: 1, width: 2480, height: 3508, words: words.shuffled(), ocrConfidence: 90)
        let dump = LaidOutPagesReader().read(pages: [page], source: Source(file: "t.pdf", sha256: "", kind: .ocr)).dump
        XCTAssertTrue(dump.contains("row\tSoziale Lebenswelten schaffen | 15 | 0 | Muss!\n"), dump)
        XCTAssertTrue(dump.contains("para\tDas ist zu berücksichtigen, welche 23,65 % der Kinder\n"), dump)
        XCTAssertEqual(dump.components(separatedBy: "\trow\t").count, 2, dump)
    }

    func testOCRDecision() {
        let empty = LaidOutPage(number: 1, width: 600, height: 800, words: [])
        XCTAssertEqual(TextLayerCheck.ocrReason(empty, repeatedLines: []), "keine Textebene")
        let garbage = LaidOutPage(number: 1, width: 600, height: 800, words: line("\u{FFFD}\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD}", y: 10))
        XCTAssertEqual(TextLayerCheck.ocrReason(garbage, repeatedLines: []), "Textebene unlesbar (Ersatzzeichen)")
        let number = LaidOutPage(number: 1, width: 600, height: 800, words: line("17", y: 780))
        XCTAssertEqual(TextLayerCheck.ocrReason(number, repeatedLines: []), "nur Seitenzahlen oder Kopf- und Fußzeilen als Text")
        let english = LaidOutPage(number: 1, width: 600, height: 800, words: line("This is a page of text with nothing German on it at all", y: 10))
        XCTAssertEqual(TextLayerCheck.ocrReason(english, repeatedLines: []), "Textebene ohne deutsche Wörter (vermutlich fehlerhaft)")
        let german = LaidOutPage(number: 1, width: 600, height: 800, words: line("Die Steuerungsgruppe stimmt den Zielvorschlägen zu und vereinbart einen Termin", y: 10))
        XCTAssertNil(TextLayerCheck.ocrReason(german, repeatedLines: []))
    }

    func testWorkerTranscriptRoundTripAndTruncation() {
        let page = LaidOutPage(number: 2, width: 595.3, height: 841.9,
                               words: [PositionedWord(text: "Größe", x0: 1, y0: 2, x1: 3.25, y1: 4)], ocrConfidence: 91.5)
        let text = WorkerTranscript.pageCountLine(3) + WorkerTranscript.lines(for: page)
        let parsed = WorkerTranscript.parse(text)
        XCTAssertEqual(parsed.pageCount, 3)
        XCTAssertEqual(parsed.pages, [page])
        XCTAssertEqual(parsed.completedPages, [2])
        // A worker killed mid-page: the page is there but not complete, and a cut line is ignored.
        let cut = WorkerTranscript.parse(String(text.dropLast(4)) + "\nW\t1\t2")
        XCTAssertEqual(cut.completedPages, [])
        let failed = WorkerTranscript.parse(WorkerTranscript.errorLine(code: "encrypted", message: "PDF ist verschlüsselt"))
        XCTAssertEqual(failed.error?.code, "encrypted")
    }
}
