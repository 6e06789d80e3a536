import Foundation

/// An exclusive lock (flock) on the inputs folder while the office's files in it are read, changed and written
/// back (paper register, corrections, releases): two runs or two people never overwrite each other's entries.
/// The kernel releases it when the process ends in any way.
public enum InputsLock {
    /// Calls `body` holding the lock.
    public static func exclusively<T>(_ inputs: String, _ body: () throws -> T) throws -> T {
        let folder = (inputs as NSString).standardizingPath
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw WriteFailure(path: folder, reason: "Ordner kann nicht geöffnet werden (\(FileProblem.describe(errno: errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw WriteFailure(path: folder, reason: "Ordner kann nicht gesperrt werden (\(FileProblem.describe(errno: errno)))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
