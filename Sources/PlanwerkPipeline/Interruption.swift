import Foundation

/// What happens on Ctrl-C (SIGINT) and SIGTERM: the temporary files being written are removed, the archive's
/// in-progress marks of this run are cleared (the files are simply read again next time), a German line says
/// so, and the process ends with 130 (SIGINT) or 143 (SIGTERM). Finished outputs and committed archive rows
/// stay as they are; the next run goes on from there.
public enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var temporaries: Set<String> = []
    nonisolated(unsafe) private static var cleanups: [Int: @Sendable () -> Void] = [:]
    nonisolated(unsafe) private static var nextToken = 0
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    nonisolated(unsafe) private static var stopping = false

    /// Installs the handlers (once per process; the CLI calls it at start).
    public static func install() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { interrupted(by: sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// Registers a temporary file about to be written; false once the process is stopping (nothing new starts).
    static func writing(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return false }
        temporaries.insert(path)
        return true
    }

    /// The temporary file is renamed or removed.
    static func done(_ path: String) {
        lock.lock(); temporaries.remove(path); lock.unlock()
    }

    /// Registers work to undo on interruption; returns a token for `remove`.
    public static func onInterrupt(_ cleanup: @escaping @Sendable () -> Void) -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextToken += 1
        cleanups[nextToken] = cleanup
        return nextToken
    }

    /// Unregisters a cleanup.
    public static func remove(_ token: Int) {
        lock.lock(); cleanups[token] = nil; lock.unlock()
    }

    static func interrupted(by sig: Int32) {
        lock.lock()
        stopping = true
        let files = temporaries
        let work = Array(cleanups.values)
        lock.unlock()
        for file in files { unlink(file) }
        for cleanup in work { cleanup() }
        let what = sig == SIGINT ? "Strg-C" : "Beendigungssignal"
        let line = "Abgebrochen (\(what)): fertige Ergebnisse bleiben erhalten, der nächste Lauf setzt fort.\n"
        FileHandle.standardError.write(Data(line.utf8))
        _exit(128 + sig)
    }
}
