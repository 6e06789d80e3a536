import Foundation
import PlanwerkPipeline
import PlanwerkStore
import XCTest

/// A file that kills Planwerk while it is read never blocks the archive: the marks a dead run leaves make the
/// next run read those files alone first; one that died twice in a row is stored as failed until it changes.
final class PoisonFileTests: XCTestCase {
    func archive(_ folder: URL, db: URL) throws -> ProcessResult {
        try runProcess(Fixtures.binary, ["archive", folder.path, "--db", db.path, "--jobs", "2"], cwd: Fixtures.packageRoot)
    }

    func history() throws -> (dir: URL, folder: URL, db: URL, file: URL) {
        let dir = temporaryDirectory()
        let folder = dir.appendingPathComponent("protokolle")
        try FileManager.default.copyItem(at: Fixtures.url("history"), to: folder)
        return (dir, folder, dir.appendingPathComponent("a.sqlite"), folder.appendingPathComponent("2022.txt"))
    }

    func testFileThatDiedTwiceIsFailedUntilItChanges() throws {
        let (dir, folder, db, file) = try history()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The state a run leaves that died while reading 2022.txt a second time, alone.
        try ArchiveStore(path: db.path).beginExtraction(sha256: SourceHash.hex(try Data(contentsOf: file)), path: file.path, attempt: 2)
        let first = try archive(folder, db: db)
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.stderr.contains("Fehler: \(file.path): Absturz beim Lesen: Planwerk wurde beim Einlesen dieser Datei beendet"), first.stderr)
        XCTAssertTrue(first.stdout.contains("Archiv: 2 verarbeitet"), first.stdout)
        XCTAssertEqual(try ArchiveStore(path: db.path).meetings().map(\.date), ["2021-03-05", "2023-05-12"])
        // Kept: the next run reports it again without reading it.
        let second = try archive(folder, db: db)
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("Absturz beim Lesen"), second.stderr)
        XCTAssertTrue(second.stdout.contains("Archiv: 0 verarbeitet"), second.stdout)
        // Once the file changes it is read again.
        try (try String(contentsOf: file, encoding: .utf8) + "\nNachtrag.\n").write(to: file, atomically: true, encoding: .utf8)
        let third = try archive(folder, db: db)
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertEqual(try ArchiveStore(path: db.path).meetings().map(\.date), ["2021-03-05", "2022-05-13", "2023-05-12"])
    }

    func testFilesInFlightWhenARunDiedAreReadAgain() throws {
        let (dir, folder, db, file) = try history()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A run that died (killed, or crashed on another file) while reading 2022.txt for the first time.
        try ArchiveStore(path: db.path).beginExtraction(sha256: SourceHash.hex(try Data(contentsOf: file)), path: file.path, attempt: 1)
        let r = try archive(folder, db: db)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Archiv: 3 verarbeitet"), r.stdout)
        XCTAssertEqual(try ArchiveStore(path: db.path).leftoverExtractions().count, 0)
    }
}
