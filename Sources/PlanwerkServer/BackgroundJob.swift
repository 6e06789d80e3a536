import Foundation

/// A background run of the main job: started by an upload (its files) or by a change in inputs/ (no files).
public struct BackgroundJob: Sendable, Hashable {
    public enum State: String, Sendable {
        case queued, running, done, failed

        public var german: String {
            switch self {
            case .queued: return "wartet"
            case .running: return "läuft"
            case .done: return "fertig"
            case .failed: return "fehlgeschlagen"
            }
        }
    }

    public var id: String
    public var state: State = .queued
    /// The uploaded files (paths in inputs/protocols) and the names the sender gave them.
    public var files: [String]
    public var originalNames: [String]
    public var user: String
    public var created: String
    /// Sources read so far and in all in the current run.
    public var done = 0
    public var total = 0
    /// The meetings the job's files belong to (when done).
    public var meetings: [String] = []
    /// German problems: files that could not be read, or why the run failed.
    public var errors: [String] = []

    /// The share done, 0…1.
    public var progress: Double { state == .done || state == .failed ? 1 : total == 0 ? 0 : Double(done) / Double(total) }
}
