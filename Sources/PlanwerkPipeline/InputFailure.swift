import PlanwerkExtract
import PlanwerkReaders

/// An input that could not be processed: the file and the cause; the German reason is rendered from the
/// cause (tests assert causes, people read reasons).
public struct InputFailure: Error, Sendable, Equatable {
    /// Why an input failed.
    public enum Cause: Sendable, Equatable {
        /// The file or folder named does not exist.
        case notFound
        /// The file cannot be read (the system's cause in German).
        case unreadable(String)
        /// A folder cannot be listed (the system's cause in German).
        case folderUnreadable(String)
        /// A pipe, a device or a link to nothing.
        case notARegularFile
        /// The text reader refused it (empty, binary, too large, undecodable, unsupported).
        case reader(ReaderError)
        /// No protocol in it, or more recommendations than any protocol has.
        case extraction(ExtractionError)
        /// Reading it killed Planwerk twice in a row (stored; not read again until it changes).
        case crashedBefore
        /// A PDF worker reported this problem (its code, e.g. "encrypted", and its German message).
        case worker(code: String, message: String)
        /// A worker (`what`: "Lesen des PDF", "Texterkennung") exited with this status.
        case workerExited(what: String, status: Int32)
        /// A worker crashed with this signal.
        case workerCrashed(what: String, signal: Int32)
        /// A worker was stopped after its time limit (seconds).
        case workerTimedOut(what: String, seconds: Int)
        /// A worker could not be started.
        case workerNotStarted(what: String, why: String)
        /// The text-layer worker's output was incomplete.
        case incompleteWorkerOutput
        /// A scanned PDF whose OCR failed too.
        case ocrFailed(String)
        /// An environment variable with an unusable value.
        case invalidEnvironment(variable: String, value: String, expected: String)
        /// Anything else (a defect; the file is named so it can be reported).
        case unexpected
    }

    /// The path as given (or the variable's name).
    public var file: String
    /// Why.
    public var cause: Cause
    /// Reader notes gathered before the failure (which pages were OCR'd and why), for the log.
    public var notes: [String]

    /// Creates a failure.
    public init(file: String, cause: Cause, notes: [String] = []) {
        self.file = file
        self.cause = cause
        self.notes = notes
    }

    /// Why, in German.
    public var reason: String {
        switch cause {
        case .notFound: return "Datei oder Ordner nicht gefunden"
        case .unreadable(let why): return "Datei kann nicht gelesen werden (\(why))"
        case .folderUnreadable(let why): return "Ordner kann nicht gelesen werden (\(why))"
        case .notARegularFile: return "keine gewöhnliche Datei (Pipe, Gerät oder Verknüpfung ins Leere), nicht gelesen"
        case .reader(let error): return error.germanMessage
        case .extraction(let error): return error.germanMessage
        case .crashedBefore: return "Absturz beim Lesen: Planwerk wurde beim Einlesen dieser Datei beendet; sie wird erst nach einer Änderung erneut gelesen"
        case .worker(_, let message): return message
        case .workerExited(let what, let status): return "\(what) mit Fehlercode \(status) abgebrochen"
        case .workerCrashed(let what, let signal): return "\(what) abgestürzt (Signal \(signal)); übrige Dateien werden weiter verarbeitet"
        case .workerTimedOut(let what, let seconds): return "\(what) nach \(seconds) s abgebrochen (Zeitlimit)"
        case .workerNotStarted(let what, let why): return "\(what) konnte nicht gestartet werden (\(why))"
        case .incompleteWorkerOutput: return "PDF-Leser hat keine vollständige Ausgabe geliefert"
        case .ocrFailed(let problem): return "PDF ohne Textebene, und die Texterkennung ist fehlgeschlagen: \(problem)"
        case .invalidEnvironment(_, let value, let expected): return "„\(value)“ ist keine gültige Zeitangabe (\(expected))"
        case .unexpected: return "unerwarteter Fehler beim Auswerten"
        }
    }

    /// "<file>: <reason>".
    public var line: String { "\(file): \(reason)" }
}
