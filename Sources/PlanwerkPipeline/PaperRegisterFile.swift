import Foundation
import PlanwerkConfig

/// The paper register in inputs/ read, changed and written back as one step under `InputsLock`, so two runs
/// never give the same number; the file is replaced atomically.
public enum PaperRegisterFile {
    /// Calls `body` with the register of `inputs`; writes the register it returns when that differs.
    public static func update<T>(inputs: String, _ body: (PaperRegister) throws -> (T, PaperRegister)) throws -> T {
        try InputsLock.exclusively(inputs) {
            let register = try PaperRegister.load(inputs: inputs)
            let (result, updated) = try body(register)
            if updated != register {
                let url = URL(fileURLWithPath: inputs).appendingPathComponent(PaperRegister.fileName)
                do {
                    try AtomicFileWriter.write(updated.json(), to: url)
                } catch let failure as WriteFailure {
                    throw WriteFailure(path: failure.path, reason: failure.reason + "; das Vorlagen-Register muss geschrieben werden, bevor Vorlagen-Nummern vergeben werden")
                }
            }
            return result
        }
    }
}
