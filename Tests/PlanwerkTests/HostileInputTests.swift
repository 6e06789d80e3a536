import Foundation
import PlanwerkPipeline
import PlanwerkStore
import XCTest

/// The attacks of a hostile or clumsy user, through the built binary: nothing crashes, nothing destructive
/// happens on uncertain knowledge, every failure is a German line naming the file.
final class HostileInputTests: XCTestCase {
    /// A copy of the project's inputs/ (configuration and the seed protocols) in a new folder.
    func project() throws -> URL {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        return dir
    }

    /// Runs planwerk as an unprivileged user (root reads every folder whatever its mode). The binary and the
    /// schemas are copied into `cwd` first: the checkout may lie where that user cannot enter (/root).
    func runUnprivileged(_ arguments: [String], cwd: URL) throws -> ProcessResult {
        if getuid() != 0 { return try runProcess(Fixtures.binary, arguments, cwd: cwd) }
        let fm = FileManager.default
        let binary = cwd.appendingPathComponent(".bin/planwerk")
        if !fm.fileExists(atPath: binary.path) {
            try fm.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: Fixtures.binary, to: binary)
            try fm.copyItem(at: Fixtures.packageRoot.appendingPathComponent("schemas"), to: cwd.appendingPathComponent("schemas"))
            for path in [cwd.path, binary.deletingLastPathComponent().path, binary.path] { chmod(path, 0o755) }
        }
        let unprivileged = ["--reuid=65534", "--regid=65534", "--clear-groups"]
        let probe = try runProcess(URL(fileURLWithPath: "/usr/bin/setpriv"), unprivileged + ["/usr/bin/test", "-x", binary.path])
        if probe.status != 0 { throw XCTSkip("user nobody cannot reach \(cwd.path) (a temporary folder inside a closed one)") }
        return try runProcess(URL(fileURLWithPath: "/usr/bin/setpriv"), unprivileged + [binary.path] + arguments, cwd: cwd)
    }

    func chownToNobody(_ url: URL) throws {
        guard getuid() == 0 else { return }
        let r = try runProcess(URL(fileURLWithPath: "/bin/chown"), ["-R", "65534:65534", url.path])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testRunWithRelativeInputsFolders() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        for (n, inputs) in ["./inputs", "a/../inputs", "a/b/../../inputs"].enumerated() {
            let r = try runProcess(Fixtures.binary, ["run", "--inputs", inputs, "--outputs", "out\(n)"], cwd: dir, environment: CouncilPaperTests.epoch)
            XCTAssertEqual(r.status, 0, "\(inputs): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("Vorlagen: 8 nach"), r.stdout)
        }
    }

    func testUnreadableProtocolsFolderPrunesNothing() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try chownToNobody(dir)
        let first = try runUnprivileged(["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let records = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/records").path).sorted()
        XCTAssertEqual(records.count, 4)
        let protocols = dir.appendingPathComponent("inputs/protocols")
        XCTAssertEqual(chmod(protocols.path, 0), 0)
        defer { chmod(protocols.path, 0o755) }
        let second = try runUnprivileged(["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(second.status, 1, second.stderr)
        XCTAssertTrue(second.stderr.contains("Fehler: inputs/protocols: Ordner kann nicht gelesen werden (keine Berechtigung)"), second.stderr)
        XCTAssertTrue(second.stderr.contains("deshalb wurde nichts aus dem Archiv entfernt"), second.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/records").path).sorted(), records)
        XCTAssertEqual(try ArchiveStore(path: dir.appendingPathComponent("outputs/planwerk.sqlite").path).meetingIDs().count, 4)
    }

    func testSearchOnAReadOnlyArchiveAndATypo() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let built = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(built.status, 0, built.stderr)
        // The database belongs to someone else and cannot be written: searching still works.
        let found = try runUnprivileged(["search", "Sportverein", "--db", "outputs/planwerk.sqlite"], cwd: dir)
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertTrue(found.stdout.contains("Sportverein"), found.stdout)
        let typo = try runProcess(Fixtures.binary, ["search", "Sportverein", "--db", "outputs/planwerk.sqlit"], cwd: dir)
        XCTAssertEqual(typo.status, 1)
        XCTAssertEqual(typo.stderr, "Fehler: outputs/planwerk.sqlit: Archivdatenbank nicht gefunden (zuerst „planwerk run“ oder „planwerk archive“ ausführen, oder --db prüfen)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("outputs/planwerk.sqlit").path))
        let history = try runProcess(Fixtures.binary, ["history", "Sportverein", "--db", "nirgends.sqlite"], cwd: dir)
        XCTAssertEqual(history.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("nirgends.sqlite").path))
        try Data("kein SQLite".utf8).write(to: dir.appendingPathComponent("kaputt.sqlite"))
        let broken = try runProcess(Fixtures.binary, ["search", "x", "--db", "kaputt.sqlite"], cwd: dir)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.hasPrefix("Fehler: kaputt.sqlite: keine Archivdatenbank oder beschädigt"), broken.stderr)
        XCTAssertFalse(broken.stderr.contains("SQLite error"), broken.stderr)
    }

    func testUnwritableOutputIsAGermanError() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("eine Datei, kein Ordner".utf8).write(to: dir.appendingPathComponent("blockiert"))
        let r = try runProcess(Fixtures.binary, ["ingest", "inputs/protocols", "--out", "blockiert/records"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("blockiert/records: Ordner kann nicht angelegt werden („blockiert“ ist eine Datei, kein Ordner)"), r.stderr)
        XCTAssertFalse(r.stderr.contains("NSCocoaErrorDomain"), r.stderr)
        XCTAssertFalse(r.stderr.contains("Error Domain"), r.stderr)
    }

    func testInvalidSourceDateEpochIsRefused() throws {
        for value in ["nan", "-1", "1e9", "99999999999999", ""] {
            let r = try runProcess(Fixtures.binary, ["validate", "x.json"], environment: ["SOURCE_DATE_EPOCH": value])
            XCTAssertEqual(r.status, 2, value)
            XCTAssertTrue(r.stderr.hasPrefix("Fehler: SOURCE_DATE_EPOCH: „\(value)“ ist keine gültige Zeitangabe"), r.stderr)
        }
    }

    func testTheSameFileNamedTwiceIsOneSource() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let d = "inputs/protocols"
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: "\(d)/002_4d5dbde4f6ddfada.txt")
        let r = try runProcess(Fixtures.binary, ["ingest", "\(d)/002_4d5dbde4f6ddfada.txt", "\(d)/../protocols/002_4d5dbde4f6ddfada.txt", "link.txt", "--out", "out"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("1 Quelle,"), r.stdout)
        XCTAssertTrue(r.stdout.contains("1 Sitzung aus 1 Datei"), r.stdout)
    }

    func testPipesAndDevicesAreNotRead() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("inputs/protocols/rohr.txt").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("inputs/protocols/null.txt").path, withDestinationPath: "/dev/zero")
        let r = try runProcess(Fixtures.binary, ["ingest", "inputs/protocols", "--out", "out"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("Fehler: inputs/protocols/rohr.txt: keine gewöhnliche Datei"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Fehler: inputs/protocols/null.txt: keine gewöhnliche Datei"), r.stderr)
        XCTAssertTrue(r.stdout.contains("4 Sitzungen aus 5 Dateien"), r.stdout)
    }

    func testTwoRunsAtOnceTakeTurns() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let runs = (0..<2).map { _ in Process() }
        let outs = (0..<2).map { dir.appendingPathComponent("run\($0).log") }
        for (p, out) in zip(runs, outs) {
            FileManager.default.createFile(atPath: out.path, contents: nil)
            p.executableURL = Fixtures.binary
            p.arguments = ["run", "--inputs", "inputs", "--outputs", "outputs"]
            p.currentDirectoryURL = dir
            p.standardOutput = try FileHandle(forWritingTo: out)
            p.standardError = FileHandle.nullDevice
            try p.run()
        }
        for p in runs { p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        let logs = try outs.map { try String(contentsOf: $0, encoding: .utf8) }.sorted()
        XCTAssertTrue(logs[0].contains("Archiv: 0 verarbeitet, 5 übersprungen (unverändert), 0 fehlgeschlagen"), logs[0])
        XCTAssertTrue(logs[1].contains("Archiv: 5 verarbeitet, 0 übersprungen"), logs[1])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/records").path).count, 4)
    }

    func testMissingConfigurationIsNotSilent() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("inputs/profile.json"))
        let run = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("Fehler: inputs/profile.json: Kreisprofil fehlt"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("outputs").path))
        let ingest = try runProcess(Fixtures.binary, ["ingest", "inputs/protocols", "--out", "out"], cwd: dir)
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(ingest.stderr.contains("Hinweis: kein Kreisprofil (inputs/profile.json) gefunden"), ingest.stderr)
    }

    func testControlCharactersNeverReachTerminalOrPapers() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try String(contentsOf: dir.appendingPathComponent("inputs/protocols/000_d7293dfd3ddd6e9d.txt"), encoding: .utf8)
        XCTAssertTrue(seed.contains("Ämterlotsen“ wird"))
        let hostile = seed.replacingOccurrences(of: "Ämterlotsen“ wird", with: "Ämter\u{1B}]0;pwned\u{07}\u{1B}[2Jlotsen\u{202E}\u{9B}31m“ wird")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("inputs/protocols"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("inputs/protocols"), withIntermediateDirectories: true)
        try Data(hostile.utf8).write(to: dir.appendingPathComponent("inputs/protocols/boese.txt"))
        // A file name with a line break cannot forge a second error line.
        try Data().write(to: dir.appendingPathComponent("inputs/protocols/leer\nFehler: gefälscht.txt"))
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr.split(separator: "\n").filter { $0.hasPrefix("Fehler: ") }.count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("leer\\nFehler: gefälscht.txt: Datei ist leer"), r.stderr)
        var everything = r.stdout + r.stderr
        for folder in ["records", "vorlagen", "dossier"] {
            let url = dir.appendingPathComponent("outputs/\(folder)")
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasSuffix(".odt") && !name.hasSuffix(".pdf") {
                everything += try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        everything += try String(contentsOf: dir.appendingPathComponent("outputs/pruefbericht.md"), encoding: .utf8)
        XCTAssertTrue(everything.contains("Ämter]0;pwned[2Jlotsen31m"), "the text around the controls stays")
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/vorlagen").path).contains { $0.contains("aemter-0-pwned-2jlotsen31m") })
        for bad in ["\u{1B}", "\u{07}", "\u{202E}", "\u{9B}"] { XCTAssertFalse(everything.contains(bad), "\(bad.unicodeScalars.first!.value)") }
    }

    func testStaleTemporaryFilesAreRemoved() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = dir.appendingPathComponent("outputs/records")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        // A dead writer (no such pid) and a live one (this test process).
        let dead = records.appendingPathComponent(".2023-05-12-steuerungsgruppe-sozialplanung.json.tmp-999999999-12345")
        let live = records.appendingPathComponent(".x.json.tmp-\(getpid())-1")
        try Data("{".utf8).write(to: dead)
        try Data("{".utf8).write(to: live)
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path))
    }

    func testCtrlCLeavesNoTemporaryFilesAndTheNextRunCompletes() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let protocols = dir.appendingPathComponent("inputs/protocols")
        // Seed 002 decides nothing, so the run writes no papers for these meetings.
        let seed = try String(contentsOf: protocols.appendingPathComponent("002_4d5dbde4f6ddfada.txt"), encoding: .utf8)
        for i in 0..<400 {
            let date = String(format: "%02d.%02d.%d", 1 + i % 28, 1 + (i / 28) % 12, 2040 + i / 336)
            try Data(seed.replacingOccurrences(of: "05.03.2021", with: date).utf8).write(to: protocols.appendingPathComponent("p\(i).txt"))
        }
        let p = Process()
        p.executableURL = Fixtures.binary
        p.arguments = ["run", "--inputs", "inputs", "--outputs", "outputs", "--jobs", "2"]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        let errPipe = Pipe()
        p.standardError = errPipe
        try p.run()
        let db = dir.appendingPathComponent("outputs/planwerk.sqlite")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: db.path), Date() < deadline { usleep(20_000) }
        usleep(300_000)
        kill(p.processIdentifier, SIGINT)
        let stderr = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 130, stderr)
        XCTAssertTrue(stderr.contains("Abgebrochen (Strg-C): fertige Ergebnisse bleiben erhalten, der nächste Lauf setzt fort."), stderr)
        let leftovers = FileManager.default.enumerator(atPath: dir.appendingPathComponent("outputs").path)!.compactMap { $0 as? String }.filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
        XCTAssertEqual(try ArchiveStore(path: db.path).leftoverExtractions().count, 0)
        let again = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/records").path).count, 404)
    }

    func testHugeAmountsAndManyDecisionsDoNotStopTheRun() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Fixtures.data("rules/budget-implausible.txt").write(to: dir.appendingPathComponent("inputs/protocols/riesig.txt"))
        var many = "Protokoll der Steuerungsgruppe Sozialplanung am 04.03.2032 im Kreishaus\n\n"
        for i in 0..<1_100 {
            many += "Die Handlungsempfehlung „Empfehlung \(i) zur Teilhabe“ wird als weniger steuerungsrelevant eingeschätzt und nicht in das Planungsdossier „Sozialplanung Fokus 2032“ aufgenommen.\n"
        }
        try Data(many.utf8).write(to: dir.appendingPathComponent("inputs/protocols/viele.txt"))
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir, environment: CouncilPaperTests.epoch)
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try String(contentsOf: dir.appendingPathComponent("outputs/pruefbericht.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("nennt einen unplausiblen Betrag"), report)
        let record = try Data(contentsOf: dir.appendingPathComponent("outputs/records/2032-03-04-steuerungsgruppe-sozialplanung.json"))
        let json = try JSONSerialization.jsonObject(with: record) as! [String: Any]
        XCTAssertEqual((json["recommendations"] as! [Any]).count, 1_100)
        // Beyond any protocol's size: refused with a reason, the rest of the run goes on.
        try Data((many + many.replacingOccurrences(of: "Empfehlung ", with: "Vorschlag ")).utf8).write(to: dir.appendingPathComponent("inputs/protocols/viele.txt"))
        let again = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir, environment: CouncilPaperTests.epoch)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("Fehler: inputs/protocols/viele.txt: 2200 Handlungsempfehlungen in einer Datei, mehr als 2000"), again.stderr)
        XCTAssertTrue(again.stdout.contains("Vorlagen: 8 nach"), again.stdout)
    }
}
