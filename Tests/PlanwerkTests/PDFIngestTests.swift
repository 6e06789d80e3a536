import Foundation
import XCTest

/// `planwerk ingest` on PDFs through the built binary (which starts its own worker processes):
/// text-layer and image-only versions of the seeds, OCR modes, encrypted files.
final class PDFIngestTests: XCTestCase {
    func ingest(_ inputs: [String], _ extra: [String] = []) throws -> (ProcessResult, URL) {
        let out = temporaryDirectory()
        let r = try runProcess(Fixtures.binary, ["ingest"] + inputs + ["--out", out.path] + extra)
        return (r, out)
    }

    func record(_ dir: URL, _ date: String) throws -> [String: Any] {
        let data = try Data(contentsOf: dir.appendingPathComponent("\(date)-steuerungsgruppe-sozialplanung.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    func testTextLayerPDFsGiveTheRecordsOfTheTexts() throws {
        let (r, out) = try ingest([Fixtures.url("pdf/text").path, "--catalog", Fixtures.packageRoot.appendingPathComponent("inputs/strategic-goals.xml").path, "--ocr", "never"])
        defer { try? FileManager.default.removeItem(at: out) }
        XCTAssertEqual(r.status, 0, r.stderr)
        let score = try scoreRecords(out)
        XCTAssertGreaterThanOrEqual(score.f1, 0.98, score.report)   // the texts score 1.000
        let rec = try record(out, "2022-05-13")
        let source = (rec["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["kind"] as? String, "pdf")
        XCTAssertEqual(source["pages"] as? Int, 12)
        XCTAssertNil(source["ocrPages"])
        let goals = rec["goalProposals"] as! [[String: Any]]
        XCTAssertEqual(goals.map { $0["title"] as! String }.first, "Bezahlbares Wohnen realisieren")
        XCTAssertEqual(goals.first?["agree"] as? Int, 10)
        XCTAssertEqual(goals.first?["disagree"] as? Int, 1)
        let evidence = (goals.first?["evidence"] as! [[String: Any]])[0]
        XCTAssertEqual(evidence["page"] as? Int, 1)
        XCTAssertEqual(evidence["line"] as? Int, 13)  // the line on the page, for the reviewer
    }

    func testImageOnlyPDFsAreReadWithOCR() throws {
        let (r, out) = try ingest([Fixtures.url("pdf/scan").path, "--catalog", Fixtures.packageRoot.appendingPathComponent("inputs/strategic-goals.xml").path])
        defer { try? FileManager.default.removeItem(at: out) }
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("scan/004_0b7f4e42379dc110.pdf: Seite 1: Texterkennung (OCR), weil keine Textebene"), r.stderr)
        XCTAssertTrue(r.stderr.contains("004_0b7f4e42379dc110.pdf: Texterkennung: 6 von 6 Seiten, mittlere Konfidenz"), r.stderr)
        let source = (try record(out, "2018-11-30")["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["kind"] as? String, "ocr")
        XCTAssertEqual(source["ocrPages"] as? [Int], [1, 2, 3, 4, 5, 6])
        XCTAssertGreaterThan(source["ocrConfidence"] as? Double ?? 0, 80)
        let score = try scoreRecords(out)
        XCTAssertGreaterThanOrEqual(score.f1, 0.98, score.report)   // the texts score 1.000
        // Dotted zeros (dot removed before OCR) and a lone zero in a vote cell (read again as digits).
        let online = try record(out, "2021-03-05")
        XCTAssertEqual(online["location"] as? String, "Virtuelle Sitzung")
        XCTAssertEqual((online["nextMeetings"] as! [[String: Any]]).first?["date"] as? String, "2021-05-07")
        let goals = try record(out, "2022-05-13")["goalProposals"] as! [[String: Any]]
        let oepnv = try XCTUnwrap(goals.first { ($0["title"] as! String).hasPrefix("ÖPNV") })
        XCTAssertEqual(oepnv["agree"] as? Int, 10)
        XCTAssertEqual(oepnv["disagree"] as? Int, 0)
    }

    func testOCRModes() throws {
        let scan = Fixtures.url("pdf/scan/003_c4b3f6f01923f81c.pdf").path
        let (never, out1) = try ingest([scan, "--ocr", "never"])
        defer { try? FileManager.default.removeItem(at: out1) }
        XCTAssertEqual(never.status, 1)
        XCTAssertTrue(never.stderr.contains("003_c4b3f6f01923f81c.pdf: kein Sitzungsprotokoll erkannt"), never.stderr)

        let text = Fixtures.url("pdf/text/004_0b7f4e42379dc110.pdf").path
        let (always, out2) = try ingest([text, "--ocr", "always", "--jobs", "2"])
        defer { try? FileManager.default.removeItem(at: out2) }
        XCTAssertEqual(always.status, 0, always.stderr)
        XCTAssertTrue(always.stderr.contains("Seite 6: Texterkennung (OCR), weil OCR für alle Seiten verlangt (--ocr always)"), always.stderr)
        let source = (try record(out2, "2018-11-30")["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["kind"] as? String, "ocr")

        XCTAssertEqual(try runProcess(Fixtures.binary, ["ingest", text, "--out", out2.path, "--ocr", "manchmal"]).status, 2)
        XCTAssertEqual(try runProcess(Fixtures.binary, ["ingest", text, "--out", out2.path, "--jobs", "0"]).status, 2)
    }

    func testEncryptedPDFNeedsThePassword() throws {
        let file = Fixtures.url("pdf/encrypted/004_0b7f4e42379dc110.pdf").path
        let (locked, out1) = try ingest([file])
        defer { try? FileManager.default.removeItem(at: out1) }
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.stderr.contains("Fehler: \(file): PDF ist verschlüsselt, Passwort mit --password angeben"), locked.stderr)

        let (wrong, out2) = try ingest([file, "--password", "falsch"])
        defer { try? FileManager.default.removeItem(at: out2) }
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("das angegebene Passwort passt nicht"), wrong.stderr)

        let (open, out3) = try ingest([file, "--password", "geheim"])
        defer { try? FileManager.default.removeItem(at: out3) }
        XCTAssertEqual(open.status, 0, open.stderr)
        XCTAssertEqual((try record(out3, "2018-11-30")["sources"] as! [[String: Any]])[0]["kind"] as? String, "pdf")
    }
}
