import Foundation
import XCTest

/// `planwerk export oparl`: every object and list element valid under the OParl 1.1 schemas (Python jsonschema),
/// every reference resolving inside the tree, the spec's examples passing the same validator (all but
/// Meeting-01, see the schemas' README), ids stable across runs.
final class OParlExportTests: XCTestCase {
    func testStaticTreeOfTheSamples() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        let env = ["SOURCE_DATE_EPOCH": "1686000000"]
        XCTAssertEqual(try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs", "--pdf"], cwd: dir, environment: env).status, 0)
        let base = "https://kreis.example.invalid/oparl/v1.1"
        func export(_ folder: String) throws -> [String: Any] {
            let r = try runProcess(Fixtures.binary, ["export", "oparl", "--out", folder, "--base-url", base], cwd: dir, environment: env)
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("(4 Sitzungen, 8 Vorlagen)"), r.stdout)
            let check = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("oparl-1.1/oparl_check.py").path,
                                       Fixtures.url("oparl-1.1/schema").path, Fixtures.url("oparl-1.1/examples").path, dir.appendingPathComponent(folder).path, base])
            XCTAssertEqual(check.status, 0, check.stderr)
            return try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
        }
        let report = try export("oparl")
        XCTAssertEqual(report["errors"] as? [String], [])
        XCTAssertEqual(report["unresolved"] as? [String], [])
        XCTAssertGreaterThan(report["objects"] as? Int ?? 0, 60)
        XCTAssertGreaterThan(report["references"] as? Int ?? 0, 300)
        let examples = try XCTUnwrap(report["examples"] as? [String: [String]])
        XCTAssertEqual(examples.count, 8)
        for (name, problems) in examples { XCTAssertEqual(problems.isEmpty, name != "Meeting-01.json", "\(name): \(problems)") }

        // A paper: reference, type, lead office, Beratungsfolge with roles, the PDF as main file with its checksum.
        let paperURL = dir.appendingPathComponent("oparl/paper/MV-2023-047-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.json")
        let paper = try JSONSerialization.jsonObject(with: Data(contentsOf: paperURL)) as! [String: Any]
        XCTAssertEqual(paper["reference"] as? String, "MV/2023/047")
        XCTAssertEqual(paper["paperType"] as? String, "Mitteilungsvorlage")
        XCTAssertEqual(paper["underDirectionOf"] as? [String], ["\(base)/organization/stabsstelle-sozialplanung-und-steuerung.json"])
        XCTAssertEqual((paper["consultation"] as? [[String: Any]])?.map { $0["role"] as? String }, ["Kenntnisnahme", "Kenntnisnahme", "Kenntnisnahme"])
        let main = try XCTUnwrap(paper["mainFile"] as? [String: Any])
        XCTAssertEqual(main["mimeType"] as? String, "application/pdf")
        XCTAssertEqual((main["sha512Checksum"] as? String)?.count, 128)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("oparl/files/MV-2023-047-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.pdf").path))
        XCTAssertEqual(paper["planwerk:entwurf"] as? Bool, true)
        // A meeting keeps the votes and assessments OParl lacks in the extension.
        let meeting = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("oparl/meeting/2023-05-12-steuerungsgruppe-sozialplanung.json"))) as! [String: Any]
        XCTAssertEqual((meeting["planwerk:zielvorschlaege"] as? [[String: Any]])?.first?["stimmeZu"] as? Int, 15)
        XCTAssertEqual(meeting["start"] as? String, "2023-05-12T00:00:00+02:00")

        // A second export: the same ids.
        _ = try export("oparl2")
        func ids(_ folder: String) throws -> Set<String> {
            Set(try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent(folder).path).filter { $0.hasSuffix(".json") })
        }
        XCTAssertEqual(try ids("oparl"), try ids("oparl2"))
    }
}
