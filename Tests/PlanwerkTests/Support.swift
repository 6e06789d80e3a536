import Foundation
import PlanwerkExtract
import PlanwerkMerge
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReaders
import PlanwerkValidate
import XCTest

/// Paths and helpers shared by the tests.
enum Fixtures {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    static func data(_ path: String) -> Data { try! Data(contentsOf: url(path)) }
    static var seedFiles: [String] {
        (try! FileManager.default.contentsOfDirectory(atPath: url("seeds").path)).sorted().map { url("seeds/\($0)").path }
    }
    static let catalog = StrategicGoalCatalog(title: "Test", goals: [StrategicGoal(id: "3.1", text: "Ziel")])
    static var pipeline: IngestPipeline {
        IngestPipeline(profile: .standard, validator: Validator(context: ValidationContext(profile: .standard, catalog: catalog)))
    }

    /// Records of the seed protocols, by date.
    static let seedRecords: [String: MeetingRecord] = {
        let result = pipeline.ingest(paths: seedFiles)
        return Dictionary(uniqueKeysWithValues: result.records.map { ($0.date, $0) })
    }()

    /// The record of a protocol given as text.
    static func record(_ text: String, file: String = "test.txt") throws -> MeetingRecord {
        switch pipeline.extract(data: Data(text.utf8), file: file) {
        case .success(let (record, _)): return Fixtures.pipeline.validator.validate(RecordMerger().merge([record])[0])
        case .failure(let failure): throw failure
        }
    }

    /// The package folder (for the built binary and the schemas).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found")
    }()

    /// The built `planwerk` binary next to the test bundle.
    static var binary: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("planwerk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/planwerk")
    }
}

/// The result of running a process.
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs a program and collects its output (through temporary files, so a child writing much to both
/// streams can never block on a full pipe).
func runProcess(_ executable: URL, _ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
    let dir = temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    if let cwd { p.currentDirectoryURL = cwd }
    if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    p.standardOutput = out
    p.standardError = err
    try p.run()
    p.waitUntilExit()
    try out.close()
    try err.close()
    return ProcessResult(status: p.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// A temporary folder, removed by the caller.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The overall records F1 of score-records on a folder of records, with the scorer's full report.
func scoreRecords(_ folder: URL) throws -> (f1: Double, report: String) {
    let score = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("score-records").path, folder.path, Fixtures.url("gold").path, "--verbose"])
    let last = score.stdout.split(separator: "\n").last { $0.hasPrefix("records F1=") }.map(String.init) ?? ""
    return (Double(last.split(separator: " ")[1].dropFirst(3)) ?? 0, score.stdout + score.stderr)
}
