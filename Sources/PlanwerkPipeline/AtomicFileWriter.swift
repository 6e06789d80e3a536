import Foundation

/// Writes files atomically: a temporary file in the same folder, then rename, so no reader ever sees half a
/// file. The temporary file is named `.<name>.tmp-<pid>-<random>`; it is removed on failure and on Ctrl-C,
/// and one left behind by a killed process is removed by `removeStaleTemporaries`.
public enum AtomicFileWriter {
    /// Writes `data` to `url`, creating the folder if needed; failures are `WriteFailure`s in German.
    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(path: dir.path, reason: "Ordner kann nicht angelegt werden (\(FileProblem.describeFolderFailure(dir.path, error)))")
        }
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard Interruption.writing(tmp.path) else { throw WriteFailure(path: url.path, reason: "nicht geschrieben (Abbruch)") }
        defer { Interruption.done(tmp.path) }
        do {
            try data.write(to: tmp)
        } catch {
            unlink(tmp.path)
            throw WriteFailure(path: url.path, reason: "Datei kann nicht geschrieben werden (\(FileProblem.describe(error)))")
        }
        if rename(tmp.path, url.path) != 0 {
            let code = errno
            unlink(tmp.path)
            throw WriteFailure(path: url.path, reason: "Datei kann nicht geschrieben werden (\(FileProblem.describe(errno: code)))")
        }
    }

    /// Removes temporary files under `dir` (recursively) that a killed or crashed run left behind: those whose
    /// writing process no longer exists. Returns how many were removed.
    @discardableResult
    public static func removeStaleTemporaries(in dir: URL) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return 0 }
        var removed = 0
        while let rel = walker.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            guard name.hasPrefix("."), let pid = writerPID(name), pid != getpid(), !isAlive(pid) else { continue }
            if unlink(dir.appendingPathComponent(rel).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// The pid in ".<name>.tmp-<pid>-<random>", if the name has that form.
    static func writerPID(_ name: String) -> pid_t? {
        guard let r = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let parts = name[r.upperBound...].split(separator: "-")
        guard parts.count == 2, parts[1].allSatisfy(\.isASCII), UInt32(parts[1]) != nil else { return nil }
        return pid_t(parts[0])
    }

    static func isAlive(_ pid: pid_t) -> Bool { pid > 0 && (kill(pid, 0) == 0 || errno == EPERM) }
}
