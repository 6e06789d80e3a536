import Foundation
import XCTest

/// The built `planwerk` binary: exit codes, German error lines, records that match the JSON schema and gold.
final class CLITests: XCTestCase {
    func testBadInputsAreNamedAndTheRestIsProcessed() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data().write(to: inputs.appendingPathComponent("leer.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: inputs.appendingPathComponent("binaer.txt"))
        var random = SeededGenerator(seed: 7)
        let noise = (0..<(20 * 1024 * 1024)).map { _ in UInt8.random(in: 0...255, using: &random) }
        try Data(noise).write(to: inputs.appendingPathComponent("rauschen.txt"))
        try Data("Nur eine Notiz ohne Sitzung.\n".utf8).write(to: inputs.appendingPathComponent("notiz.txt"))
        try Fixtures.data("seeds/002_4d5dbde4f6ddfada.txt").write(to: inputs.appendingPathComponent("gut.txt"))
        let out = dir.appendingPathComponent("out")
        let r = try runProcess(Fixtures.binary, ["ingest", inputs.path, "--out", out.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("Fehler: ") }
        XCTAssertEqual(errors.count, 4, r.stderr)
        XCTAssertTrue(r.stderr.contains("leer.txt: Datei ist leer"))
        XCTAssertTrue(r.stderr.contains("binaer.txt: Datei enthält Binärdaten"))
        XCTAssertTrue(r.stderr.contains("rauschen.txt: Datei enthält Binärdaten"))
        XCTAssertTrue(r.stderr.contains("notiz.txt: kein Sitzungsprotokoll erkannt"))
        XCTAssertTrue(r.stdout.contains("Sitzung 2021-03-05 Steuerungsgruppe Sozialplanung: 1 Quelle, 0 Entscheidungen, 0 Zielvorschläge"), r.stdout)
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        XCTAssertEqual(written, ["2021-03-05-steuerungsgruppe-sozialplanung.json"])  // no temporary or partial files
    }

    func testWrongUsageExitsWithTwo() throws {
        XCTAssertEqual(try runProcess(Fixtures.binary, ["ingest"]).status, 2)
        XCTAssertEqual(try runProcess(Fixtures.binary, ["gibtsnicht"]).status, 2)
        XCTAssertEqual(try runProcess(Fixtures.binary, ["validate", "x.json", "--format", "pdf"]).status, 2)
        // In German, also ArgumentParser's own messages.
        let unknown = try runProcess(Fixtures.binary, ["gibtsnicht"])
        XCTAssertTrue(unknown.stderr.hasPrefix("Fehler: unerwartetes Argument „gibtsnicht“\nAufruf: planwerk"), unknown.stderr)
        let value = try runProcess(Fixtures.binary, ["search", "x", "--year", "abc"])
        XCTAssertTrue(value.stderr.hasPrefix("Fehler: Wert „abc“ ist für --year <year> ungültig\n"), value.stderr)
        let jobs = try runProcess(Fixtures.binary, ["archive", "x", "--jobs", "100000"])
        XCTAssertEqual(jobs.status, 2)
        XCTAssertTrue(jobs.stderr.hasPrefix("Fehler: --jobs muss zwischen 1 und 64 liegen.\n"), jobs.stderr)
    }

    func testRunWritesValidRecordsThatScoreAgainstGold() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("inputs/protocols")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for file in Fixtures.seedFiles {
            try FileManager.default.copyItem(atPath: file, toPath: inputs.appendingPathComponent((file as NSString).lastPathComponent).path)
        }
        for config in ["profile.json", "strategic-goals.xml"] {
            try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs/\(config)"),
                                             to: dir.appendingPathComponent("inputs/\(config)"))
        }
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", dir.appendingPathComponent("inputs").path,
                                                 "--outputs", dir.appendingPathComponent("outputs").path],
                               cwd: Fixtures.packageRoot)
        XCTAssertEqual(r.status, 0, r.stderr)
        let records = dir.appendingPathComponent("outputs/records")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: records.path).sorted(), [
            "2018-11-30-steuerungsgruppe-sozialplanung.json", "2021-03-05-steuerungsgruppe-sozialplanung.json",
            "2022-05-13-steuerungsgruppe-sozialplanung.json", "2023-05-12-steuerungsgruppe-sozialplanung.json",
        ])
        let report = try String(contentsOf: dir.appendingPathComponent("outputs/pruefbericht.md"), encoding: .utf8)
        XCTAssertTrue(report.hasPrefix("# Prüfbericht\n"))
        XCTAssertTrue(report.contains("- **Fehler:** Mitteleinsatz (jährlich) fehlt im Detailformular von „Ausweitung des Modellprojekts Rucksack KiTa"), report)
        XCTAssertTrue(report.contains("\nWas tun: Den jährlichen Mitteleinsatz aus dem Detailformular nachtragen"))
        XCTAssertTrue(report.contains("## Sitzung vom 12. Mai 2023 – Steuerungsgruppe Sozialplanung"))
        XCTAssertFalse(report.contains("budget.missing"))
        let reportHTML = try String(contentsOf: dir.appendingPathComponent("outputs/pruefbericht.html"), encoding: .utf8)
        XCTAssertTrue(reportHTML.contains("<strong>Fehler:</strong> Mitteleinsatz (jährlich) fehlt"), reportHTML)
        // The overview: no vorlagen.json, so no papers; the dossiers without a Vorwort are drafts; the open errors.
        let index = try String(contentsOf: dir.appendingPathComponent("outputs/index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<p>Keine Vorlagen.</p>"), index)
        XCTAssertTrue(index.contains("<strong>Sozialplanung Fokus 2023</strong> <span class=\"stand entwurf\">ENTWURF – es fehlen: Vorwort (inputs/dossier-vorwort.txt), Freigabe der Sitzung vom 12. Mai 2023 (planwerk release)</span>"), index)
        XCTAssertTrue(index.contains("<strong>Sitzung vom 12. Mai 2023</strong> <span class=\"stand entwurf\">3 Fehler</span>"), index)
        // Every record against the JSON schema, with a real validator.
        let check = """
        import json, sys, glob, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        bad = [(f, e.message) for f in sorted(glob.glob(sys.argv[2] + '/*.json')) for e in v.iter_errors(json.load(open(f)))]
        print(bad)
        sys.exit(1 if bad else 0)
        """
        let py = try runProcess(URL(fileURLWithPath: "/usr/bin/env"),
                                ["python3", "-c", check, Fixtures.packageRoot.appendingPathComponent("schemas/record.schema.json").path, records.path])
        XCTAssertEqual(py.status, 0, py.stdout + py.stderr)
        // Accuracy against the gold facts.
        let score = try scoreRecords(records)
        XCTAssertGreaterThanOrEqual(score.f1, 0.97, score.report)
        // Validate: error findings -> exit 1; the report names meeting and recommendation.
        let v = try runProcess(Fixtures.binary, ["validate", records.path, "--format", "markdown"], cwd: Fixtures.packageRoot)
        XCTAssertEqual(v.status, 1)
        XCTAssertTrue(v.stdout.contains("## Sitzung vom 12. Mai 2023 – Steuerungsgruppe Sozialplanung"))
        let ok = try runProcess(Fixtures.binary, ["validate", records.appendingPathComponent("2021-03-05-steuerungsgruppe-sozialplanung.json").path],
                                cwd: Fixtures.packageRoot)
        XCTAssertEqual(ok.status, 0, ok.stdout)
    }

    func testHostileCatalogIsRefused() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let evil = dir.appendingPathComponent("ziele.xml")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<strategicGoals title=\"t\"><goal id=\"3.1\">&x;</goal></strategicGoals>\n".utf8).write(to: evil)
        let record = dir.appendingPathComponent("r.json")
        try Data("{\"body\":\"B\",\"date\":\"2020-01-01\"}".utf8).write(to: record)
        let r = try runProcess(Fixtures.binary, ["validate", record.path, "--catalog", evil.path], cwd: Fixtures.packageRoot)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt"))
        XCTAssertFalse((r.stdout + r.stderr).contains("root:"))
    }
}

/// A deterministic random number generator (SplitMix64) for reproducible test data.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
