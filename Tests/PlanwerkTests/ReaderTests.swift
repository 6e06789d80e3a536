import Foundation
import PlanwerkModel
import PlanwerkReaders
import XCTest

/// The text reader: encodings, markup, joined lines, furniture.
final class ReaderTests: XCTestCase {
    let source = Source(file: "t.txt", sha256: String(repeating: "0", count: 64), kind: .text)

    func blocks(_ text: String) -> [Block] { ProtocolTextReader().read(text: text, source: source).blocks }

    func testWindows1252IsDetectedAndConverted() throws {
        let bytes: [UInt8] = Array("Protokoll der Steuerungsgruppe am 01.02.2020 ".utf8) + [0x84, 0x47, 0x72, 0xFC, 0xDF, 0x65, 0x93]
        let doc = try ProtocolTextReader().read(data: Data(bytes), source: source)
        XCTAssertEqual(doc.source.encoding, "windows-1252")
        XCTAssertEqual(doc.blocks.first?.text, "Protokoll der Steuerungsgruppe am 01.02.2020 „Grüße“")
        XCTAssertEqual(doc.notes, ["Zeichenkodierung windows-1252 erkannt und nach UTF-8 umgewandelt"])
    }

    func testEmptyAndBinaryInputsAreRefused() {
        XCTAssertThrowsError(try DecodedText.decode(Data())) { XCTAssertEqual($0 as? ReaderError, .empty) }
        XCTAssertThrowsError(try DecodedText.decode(Data("  \n\n ".utf8))) { XCTAssertEqual($0 as? ReaderError, .empty) }
        XCTAssertThrowsError(try DecodedText.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]))) { XCTAssertEqual($0 as? ReaderError, .binary) }
    }

    func testHyphenationAndWrappedLinesAreJoined() {
        let b = blocks("Die Handlungsempfehlung \n„Übernahme der ÖPNV-\nFahrtkosten für Handlungs-\nempfehlungen“ wird\nals steuerungsrelevant eingeschätzt.\nNeuer Absatz.")
        XCTAssertEqual(b.map(\.text), ["Die Handlungsempfehlung „Übernahme der ÖPNV-Fahrtkosten für Handlungsempfehlungen“ wird als steuerungsrelevant eingeschätzt.", "Neuer Absatz."])
        XCTAssertEqual(b[0].provenance.line, 1)
        XCTAssertEqual(b[0].provenance.endLine, 5)
    }

    func testMarkupBecomesBlocks() {
        let b = blocks("# AGENDA\n- Einstieg\n  - Rückblick\n**Fett** und [Link](#)\n<p>Art der Leistung</p>\t<ul><li>freiwillig</li></ul>\n| A | B |\n|---|---|\n| 1 | 2 |\n<hr/>\n1. Punkt eins")
        XCTAssertEqual(b.map(\.kind), [.heading(level: 1), .listItem(level: 0), .listItem(level: 1), .paragraph, .tableRow, .tableRow, .tableRow, .listItem(level: 0)])
        XCTAssertEqual(b[3].text, "Fett und Link")
        XCTAssertEqual(b[4].cells.map { $0.replacingOccurrences(of: "\u{2029}", with: "") }, ["Art der Leistung", "freiwillig"])
        XCTAssertEqual(b[5].cells, ["A", "B"])
        XCTAssertEqual(b[7].text, "1. Punkt eins")
    }

    func testEveryBulletMarkerMakesAListItem() {
        let markers = ["->", "=>", "-", "•", "*", "·", "–", "⇒", "➢", "▪", "■", "►", "→", "+", "x"]
        let b = blocks(markers.map { "\($0) Punkt" }.joined(separator: "\n\n"))
        XCTAssertEqual(b.map(\.kind), Array(repeating: .listItem(level: 0), count: markers.count))
        XCTAssertEqual(Set(b.map(\.text)), ["Punkt"])
        XCTAssertEqual(blocks("-> Punkt\n->Punkt\nxPunkt").map(\.kind), [.listItem(level: 0), .paragraph])
    }

    func testHTMLTablesBecomeRows() {
        let b = blocks("<table><tr><th>Zielvorschlag</th><th>Stimme zu</th></tr><tr><td>Wohnen &amp; Leben</td><td>9</td></tr></table>")
        XCTAssertEqual(b.map(\.cells), [["Zielvorschlag", "Stimme zu"], ["Wohnen & Leben", "9"]])
    }

    func testFurnitureIsFlagged() {
        let text = "Kopfzeile\n\nInhalt eins.\n\nKopfzeile\n\nInhalt zwei.\n\nKopfzeile\n\nScanned with CamScanner\n\n(The image shows a chart)\n\n12\n\n[Grid for estimates]"
        let b = blocks(text)
        XCTAssertEqual(b.filter { !$0.isFurniture }.map(\.text), ["Inhalt eins.", "Inhalt zwei."])
    }
}
