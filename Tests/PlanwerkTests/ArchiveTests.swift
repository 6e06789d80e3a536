import Foundation
import PlanwerkModel
import PlanwerkStore
import XCTest

/// `planwerk archive`, `search`, `history` through the binary: a run killed with SIGKILL resumes and
/// heals, broken files are isolated, unchanged files are skipped, a changed catalogue re-validates.
final class ArchiveTests: XCTestCase {
    /// `count` protocols: seed 000 with the meeting date varied (one meeting each), in a new folder.
    func generatedArchive(_ count: Int, broken: Int = 0) throws -> URL {
        let dir = temporaryDirectory().appendingPathComponent("archiv")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let seed = try String(contentsOf: Fixtures.url("seeds/000_d7293dfd3ddd6e9d.txt"), encoding: .utf8)
        for i in 0..<count {
            let date = String(format: "%02d.%02d.%d", 1 + i % 28, 1 + (i / 28) % 12, 2030 + i / 336)
            try Data(seed.replacingOccurrences(of: "12.05.2023", with: date).utf8)
                .write(to: dir.appendingPathComponent(String(format: "protokoll-%03d.txt", i)))
        }
        for i in 0..<broken {
            try Data((0..<200).map { UInt8(($0 * 7 + i) % 256) }).write(to: dir.appendingPathComponent(String(format: "kaputt-%02d.txt", i)))
        }
        return dir
    }

    func archive(_ dir: URL, db: URL, jobs: Int = 2, extra: [String] = []) throws -> ProcessResult {
        try runProcess(Fixtures.binary, ["archive", dir.path, "--db", db.path, "--jobs", String(jobs)] + extra, cwd: Fixtures.packageRoot)
    }

    func sourceCount(_ db: URL) -> Int {
        let r = try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=5); print(c.execute('select count(*) from sources').fetchone()[0])", db.path])
        return Int(r?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    func testKilledRunResumesAndHeals() throws {
        let dir = try generatedArchive(200)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let killedDB = dir.deletingLastPathComponent().appendingPathComponent("killed.sqlite")
        let cleanDB = dir.deletingLastPathComponent().appendingPathComponent("clean.sqlite")

        let p = Process()
        p.executableURL = Fixtures.binary
        p.arguments = ["archive", dir.path, "--db", killedDB.path, "--jobs", "1"]
        p.currentDirectoryURL = Fixtures.packageRoot
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while sourceCount(killedDB) < 20, Date() < deadline, p.isRunning { usleep(50_000) }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal)
        let atKill = sourceCount(killedDB)
        XCTAssertGreaterThanOrEqual(atKill, 20)
        XCTAssertLessThan(atKill, 200, "the run ended before it could be killed")

        let resumed = try archive(dir, db: killedDB)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("Archiv: \(200 - atKill) verarbeitet, \(atKill) übersprungen"), resumed.stdout)
        let clean = try archive(dir, db: cleanDB)
        XCTAssertEqual(clean.status, 0, clean.stderr)

        let healed = try ArchiveStore(path: killedDB.path), reference = try ArchiveStore(path: cleanDB.path)
        XCTAssertEqual(try healed.integrityCheck(), "ok")
        let a = try healed.meetings(), b = try reference.meetings()
        XCTAssertEqual(a.count, 200)
        XCTAssertEqual(Set(a.map(\.id)).count, 200)  // no meeting duplicated or lost
        XCTAssertEqual(try a.map { try $0.jsonData() }, try b.map { try $0.jsonData() })

