import Foundation

/// Starts worker child processes (`planwerk-pdf-text`, `planwerk-ocr`) and waits for them under a time limit, so that a crash
/// or hang inside poppler or tesseract costs one document and never the batch. Output goes through
/// temporary files (no pipe can fill up and block the child).
public struct WorkerProcess: Sendable {
    /// How a worker ended.
    public enum Outcome: Sendable, Equatable {
        /// Exited normally with this status.
        case exited(Int32)
        /// Killed by this signal (a crash: SIGSEGV, SIGABRT, ...).
        case signalled(Int32)
        /// Killed by Planwerk after the time limit.
        case timedOut
        /// Could not be started.
        case notStarted(String)
    }

    /// A finished worker: how it ended and what it wrote to stdout.
    public struct Finished: Sendable {
        public var outcome: Outcome
        public var output: String
    }

    /// One worker to run: arguments, extra environment, time limit in seconds.
    public struct Job: Sendable {
        public var arguments: [String]
        public var environment: [String: String]
        public var timeout: Double

        public init(arguments: [String], environment: [String: String] = [:], timeout: Double) {
            self.arguments = arguments
            self.environment = environment
            self.timeout = timeout
        }
    }

    /// The worker executable to start.
    public let executable: String

    /// Creates a launcher for an executable.
    public init(executable: String) { self.executable = executable }

    /// The running program's own executable.
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// An executable beside the running program (workers are installed and built beside `planwerk`).
    public static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: currentExecutable).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Runs jobs in parallel (all at once; callers size the batch) and returns their results in order.
    public func run(_ jobs: [Job]) -> [Finished] {
        let started = jobs.map { start($0) }
        return zip(jobs, started).map { job, running in finish(running, timeout: job.timeout) }
    }

    private struct Running {
        var process: Process?
        var done: DispatchSemaphore
        var outURL: URL
        var startedAt: DispatchTime
        var error: String?
    }

    private func start(_ job: Job) -> Running {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-worker-\(UUID().uuidString).out")
        let done = DispatchSemaphore(value: 0)
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              let out = try? FileHandle(forWritingTo: outURL) else {
            return Running(process: nil, done: done, outURL: outURL, startedAt: .now(), error: "temporäre Datei nicht anlegbar")
        }
        defer { try? out.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = job.arguments
        process.environment = ProcessInfo.processInfo.environment.merging(job.environment) { $1 }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            return Running(process: nil, done: done, outURL: outURL, startedAt: .now(), error: "\(error)")
        }
        return Running(process: process, done: done, outURL: outURL, startedAt: .now(), error: nil)
    }

    private func finish(_ running: Running, timeout: Double) -> Finished {
        defer { try? FileManager.default.removeItem(at: running.outURL) }
        guard let process = running.process else {
            return Finished(outcome: .notStarted(running.error ?? "unbekannt"), output: "")
        }
        var timedOut = false
        let deadline = running.startedAt + .milliseconds(Int(timeout * 1000))
        if running.done.wait(timeout: deadline) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            running.done.wait()
            timedOut = true
        }
        let output = (try? Data(contentsOf: running.outURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if timedOut { return Finished(outcome: .timedOut, output: output) }
        if process.terminationReason == .uncaughtSignal {
            return Finished(outcome: .signalled(process.terminationStatus), output: output)
        }
        return Finished(outcome: .exited(process.terminationStatus), output: output)
    }
}
