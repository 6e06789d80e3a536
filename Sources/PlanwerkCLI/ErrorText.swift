import Foundation
import PlanwerkConfig
import PlanwerkPipeline
import PlanwerkStore

/// German lines for any error that reaches the command line: Planwerk's own errors say what and where;
/// Foundation's and SQLite's (which speak English) are translated, never printed raw.
enum ErrorText {
    /// The lines to print (without "Fehler: "); `path` names the file concerned when the error does not.
    static func lines(_ error: Error, path: String? = nil) -> [String] {
        switch error {
        case let e as WriteFailure: return [e.line]
        case let e as InputFailure: return [e.line]
        case let e as ConfigError: return e.lines
        case let e as StoreError: return [e.germanMessage]
        case let e as PDFConverter.Failure: return [e.message]
        default:
            if String(reflecting: type(of: error)).contains("DatabaseError") {
                return [StoreError.from(error, path: path ?? "Archivdatenbank").germanMessage]
            }
            return ["\(path.map { "\($0): " } ?? "")\(FileProblem.describe(error))"]
        }
    }
}
