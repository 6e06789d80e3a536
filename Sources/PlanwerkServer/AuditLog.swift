import Foundation
import PlanwerkPipeline

/// The append-only record of every change made in the workspace (`inputs/aenderungsprotokoll.jsonl`): one JSON
/// line per change with time (UTC), person, address, action and what it concerned. Lines are only ever added.
public struct AuditLog: Sendable {
    public let inputs: String

    public init(inputs: String) { self.inputs = inputs }

    public var path: String { (inputs as NSString).appendingPathComponent("aenderungsprotokoll.jsonl") }

    /// One change.
    public struct Entry: Codable, Sendable, Equatable {
        public var time: String
        public var user: String
        public var address: String
        public var action: String
        public var subject: String
        public var detail: String?

        public init(time: String, user: String, address: String, action: String, subject: String, detail: String?) {
            self.time = time
            self.user = user
            self.address = address
            self.action = action
            self.subject = subject
            self.detail = detail
        }
    }

    /// Appends an entry (under the inputs lock, with O_APPEND: an entry is never lost or interleaved).
    public func append(_ entry: Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        try InputsLock.exclusively(inputs) {
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
            guard fd >= 0 else { throw WriteFailure(path: path, reason: "kann nicht geöffnet werden (\(FileProblem.describe(errno: errno)))") }
            defer { close(fd) }
            let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == line.count, fsync(fd) == 0 else {
                throw WriteFailure(path: path, reason: "Eintrag nicht vollständig geschrieben (\(FileProblem.describe(errno: errno)))")
            }
        }
    }

    /// All entries, oldest first (lines that cannot be read are skipped).
    public func entries() -> [Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
    }
}
