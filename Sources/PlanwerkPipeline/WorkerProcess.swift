import Foundation

/// Starts worker child processes (`planwerk-pdf-text`, `planwerk-ocr`) and waits for them under a time
/// limit, so that a crash or hang inside poppler or tesseract costs one document and never the batch.
/// Output goes through temporary files (no pipe can fill up and block the child).
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
    /// `meanwhile` runs in this process while the workers do (work that does not need their output).
    public func run(_ jobs: [Job], meanwhile: () -> Void = {}) -> [Finished] {
        let started = jobs.map { start($0) }
        meanwhile()
        return zip(jobs, started).map { job, running in finish(running, timeout: job.timeout) }
    }

    private struct Running {
        var pid: pid_t?
        var outPath: String
        var startedAt: DispatchTime
        var error: String?
    }

    /// Starts a worker with posix_spawn (Foundation's Process costs some 15 ms more on its first use):
    /// stdout to a temporary file, stdin and stderr to /dev/null, the job's environment added.
    private func start(_ job: Job) -> Running {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return Running(pid: nil, outPath: "", startedAt: .now(),
                           error: "Hilfsprogramm \(executable) fehlt oder ist nicht ausführbar; es gehört in denselben Ordner wie planwerk")
        }
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-worker-\(UUID().uuidString).out").path
        let out = open(outPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard out >= 0 else { return Running(pid: nil, outPath: outPath, startedAt: .now(), error: "temporäre Datei nicht anlegbar") }
        defer { close(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The parent's environment (read from `environ`: ProcessInfo costs milliseconds on first use) with
        // the job's variables set.
        var envp: [UnsafeMutablePointer<CChar>?] = []
        var entry = environ
        while let variable = entry.pointee {
            let name = String(cString: variable).prefix { $0 != "=" }
            if job.environment[String(name)] == nil { envp.append(strdup(variable)) }
            entry += 1
        }
        envp += job.environment.map { strdup("\($0)=\($1)") } + [nil]
        let argv = ([executable] + job.arguments).map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: outPath)
            return Running(pid: nil, outPath: outPath, startedAt: .now(), error: "Fehler \(status) beim Start von \(executable)")
        }
        return Running(pid: pid, outPath: outPath, startedAt: .now(), error: nil)
    }

    /// Waits for a worker; a timer kills it when its time is up. The worker is reaped only after the
    /// timer is disarmed, so the timer can never hit another process that got the same pid.
    private func finish(_ running: Running, timeout: Double) -> Finished {
        defer { if !running.outPath.isEmpty { try? FileManager.default.removeItem(atPath: running.outPath) } }
        guard let pid = running.pid else {
            return Finished(outcome: .notStarted(running.error ?? "unbekannt"), output: "")
        }
        let watch = Watch()
        let deadline = running.startedAt + .nanoseconds(Int(max(0, timeout) * 1e9))
        DispatchQueue.global().asyncAfter(deadline: deadline) { watch.killUnlessDone(pid) }
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        let timedOut = watch.markDone()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? Data(contentsOf: URL(fileURLWithPath: running.outPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if timedOut { return Finished(outcome: .timedOut, output: output) }
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return Finished(outcome: .signalled(signal), output: output) }
        return Finished(outcome: .exited((status >> 8) & 0xFF), output: output)
    }

    /// The state a worker's timer and its waiter share.
    private final class Watch: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var killed = false

        /// Called by the timer: kills the worker if it has not ended yet.
        func killUnlessDone(_ pid: pid_t) {
            lock.lock()
            defer { lock.unlock() }
            guard !done else { return }
            kill(pid, SIGKILL)
            killed = true
        }

        /// Called once the worker has ended (not yet reaped); true when the timer had killed it.
        func markDone() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            done = true
            return killed
        }
    }
}
