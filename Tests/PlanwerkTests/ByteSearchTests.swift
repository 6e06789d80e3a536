import PlanwerkText
import XCTest

/// The byte-level string helpers the readers use agree with their character-level meaning.
final class ByteSearchTests: XCTestCase {
    func testSplittingKeepsEmptyPieces() {
        XCTAssertEqual("a\t\tb".splitUTF8(at: 9), ["a", "", "b"])
        XCTAssertEqual("Zeile 1\nZeile „2“\n".splitUTF8(at: 10), ["Zeile 1", "Zeile „2“", ""])
        XCTAssertEqual("".splitUTF8(at: 10), [""])
        XCTAssertEqual("ohne".splitUTF8(at: 9), ["ohne"])
        XCTAssertEqual("<table><tr><td>a</td><tr><td>ä</td></table>".splitUTF8(at: "<tr"), ["<table>", "><td>a</td>", "><td>ä</td></table>"])
        XCTAssertEqual("<tr<tr".splitUTF8(at: "<tr"), ["", "", ""])
        XCTAssertEqual("".splitUTF8(at: "<tr"), [""])
    }

    func testSearchesAndOffsets() {
        XCTAssertTrue("keine zusätzlichen mittel erforderlich".containsBytes("zusätzlichen mittel"))
        XCTAssertFalse("keine zusätzlichen kosten".containsBytes("mittel"))
        XCTAssertFalse("kurz".containsBytes("länger als der text"))
        XCTAssertTrue("aaab".containsBytes("aab"))
        XCTAssertEqual("Mitteleinsatz (jährlich): 5.000 €".firstUTF8Offset(of: UInt8(ascii: ":"), within: 40), 25)
        XCTAssertNil("Mitteleinsatz: 5.000 €".firstUTF8Offset(of: UInt8(ascii: ":"), within: 5))
        let title = "Handlungsempfehlung: Ärztliche Versorgung"
        XCTAssertEqual(title.firstColon(withinCharacters: 30).map { title.distance(from: title.startIndex, to: $0) }, 19)
        XCTAssertNil(title.firstColon(withinCharacters: 19))
        let umlauts = String(repeating: "ä", count: 12) + ":"  // 24 bytes, 12 characters before the colon
        XCTAssertNotNil(umlauts.firstColon(withinCharacters: 14))
        // Each occurrence of a byte is offered to the test, in order, until one passes.
        var offered: [Int] = []
        let found = "1 < 2 <b>".withUTF8Bytes { u in UTF8Search.contains(UInt8(ascii: "<"), in: u) { offered.append($0); return u[$0 + 1] == UInt8(ascii: "b") } }
        XCTAssertTrue(found)
        XCTAssertEqual(offered, [2, 6])
        XCTAssertFalse("4. Mai".withUTF8Bytes { u in UTF8Search.contains(UInt8(ascii: "."), in: u, from: 2) { _ in true } })
    }

    func testCollapsingSpaces() {
        XCTAssertEqual("  Ziele \t und\u{2029}Wirkungen  ".collapsingSpaces(lineBreaks: false), "Ziele und Wirkungen")
        XCTAssertEqual("a\nb".collapsingSpaces(lineBreaks: false), "a\nb")
        XCTAssertEqual("a \n b".collapsingSpaces(lineBreaks: true), "a b")
    }

    func testLeadingWordsAgreeWithSplitting() {
        for text in ["", "   ", "Jahre Status", "  Jahre   Status  ", "a b c", "a b c ", "a b c d", "Über\tdie  Grenze hinaus", "x\u{2029}y z"] {
            let split = text.utf8.split(separator: 32, maxSplits: 3).map { String(Substring($0)) }
            let (words, more) = text.leadingWords(3)
            XCTAssertEqual(words.map(String.init), Array(split.prefix(3)), text)
            XCTAssertEqual(more, split.count > 3, text)
        }
    }
}
