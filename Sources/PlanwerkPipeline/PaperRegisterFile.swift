import Foundation
import PlanwerkConfig

/// The paper register in inputs/ read, changed and written back as one step: an exclusive lock on the
/// inputs folder keeps two runs from giving the same number; the file is replaced atomically.
public enum PaperRegisterFile {
    /// Calls `body` with the register of `inputs`; writes the register it returns when that differs.
    public static func update<T>(inputs: String, _ body: (PaperRegister) throws -> (T, PaperRegister)) throws -> T {
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
        let register = try PaperRegister.load(inputs: folder)
        let (result, updated) = try body(register)
        if updated != register {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(PaperRegister.fileName)
            do {
                try AtomicFileWriter.write(updated.json(), to: url)
            } catch let failure as WriteFailure {
                throw WriteFailure(path: failure.path, reason: failure.reason + "; das Vorlagen-Register muss geschrieben werden, bevor Vorlagen-Nummern vergeben werden")
            }
        }
        return result
    }
}
