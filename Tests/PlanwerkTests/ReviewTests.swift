import Foundation
import PlanwerkModel
import PlanwerkReview
import XCTest

/// Corrections and release through the binary on a copy of the sample inputs: correct, remove, add, confirm,
/// release with four eyes; the corrections re-checked against a changed protocol (conflict, absorbed); broken
/// corrections files; and a seeded property test of the layer.
final class ReviewTests: XCTestCase {
    static let epoch = ["SOURCE_DATE_EPOCH": "1686000000"]  // 2023-06-05
    static let meeting = "2023-05-12-steuerungsgruppe-sozialplanung"
    static let rucksack = "recommendations/ausweitung-des-modellprojekts-rucksack-kita"

    struct Workspace {
        let dir: URL
        var inputs: URL { dir.appendingPathComponent("inputs") }
        var outputs: URL { dir.appendingPathComponent("outputs") }

        @discardableResult
        func planwerk(_ args: [String], expect status: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) throws -> ProcessResult {
            let review = ["facts", "correct", "confirm", "release"].contains(args[0]) ? ["--inputs", inputs.path, "--outputs", outputs.path] : []
            let r = try runProcess(Fixtures.binary, args + review, cwd: dir, environment: ReviewTests.epoch)
            XCTAssertEqual(r.status, status, "\(args.joined(separator: " ")): \(r.stdout)\(r.stderr)", file: file, line: line)
            return r
        }

        func run(file: StaticString = #filePath, line: UInt = #line) throws {
            try planwerk(["run", "--inputs", inputs.path, "--outputs", outputs.path, "--pdf"], file: file, line: line)
        }

        func record() throws -> [String: Any] {
            let data = try Data(contentsOf: outputs.appendingPathComponent("records/\(ReviewTests.meeting).json"))
            return try JSONSerialization.jsonObject(with: data) as! [String: Any]
        }

        func recommendation(_ fragment: String) throws -> [String: Any]? {
            (try record()["recommendations"] as! [[String: Any]]).first { ($0["title"] as! String).contains(fragment) }
        }

