import Foundation
import XCTest

/// `planwerk serve` as a real server: end to end in headless Chromium (selenium, axe-core) and the API against its
/// OpenAPI description (schemathesis, small seeded budget).
final class WorkspaceBrowserTests: XCTestCase {
    func testUploadCorrectReleaseAndDownloadInTheBrowser() throws {
        let work = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", Fixtures.url("browser/workspace_e2e.py").path, Fixtures.binary.path, Fixtures.packageRoot.appendingPathComponent("inputs").path,
            Fixtures.url("pdf/scan/002_4d5dbde4f6ddfada.pdf").path, work.path,
        ])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], r.stdout + r.stderr)
        XCTAssertEqual(report["errors"] as? [String], [], "\(report)")
        XCTAssertEqual(report["jobErrors"] as? [String], [])
        XCTAssertEqual(report["meeting"] as? String, "2021-03-05-steuerungsgruppe-sozialplanung")
        XCTAssertGreaterThan(report["pageImages"] as? Int ?? 0, 0, "the scan's pages are shown beside the facts")
        XCTAssertEqual(report["budgetBefore"] as? String, "112500")
        XCTAssertEqual(report["budgetAfter"] as? String, "118000")
        XCTAssertEqual(report["budgetState"] as? String, "berichtigt")
        XCTAssertEqual(report["keyboardConfirmed"] as? String, "bestätigt")
        XCTAssertEqual(report["release"] as? String, "Freigegeben von bert am 2023-06-05T21:20:00Z.")
        // Released and corrected: the paper is a draft only for what the office adds in the register.
        XCTAssertEqual(report["paperReasons"] as? [String], ["Haushaltsjahr", "Deckung"])
        XCTAssertEqual(report["paperPreview"] as? Bool, true)
        XCTAssertEqual(report["odtAmount"] as? Bool, true)
        XCTAssertEqual((report["odtDisposition"] as? String)?.hasPrefix("attachment; filename=\"BV-2023-"), true)
        let axe = try XCTUnwrap(report["axe"] as? [String: [Any]])
        XCTAssertEqual(axe.count, 10, "\(axe.keys)")
        for (page, violations) in axe { XCTAssertTrue(violations.isEmpty, "\(page): \(violations)") }
        XCTAssertEqual(report["wide"] as? [String], [], "pages wider than 360 px")
        XCTAssertEqual(report["exit"] as? Int, 0, "SIGTERM ends the server cleanly")
        XCTAssertTrue((report["log"] as? String)?.contains("Arbeitsplatz beendet.") == true)
    }

    func testAPIMatchesItsOpenAPIDescription() throws {
        let work = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let r = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", Fixtures.url("browser/api_fuzz.py").path, Fixtures.binary.path, Fixtures.packageRoot.appendingPathComponent("inputs").path,
            Fixtures.packageRoot.appendingPathComponent("schemas/planwerk-api.yaml").path, work.path,
        ])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains(" passed"), r.stdout)
        XCTAssertFalse(r.stdout.contains("failed"), r.stdout)
    }
}
