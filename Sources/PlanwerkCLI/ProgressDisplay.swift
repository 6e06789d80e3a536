import Foundation
import PlanwerkPipeline

/// Shows an archive run's progress: a bar with counts and ETA on a terminal, a plain line every
/// few seconds otherwise (logs, CI).
final class ProgressDisplay: @unchecked Sendable {
    let terminal = isatty(STDERR_FILENO) != 0
    let lock = NSLock()
    var lastLine = Date.distantPast

    func update(_ p: ArchiveProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if terminal {
            guard now.timeIntervalSince(lastLine) > 0.1 || p.done == p.total else { return }
            let width = 30, filled = p.total == 0 ? width : width * p.done / p.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(p.done)/\(p.total) Dateien, \(p.failed) fehlgeschlagen, Rest \(Self.time(p.eta))   ".utf8))
            if p.done == p.total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            guard now.timeIntervalSince(lastLine) >= 5 || p.done == p.total else { return }
            FileHandle.standardError.write(Data("Fortschritt: \(p.done)/\(p.total) Dateien, \(p.failed) fehlgeschlagen, Rest \(Self.time(p.eta))\n".utf8))
        }
        lastLine = now
    }

    static func time(_ seconds: Double?) -> String {
        guard let s = seconds, s.isFinite else { return "?" }
        let t = Int(s.rounded())
        return t >= 60 ? "\(t / 60) min \(t % 60) s" : "\(t) s"
    }
}