        func paper(_ fragment: String) throws -> String {
            let dir = outputs.appendingPathComponent("vorlagen")
            let name = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.contains(fragment) && $0.hasSuffix(".md") })
            return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
    }

    func workspace() throws -> Workspace {
        let dir = temporaryDirectory()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        let w = Workspace(dir: dir)
        try w.run()
        return w
    }

    func testCorrectConfirmReleaseAndRebuild() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let m = Self.meeting, r = Self.rucksack
        // Facts with keys, values, states.
        let facts = try w.planwerk(["facts", m, "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(facts.stdout.utf8)) as! [[String: Any]]
        let budget = try XCTUnwrap(list.first { $0["key"] as? String == "\(r)/details.annualBudget.amountEUR" })
        XCTAssertTrue(budget["value"] is NSNull)
        XCTAssertEqual(budget["state"] as? String, "erkannt")
        XCTAssertEqual((budget["evidence"] as? [[String: Any]])?.count, 2)
        let shown = try w.planwerk(["facts", m, "--show", "\(r)/relevance"])
        XCTAssertTrue(shown.stdout.contains("\(r)/relevance = \"relevant\" [erkannt]"), shown.stdout)
        // The protocol's lines around each place that states it, the line itself marked.
        XCTAssertTrue(shown.stdout.contains("protocols/000_d7293dfd3ddd6e9d.txt:\n"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("  >   392   Beschreibung der Empfehlung"), shown.stdout)

        // A clerk corrects, removes a spurious decision, adds a missed next meeting, confirms the rest.
        let by = ["--by", "A. Schmidt"]
        try w.planwerk(["correct", m, "\(r)/details.annualBudget.amountEUR", "48000", "--reason", "Detailformular, Anlage 3"] + by)
        try w.planwerk(["correct", m, "\(r)/details.serviceType.kind", "voluntary", "--reason", "Detailformular"] + by)
        try w.planwerk(["correct", m, "\(r)/details.strategicGoals.refs", "[\"3.1\"]", "--reason", "Detailformular"] + by)
        try w.planwerk(["correct", m, "recommendations/uebernahme-der-oepnv-fahrtkosten-fuer", "--remove", "--reason", "gehört in eine andere Sitzung"] + by)
        try w.planwerk(["correct", m, "nextMeetings/2024-01-19", "--add", "2024-01-19", "--reason", "im Protokoll übersehen"] + by)
        let wrong = try w.planwerk(["correct", m, "\(r)/details.annualBudget.amountEUR", "viel", "--reason", "x"] + by, expect: 1)
        XCTAssertTrue(wrong.stderr.contains("der Wert „viel“ passt nicht"), wrong.stderr)
        try w.planwerk(["correct", m, "\(r)/nonsense", "1", "--reason", "x"] + by, expect: 1)
        let confirmed = try w.planwerk(["confirm", m, "--all-shown"] + by)
        let confirmations = Int(confirmed.stdout.split(separator: " ")[1]) ?? -1
        XCTAssertGreaterThan(confirmations, 100)
        // Four eyes: the corrector may not release; a second person may.
        let own = try w.planwerk(["release", m, "--by", "A. Schmidt"], expect: 1)
        XCTAssertTrue(own.stderr.contains("Vier-Augen-Prinzip"), own.stderr)
        try w.planwerk(["release", m, "--by", "B. Meyer"])
        try w.run()

        let rec = try XCTUnwrap(w.recommendation("Rucksack"))
        let details = rec["details"] as! [String: Any]
        XCTAssertEqual((details["annualBudget"] as! [String: Any])["amountEUR"] as? Int, 48000)
        XCTAssertEqual((details["serviceType"] as! [String: Any])["kind"] as? String, "voluntary")
        XCTAssertEqual((details["strategicGoals"] as! [String: Any])["refs"] as? [String], ["3.1"])
        XCTAssertNil(try w.recommendation("ÖPNV-Fahrtkosten"))
        XCTAssertTrue((try w.record()["nextMeetings"] as! [[String: Any]]).contains { $0["date"] as? String == "2024-01-19" })
        XCTAssertEqual((try w.record()["release"] as? [String: String])?["by"], "B. Meyer")
        let paper = try w.paper("rucksack")
        XCTAssertTrue(paper.contains("| Mitteleinsatz (jährlich) | 48.000 € |"), paper)
        XCTAssertTrue(paper.contains("| Art der Leistung | freiwillige Leistung |"))
        XCTAssertFalse(paper.contains("Freigabe der Sitzung"))
        // The PDF beside it says the same, read back by Planwerk's own PDF reader.
        let pdf = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: w.outputs.appendingPathComponent("vorlagen").path)
            .first { $0.contains("rucksack") && $0.hasSuffix(".pdf") })
        let read = try runProcess(Fixtures.binary, ["blocks", w.outputs.appendingPathComponent("vorlagen/\(pdf)").path]).stdout
        XCTAssertTrue(read.contains("Mitteleinsatz (jährlich) | 48.000 €"), read)
        let report = try String(contentsOf: w.outputs.appendingPathComponent("pruefbericht.md"), encoding: .utf8)
        XCTAssertFalse(report.contains("Mitteleinsatz (jährlich) fehlt im Detailformular von „Ausweitung"), report)
        // Other meetings are not released: their papers say so.
        XCTAssertTrue(try w.paper("inklusive").contains("Freigabe der Sitzung vom 13. Mai 2022 (planwerk release)"))

        // outputs/ is derived: delete it, run again -> the same records and papers.
        func snapshot() throws -> [String: Data] {
            var out: [String: Data] = [:]
            for folder in ["records", "vorlagen", "dossier"] {
                for name in try FileManager.default.contentsOfDirectory(atPath: w.outputs.appendingPathComponent(folder).path) where !name.hasSuffix(".pdf") {  // LibreOffice stamps PDFs with the time
                    out["\(folder)/\(name)"] = try Data(contentsOf: w.outputs.appendingPathComponent("\(folder)/\(name)"))
                }
            }
            return out
        }
        let before = try snapshot()
        try FileManager.default.removeItem(at: w.outputs)
        try w.run()
        XCTAssertEqual(try snapshot(), before)

        // The protocol changes so the corrected budget is read differently: conflict, release withdrawn, paper ENTWURF.
        let protocolFile = w.inputs.appendingPathComponent("protocols/000_d7293dfd3ddd6e9d.txt")
        let original = try String(contentsOf: protocolFile, encoding: .utf8)
        let form = " Mitteleinsatz (jährlich)\t\n"
        XCTAssertTrue(original.contains(form))
        try original.replacingOccurrences(of: form, with: " Mitteleinsatz (jährlich)\t30.000 Euro\n").write(to: protocolFile, atomically: true, encoding: .utf8)
        try w.run()
        let findings = try w.record()["findings"] as! [[String: Any]]
        let conflict = try XCTUnwrap(findings.first { $0["rule"] as? String == "correction.conflict" })
        XCTAssertEqual(conflict["severity"] as? String, "error")
        XCTAssertTrue((conflict["message"] as! String).contains("erkannt war „(leer)“, Berichtigung „48000“ (A. Schmidt, 2023-06-05T"), conflict["message"] as! String)
        XCTAssertTrue((conflict["message"] as! String).contains("jetzt erkannt „30000“"))
        XCTAssertTrue(findings.contains { $0["rule"] as? String == "release.withdrawn" })
        XCTAssertTrue(try w.record()["release"] is NSNull)
        XCTAssertTrue(try w.paper("rucksack").contains("ENTWURF"))
        // The extractor now agrees with the correction: absorbed, the release holds again.
        try original.replacingOccurrences(of: form, with: " Mitteleinsatz (jährlich)\t48.000 Euro\n").write(to: protocolFile, atomically: true, encoding: .utf8)
        try w.run()
        let agreed = try w.record()["findings"] as! [[String: Any]]
        XCTAssertFalse(agreed.contains { ["correction.conflict", "release.withdrawn"].contains($0["rule"] as? String) }, "\(agreed)")
        XCTAssertEqual((try w.record()["release"] as? [String: String])?["by"], "B. Meyer")
        let state = try w.planwerk(["facts", m, "--show", "\(r)/details.annualBudget.amountEUR"])
        XCTAssertTrue(state.stdout.hasPrefix("\(r)/details.annualBudget.amountEUR = 48000 [berichtigt]"), state.stdout)
        // Nothing in the corrections file was lost.
        let kept = try ReviewFolder(inputs: w.inputs.path).corrections(m)
        XCTAssertEqual(kept.count, 5 + confirmations)
        XCTAssertEqual(kept.prefix(5).map(\.action), [.set, .set, .set, .remove, .add])
    }

    func testBrokenCorrectionsFileIsReportedAndKept() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let folder = w.inputs.appendingPathComponent("korrekturen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            ("{\"korrekturen\": [", "kein gültiges JSON"),
            ("{\"korrekturen\": [{\"art\": \"setzen\", \"schluessel\": \"meeting/farbe\", \"wert\": 1, \"von\": \"x\", \"zeit\": \"t\"}]}",
             "unbekannter Schlüssel „meeting/farbe“ (bei korrekturen.0)"),
            ("{\"korrekturen\": [{\"art\": \"raten\", \"schluessel\": \"meeting/location\", \"von\": \"x\", \"zeit\": \"t\"}]}", "korrekturen.0.art"),
        ]
        for (text, expected) in cases {
            let file = folder.appendingPathComponent("\(Self.meeting).json")
            try Data(text.utf8).write(to: file)
            try w.run()
            let findings = try w.record()["findings"] as! [[String: Any]]
            let problem = try XCTUnwrap(findings.first { $0["rule"] as? String == "correction.unreadable" }, text)
            XCTAssertTrue((problem["message"] as! String).contains("korrekturen/\(Self.meeting).json: "), problem["message"] as! String)
            XCTAssertTrue((problem["message"] as! String).contains(expected), "\(problem["message"]!) / \(expected)")
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)  // never rewritten
            // The other meetings are untouched, and no correction can be added to the broken file.
            XCTAssertTrue(FileManager.default.fileExists(atPath: w.outputs.appendingPathComponent("records/2022-05-13-steuerungsgruppe-sozialplanung.json").path))
            try w.planwerk(["correct", Self.meeting, "meeting/location", "Rathaus", "--reason", "x", "--by", "A"], expect: 1)
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)
        }
    }

    /// Random sequences of corrections, undos and re-extractions (seeded): the file keeps every entry in order,
    /// and the same corrections on the same extraction always give the same record.
    func testRandomCorrectionSequences() throws {
        var rng = SeededGenerator(seed: 20261204)
        let base = try XCTUnwrap(Fixtures.seedRecords["2023-05-12"])
        let keys = RecordFacts.facts(of: base).map(\.key).filter { $0.hasSuffix("/agree") || $0.hasSuffix("amountEUR") || $0.hasSuffix("/relevance") || $0 == "meeting/location" }
        XCTAssertGreaterThan(keys.count, 10)
        let values: [FactValue] = [.null, .int(7), .int(48000), .string("relevant"), .string("low"), .string("Rathaus")]
        let dir = temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("korrekturen"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = ReviewFolder(inputs: dir.path)
        var written: [Correction] = []
        var extraction = base
        for step in 0..<300 {
            let key = keys[Int.random(in: 0..<keys.count, using: &rng)]
            switch Int.random(in: 0..<10, using: &rng) {
            case 0:  // re-extraction: a value read differently
                _ = RecordFacts.set(key, to: values[Int.random(in: 0..<values.count, using: &rng)], in: &extraction)
            default:
                let actions: [Correction.Action] = [.set, .set, .clear, .confirm, .undo]
                let action = actions[Int.random(in: 0..<actions.count, using: &rng)]
                let entry = Correction(action: action, key: key, base: RecordFacts.value(key, in: extraction) ?? .null,
                                       value: action == .set ? values[Int.random(in: 0..<values.count, using: &rng)] : .null,
                                       reason: "Schritt \(step)", author: step % 2 == 0 ? "A" : "B", time: "2026-12-04T00:00:\(String(format: "%02d", step % 60))Z")
                let existing = try folder.corrections(Self.meeting)
                try ReviewFolder.file(corrections: existing + [entry]).write(to: URL(fileURLWithPath: folder.correctionsPath(Self.meeting)))
                written.append(entry)
            }
            let read = try folder.corrections(Self.meeting)
            XCTAssertEqual(read, written)  // never loses or reorders an entry
            let once = CorrectionLayer().apply(read, to: extraction), twice = CorrectionLayer().apply(read, to: extraction)
            XCTAssertEqual(try once.record.jsonData(), try twice.record.jsonData())
            XCTAssertEqual(once.findings, twice.findings)
            // Every key in force has a state or a finding.
            for (key, _) in CorrectionLayer.inForce(read) {
                XCTAssertTrue(once.states[key] != nil || once.findings.contains { $0.field == key }, key)
            }
        }
    }
}
