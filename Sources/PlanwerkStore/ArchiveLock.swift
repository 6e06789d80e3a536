import Foundation

/// One writer at a time per archive: an exclusive lock (flock) on `<database>.lock`, held while the schema is
/// migrated and for a whole archive run (`ArchiveStore.exclusively`). A second run waits for the first; the
/// kernel releases the lock when a process ends in any way (Ctrl-C, SIGKILL, a crash), so a dead run never
/// blocks the next one, and the marks it left are read by the next run alone.
final class ArchiveLock: Sendable {
    private let descriptor: Int32
    /// How long a second writer waits for the first.
    static let patience: TimeInterval = 600

    /// Waits for and takes the lock of the archive at `databasePath`.
    init(databasePath: String) throws {
        let path = databasePath + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError(path: databasePath, cause: errno == EROFS || errno == EACCES || errno == EPERM ? .readOnly : .other(-1))
        }
        // Waits at most `patience` seconds, then reports the archive as busy (never hangs for ever).
        let deadline = Date().addingTimeInterval(Self.patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw StoreError(path: databasePath, cause: .busy)
            }
            usleep(100_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