        // An unchanged re-run reads nothing.
        let again = try archive(dir, db: killedDB)
        XCTAssertTrue(again.stdout.contains("Archiv: 0 verarbeitet, 200 übersprungen (unverändert), 0 fehlgeschlagen; 0 Sitzungen neu zusammengeführt"), again.stdout)
    }

    func testBrokenFilesAreIsolatedAndReported() throws {
        let dir = try generatedArchive(200, broken: 20)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let db = dir.deletingLastPathComponent().appendingPathComponent("a.sqlite")
        let r = try archive(dir, db: db)
        XCTAssertEqual(r.status, 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("Fehler: ") && $0.contains("kaputt-") }
        XCTAssertEqual(errors.count, 20, r.stderr)
        XCTAssertTrue(errors.allSatisfy { $0.hasSuffix(": Datei enthält Binärdaten (keine Textdatei)") || $0.contains("Binärdaten") }, "\(errors)")
        XCTAssertTrue(r.stdout.contains("Archiv: 200 verarbeitet, 0 übersprungen (unverändert), 20 fehlgeschlagen"), r.stdout)
        let store = try ArchiveStore(path: db.path)
        XCTAssertEqual(try store.meetings().count, 200)
        XCTAssertEqual(try store.failures().count, 20)
    }

    func testSearchHistoryAndRevalidation() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("a.sqlite")
        let r = try runProcess(Fixtures.binary, ["archive", Fixtures.url("seeds").path, Fixtures.url("history").path, "--db", db.path], cwd: Fixtures.packageRoot)
        XCTAssertEqual(r.status, 0, r.stderr)
        let search = try runProcess(Fixtures.binary, ["search", "Istanbul", "--db", db.path])
        XCTAssertEqual(search.status, 0)
        let first = search.stdout.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.contains("2023-05-12-steuerungsgruppe-sozialplanung"), search.stdout)
        XCTAssertTrue(search.stdout.contains("[Istanbul]"), search.stdout)
        let none = try runProcess(Fixtures.binary, ["search", "Istanbul", "--year", "2018", "--db", db.path])
        XCTAssertEqual(none.stdout, "Keine Treffer für „Istanbul“.\n")

        let history = try runProcess(Fixtures.binary, ["history", "lotsendienst", "--db", db.path])
        XCTAssertEqual(history.stdout, """
        Handlungsempfehlung „Lotsendienst für Familien im Quartier“
          2021-03-05  eingeschätzt als steuerungsrelevant; aufgenommen in Sozialplanung Fokus 2021
          2022-05-13  Detailformular
          2023-05-12  eingeschätzt als steuerungsrelevant; Status: beraten und beschlossen (Jahr 2021)

        """)

        // A catalogue that now knows goal 3.1 re-validates the stored meetings without reading a file again.
        let catalog = dir.appendingPathComponent("ziele.xml")
        try Data("<?xml version=\"1.0\"?><strategicGoals title=\"T\"><goal id=\"9.9\">Anderes Ziel</goal></strategicGoals>".utf8).write(to: catalog)
        let before = try ArchiveStore(path: db.path).meetings().first { $0.date == "2022-05-13" && $0.recommendations.contains { $0.title.hasPrefix("Lotsendienst") } }
        XCTAssertFalse(before?.findings.contains { $0.rule == "strategicGoals.unknown" } ?? true)
        let revalidate = try runProcess(Fixtures.binary, ["archive", Fixtures.url("history").path, "--db", db.path, "--catalog", catalog.path], cwd: Fixtures.packageRoot)
        XCTAssertEqual(revalidate.status, 0, revalidate.stderr)
        XCTAssertTrue(revalidate.stdout.contains("Archiv: 0 verarbeitet, 3 übersprungen"), revalidate.stdout)
        let after = try ArchiveStore(path: db.path).meetings().first { $0.date == "2022-05-13" && $0.recommendations.contains { $0.title.hasPrefix("Lotsendienst") } }
        XCTAssertTrue(after?.findings.contains { $0.rule == "strategicGoals.unknown" } ?? false, "\(String(describing: after?.findings))")
    }

    /// The history fixtures in a new folder, archived once: (temporary folder, protocols folder, database).
    func archivedHistory() throws -> (URL, URL, URL) {
        let dir = temporaryDirectory()
        let folder = dir.appendingPathComponent("protokolle")
        try FileManager.default.copyItem(at: Fixtures.url("history"), to: folder)
        let db = dir.appendingPathComponent("a.sqlite")
        XCTAssertEqual(try archive(folder, db: db).status, 0)
        return (dir, folder, db)
    }

    func testSourcesOfAnotherExtractionVersionAreReadAgain() throws {
        let (dir, folder, db) = try archivedHistory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try ArchiveStore(path: db.path).meetings()
        // 2022.txt as an earlier Planwerk stored it (version 1 of extraction and reader).
        let sql = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update sources set version='e1-r1' where path like '%2022.txt'\"); c.commit()"
        XCTAssertEqual(try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", sql, db.path]).status, 0)
        let r = try archive(folder, db: db)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Archiv: 1 verarbeitet (davon 1 erneut gelesen, weil eine neuere Planwerk-Version anders liest), 2 übersprungen (unverändert)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("1 Sitzungen neu zusammengeführt"), r.stdout)
        XCTAssertEqual(try ArchiveStore(path: db.path).meetings().map { try $0.jsonData() }, try before.map { try $0.jsonData() })
        let again = try archive(folder, db: db)
        XCTAssertTrue(again.stdout.contains("Archiv: 0 verarbeitet, 3 übersprungen"), again.stdout)
    }

    func testEditedAndRemovedFilesUpdateTheArchive() throws {
        let (dir, folder, db) = try archivedHistory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The 2021 protocol gets another date; the 2023 one is removed (run prunes like `planwerk run`).
        let file = folder.appendingPathComponent("2021.txt")
        try Data(try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "05.03.2021", with: "04.03.2020").utf8).write(to: file)
        XCTAssertEqual(try archive(folder, db: db).status, 0)
        XCTAssertEqual(try ArchiveStore(path: db.path).meetings().map(\.date), ["2020-03-04", "2022-05-13", "2023-05-12"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("2023.txt"))
        let store = try ArchiveStore(path: db.path)
        try store.pruneSources(keeping: [folder.appendingPathComponent("2020.txt").path, file.path, folder.appendingPathComponent("2022.txt").path],
                               under: [folder.path], isGone: { !FileManager.default.fileExists(atPath: $0) })
        XCTAssertEqual(try store.meetings().map(\.date), ["2020-03-04", "2022-05-13"])
    }
}
