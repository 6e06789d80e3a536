import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate
import XCTest

/// Broken, odd and hostile PDFs: every file of the robustness corpus ends as a record or a typed error;
/// a worker that crashes or hangs costs its document only.
final class PDFRobustnessTests: XCTestCase {
    func testEveryCorpusFileIsAccountedFor() throws {
        let corpus = Fixtures.url("pdf-robustness")
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let started = Date()
        let r = try runProcess(Fixtures.binary, ["ingest", corpus.path, "--out", out.path])
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(r.status, 1)  // most files are no protocols
        let manifest = try String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        let files = manifest.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: "\t")[0]) }.filter { $0.hasSuffix(".pdf") }
        XCTAssertEqual(files.count, 178)
        let errorLines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("Fehler: ") }
        let recorded = try FileManager.default.contentsOfDirectory(atPath: out.path).flatMap { name -> [String] in
            let rec = try MeetingRecord.fromJSON(Data(contentsOf: out.appendingPathComponent(name)))
            return rec.sources.map(\.file)
        }
        let typed = ["kein Sitzungsprotokoll erkannt", "kein PDF", "beschädigt", "verschlüsselt", "keine Seiten", "PDF-Datei ist leer",
                     "kann nicht geöffnet werden"]
        for file in files {
            let path = corpus.appendingPathComponent(file).path
            let lines = errorLines.filter { $0.hasPrefix("Fehler: \(path): ") }
            XCTAssertTrue(lines.count == 1 || recorded.contains(path), "\(file) not accounted for")
            for line in lines { XCTAssertTrue(typed.contains { line.contains($0) }, "untyped: \(line)") }
        }
        XCTAssertFalse(r.stderr.contains("abgestürzt"), r.stderr)
        XCTAssertFalse(r.stderr.contains("Zeitlimit"), r.stderr)
        XCTAssertLessThan(seconds, 60 * 10)  // far below 60 s per file; a hang would end here
    }

    /// A worker script standing in for `planwerk-pdf-text` and `planwerk-ocr`.
    func worker(_ body: String) throws -> (URL, URL) {
        let dir = temporaryDirectory()
        let script = dir.appendingPathComponent("worker.sh")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (dir, script)
    }

    func ingest(pdfWorker: URL, timeout: Double) -> IngestResult {
        let pipeline = IngestPipeline(profile: .standard, validator: Validator(context: ValidationContext(profile: .standard, catalog: nil)),
                                      pdf: PDFOptions(textWorker: pdfWorker.path, ocrWorker: pdfWorker.path, documentTimeout: timeout))
        return pipeline.ingest(paths: [Fixtures.url("pdf/text/004_0b7f4e42379dc110.pdf").path, Fixtures.url("seeds/002_4d5dbde4f6ddfada.txt").path])
    }

    func testACrashingWorkerCostsOnlyItsDocument() throws {
        let (dir, script) = try worker("kill -SEGV $$")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = ingest(pdfWorker: script, timeout: 30)
        XCTAssertEqual(result.records.map(\.date), ["2021-03-05"])
        XCTAssertEqual(result.failures.count, 1)
        XCTAssertEqual(result.failures[0].cause, .workerCrashed(what: "Lesen des PDF", signal: 11))
        XCTAssertTrue(result.failures[0].reason.hasPrefix("Lesen des PDF abgestürzt (Signal 11)"), result.failures[0].reason)
    }

    func testAMissingWorkerIsAClearError() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("planwerk-pdf-text")
        let result = ingest(pdfWorker: missing, timeout: 30)
        XCTAssertEqual(result.records.map(\.date), ["2021-03-05"])
        XCTAssertEqual(result.failures.map(\.reason), ["Lesen des PDF konnte nicht gestartet werden (Hilfsprogramm \(missing.path) fehlt oder ist nicht ausführbar; es gehört in denselben Ordner wie planwerk)"])
    }

    func testAHangingWorkerIsStoppedAtTheTimeLimit() throws {
        let (dir, script) = try worker("exec sleep 60")
        defer { try? FileManager.default.removeItem(at: dir) }
        let started = Date()
        let result = ingest(pdfWorker: script, timeout: 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(result.records.map(\.date), ["2021-03-05"])
        XCTAssertEqual(result.failures.map(\.cause), [.workerTimedOut(what: "Lesen des PDF", seconds: 1)])
        XCTAssertEqual(result.failures.map(\.reason), ["Lesen des PDF nach 1 s abgebrochen (Zeitlimit)"])
    }
}
