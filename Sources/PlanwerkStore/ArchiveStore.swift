// PlanwerkStore: the archive's SQLite store (GRDB): sources with their per-source extraction, meetings
// re-merged from their sources, recommendations grouped into entities across years, goal proposals,
// findings, generated documents, and an FTS5 index over protocol text, titles and details.
import Foundation
import GRDB
import PlanwerkModel
import PlanwerkText

/// The archive store at a path; schema changes are versioned migrations. Every source's extraction is
/// committed in its own transaction, so an interruption loses at most the documents in flight.
public final class ArchiveStore: Sendable {
    let db: any DatabaseWriter
    let entityKeys = EntityKeys()
    /// The database file.
    public let path: String

    /// Opens (or creates) the store and brings its schema up to date. `readOnly` (search, history) never
    /// creates or changes the file: a missing file is `notFound`, an old schema `outdated`. Errors are `StoreError`s.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        do {
            var config = Configuration()
            config.busyMode = .timeout(30)
            if readOnly {
                guard FileManager.default.fileExists(atPath: path) else { throw StoreError(path: path, cause: .notFound) }
                config.readonly = true
                db = try Self.openReadOnly(path, configuration: config)
                guard try db.read({ try Self.migrator.hasCompletedMigrations($0) }) else { throw StoreError(path: path, cause: .outdated) }
                return
            }
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            let lock = try ArchiveLock(databasePath: path)  // two first runs must not migrate at once
            defer { withExtendedLifetime(lock) {} }
            // A pool works in write-ahead-log mode: a commit per source stays cheap, reads run beside the
            // writer, and a crash or power loss leaves the file consistent (at worst the last sources are read again).
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            db = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(db)
        } catch let error as CocoaError {
            throw StoreError(path: path, cause: error.code == .fileWriteNoPermission || error.code == .fileWriteVolumeReadOnly ? .readOnly : .other(-1))
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `body` as the archive's only writer: another process's archive run waits (see `ArchiveLock`).
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        let lock = try ArchiveLock(databasePath: path)
        return try withExtendedLifetime(lock) { try body() }
    }

    /// A read-only connection. A write-ahead-log database needs its shared-memory file, which a reader
    /// without write access to the folder cannot create; when no log is pending (no "-wal" file: every write
    /// is in the database file) the file is opened as immutable instead, which reads exactly the same.
    static func openReadOnly(_ path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode) {
            guard !FileManager.default.fileExists(atPath: path + "-wal") else { throw error }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? absolute
            return try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: Quellen, Sitzungen, Empfehlungen, Befunde, Dokumente") { db in
            try db.execute(sql: """
            CREATE TABLE sources (
              id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, size INTEGER, mtime REAL, kind TEXT, status TEXT NOT NULL,
              error TEXT, meetingId TEXT, recordJSON TEXT, text TEXT, merged INTEGER NOT NULL DEFAULT 0, processedAt TEXT NOT NULL);
            CREATE INDEX sources_meeting ON sources(meetingId);
            CREATE TABLE meetings (id TEXT PRIMARY KEY, date TEXT NOT NULL, body TEXT NOT NULL, recordJSON TEXT NOT NULL);
            CREATE TABLE entities (id INTEGER PRIMARY KEY, title TEXT NOT NULL, normalized TEXT NOT NULL);
            CREATE TABLE recommendations (
              id INTEGER PRIMARY KEY, meetingId TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, entityId INTEGER REFERENCES entities(id),
              title TEXT NOT NULL, year INTEGER, relevance TEXT, included INTEGER, dossier TEXT, status TEXT, field TEXT, hasDetails INTEGER NOT NULL);
            CREATE INDEX recommendations_entity ON recommendations(entityId);
            CREATE TABLE goalProposals (
              id INTEGER PRIMARY KEY, meetingId TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, year INTEGER, title TEXT NOT NULL,
              agree INTEGER, disagree INTEGER);
            CREATE TABLE findings (
              id INTEGER PRIMARY KEY, meetingId TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, rule TEXT NOT NULL,
              severity TEXT NOT NULL, recommendation TEXT, message TEXT NOT NULL);
            CREATE TABLE documents (path TEXT PRIMARY KEY, kind TEXT NOT NULL, meetingId TEXT, createdAt TEXT NOT NULL);
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """)
        }
        m.registerMigration("v2: Volltextsuche (FTS5)") { db in
            try db.execute(sql: """
            CREATE VIRTUAL TABLE searchIndex USING fts5(kind UNINDEXED, meetingId UNINDEXED, year UNINDEXED, field UNINDEXED,
              title, body, tokenize = 'unicode61 remove_diacritics 2');
            """)
        }
        m.registerMigration("v3: Indizes für Quellpfade und Suchzeilen") { db in
            try db.execute(sql: """
            CREATE INDEX sources_path ON sources(path);
            CREATE TABLE searchRows (meetingId TEXT NOT NULL, ftsRowid INTEGER NOT NULL);
            CREATE INDEX searchRows_meeting ON searchRows(meetingId);
            INSERT INTO searchRows (meetingId, ftsRowid) SELECT meetingId, rowid FROM searchIndex;
            """)
        }
        m.registerMigration("v4: Lesemarken (Absturzschutz)") { db in
            // A source being extracted: written before the extraction, removed with its result. A mark that
            // outlives its run names the file that was being read when the process died.
            try db.execute(sql: """
            CREATE TABLE extracting (sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, attempt INTEGER NOT NULL, startedAt TEXT NOT NULL);
            """)
        }
        m.registerMigration("v5: Extraktionsversion je Quelle") { db in
            // Sources stored before versions existed were made by version 1 of everything.
            try db.execute(sql: "ALTER TABLE sources ADD COLUMN version TEXT NOT NULL DEFAULT 'e1-r1'")
        }
        return m
    }

    /// The hashes already stored with a successful extraction, and those files' path, size and modification
    /// time (a file unchanged by these is not even read again).
    /// Also the contents that crashed the reader, with their message: they are not read again until they change.
    /// Only sources whose version stamp is the current one for their kind (`versions`, by kind) count; the
    /// others are `outdated` and are read again like new ones.
    public func storedSources(versions: [String: String]) throws -> StoredSources {
        try db.read { db in
            var rows: [Row] = [], outdated = Set<String>()
            for row in try Row.fetchAll(db, sql: "SELECT sha256, path, size, mtime, kind, version FROM sources WHERE status = 'ok'") {
                if versions[(row["kind"] as String?) ?? "text"] == row["version"] { rows.append(row) } else { outdated.insert(row["sha256"]) }
            }
            let crashed = try Row.fetchAll(db, sql: "SELECT sha256, error, version FROM sources WHERE status = 'crashed'")
                .filter { versions["text"] == $0["version"] }  // a crash is stored without a kind
            return StoredSources(hashes: Set(rows.map { $0["sha256"] as String }),
                    unchanged: Set(rows.compactMap { row -> String? in
                        guard let size: Int64 = row["size"], let mtime: Double = row["mtime"] else { return nil }
                        return Self.stamp(path: row["path"], size: size, mtime: mtime)
                    }),
                    crashed: Dictionary(crashed.map { ($0["sha256"] as String, ($0["error"] as String?) ?? "") }, uniquingKeysWith: { a, _ in a }),
                    outdated: outdated)
        }
    }

    /// Marks a content as being extracted now, for the `attempt`-th time in a row (1: normally; 2: again,
    /// alone, after a run died while reading it).
    public func beginExtraction(sha256: String, path: String, attempt: Int) throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO extracting (sha256, path, attempt, startedAt) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET path = excluded.path, attempt = excluded.attempt, startedAt = excluded.startedAt",
                           arguments: [sha256, path, attempt, ISO8601DateFormatter().string(from: Date())])
        }
    }

    /// The marks left by a run that died: the sources it was reading then, with the attempt it was.
    public func leftoverExtractions() throws -> [(sha256: String, path: String, attempt: Int)] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, path, attempt FROM extracting ORDER BY path").map { ($0["sha256"], $0["path"], $0["attempt"]) }
        }
    }

    /// Removes marks (all of them, or those of the given contents).
    public func clearExtractions(_ hashes: [String]? = nil) throws {
        try db.write { db in
            if let hashes {
                for h in hashes { try db.execute(sql: "DELETE FROM extracting WHERE sha256 = ?", arguments: [h]) }
            } else {
                try db.execute(sql: "DELETE FROM extracting")
            }
        }
    }

    /// Stores that reading this content crashed the process (kept, and the content not read again, until it changes).
    /// `version`: the code that crashed (a new version tries again).
    public func storeCrash(path: String, sha256: String, message: String, version: String) throws {
        try db.write { db in
            let before = try String.fetchOne(db, sql: "SELECT meetingId FROM sources WHERE sha256 = ?", arguments: [sha256])
            try db.execute(sql: """
            INSERT INTO sources (path, sha256, size, mtime, kind, status, error, meetingId, recordJSON, text, merged, processedAt, version)
            VALUES (?, ?, NULL, NULL, NULL, 'crashed', ?, NULL, NULL, NULL, 0, ?, ?)
            ON CONFLICT(sha256) DO UPDATE SET path = excluded.path, status = 'crashed', error = excluded.error, meetingId = NULL, recordJSON = NULL,
              text = NULL, processedAt = excluded.processedAt, version = excluded.version
            """, arguments: [path, sha256, message, ISO8601DateFormatter().string(from: Date()), version])
            if let before { try Self.sourcesChanged(meeting: before, db) }
            try db.execute(sql: "DELETE FROM extracting WHERE sha256 = ?", arguments: [sha256])
        }
    }

    /// A file's identity for the quick unchanged check.
    public static func stamp(path: String, size: Int64, mtime: Double) -> String { "\(path)\u{1F}\(size)\u{1F}\(mtime)" }

    /// Records a new path, size and modification time for stored content.
    public func restamp(sha256: String, path: String, size: Int64?, mtime: Double?) throws {
        try db.write { db in
            try db.execute(sql: "UPDATE sources SET path = ?, size = ?, mtime = ? WHERE sha256 = ?", arguments: [path, size, mtime, sha256])
        }
    }

    /// Marks every meeting for re-merging and re-validation (the configuration changed).
    public func markAllForRevalidation() throws {
        try db.write { db in try db.execute(sql: "UPDATE sources SET merged = 0 WHERE status = 'ok'") }
    }

    /// Stores one source's extraction (or its failure) in its own transaction; the meeting is marked for re-merging.
    /// `version`: the stamp of the code that made it. A content stored before under another meeting (an
    /// extractor that now reads another date) leaves that meeting to be re-merged or removed.
    public func storeSource(path: String, sha256: String, size: Int64?, mtime: Double?, kind: String?, record: MeetingRecord?, text: String?,
                            error: String?, version: String) throws {
        let json = try record.map { String(decoding: try $0.jsonData(), as: UTF8.self) }
        try db.write { db in
            let before = try String.fetchOne(db, sql: "SELECT meetingId FROM sources WHERE sha256 = ?", arguments: [sha256])
            // An edited file: its earlier content no longer counts.
            for row in try Row.fetchAll(db, sql: "SELECT id, meetingId FROM sources WHERE path = ? AND sha256 != ?", arguments: [path, sha256]) {
                try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [row["id"] as Int64])
                if let meeting: String = row["meetingId"] { try Self.sourcesChanged(meeting: meeting, db) }
            }
            try db.execute(sql: """
            INSERT INTO sources (path, sha256, size, mtime, kind, status, error, meetingId, recordJSON, text, merged, processedAt, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
            ON CONFLICT(sha256) DO UPDATE SET path = excluded.path, size = excluded.size, mtime = excluded.mtime, kind = excluded.kind, status = excluded.status, error = excluded.error,
              meetingId = excluded.meetingId, recordJSON = excluded.recordJSON, text = excluded.text, merged = 0, processedAt = excluded.processedAt,
              version = excluded.version
            """, arguments: [path, sha256, size, mtime, kind, record == nil ? "failed" : "ok", error, record?.id, json, text, ISO8601DateFormatter().string(from: Date()), version])
            if let before, before != record?.id { try Self.sourcesChanged(meeting: before, db) }
            try db.execute(sql: "DELETE FROM extracting WHERE sha256 = ?", arguments: [sha256])
        }
    }

    /// Removes sources under `roots` whose files are no longer among `paths` and are known to be gone
    /// (`isGone`: the file system said so; any doubt keeps the source); their meetings are marked for
    /// re-merging. Returns how many were removed.
    @discardableResult
    public func pruneSources(keeping paths: Set<String>, under roots: [String], isGone: (String) -> Bool) throws -> Int {
        try db.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, path, meetingId FROM sources")
            var removed = 0
            let folders = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            for row in rows {
                let p: String = row["path"]
                guard roots.contains(p) || folders.contains(where: { p.hasPrefix($0) }), !paths.contains(p), isGone(p) else { continue }
                try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [row["id"] as Int64])
                if let meeting: String = row["meetingId"] { try Self.sourcesChanged(meeting: meeting, db) }
                removed += 1
            }
            return removed
        }
    }

    /// Removes a meeting's rows from the full-text index (by rowid: the index cannot look up a meeting).
    static func deleteSearchRows(meeting: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM searchIndex WHERE rowid IN (SELECT ftsRowid FROM searchRows WHERE meetingId = ?)", arguments: [meeting])
        try db.execute(sql: "DELETE FROM searchRows WHERE meetingId = ?", arguments: [meeting])
    }

    /// A meeting lost a source: it is re-merged from the others, or removed when none is left.
    static func sourcesChanged(meeting: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE sources SET merged = 0 WHERE meetingId = ?", arguments: [meeting])
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources WHERE meetingId = ? AND status = 'ok'", arguments: [meeting]) == 0 {
            try db.execute(sql: "DELETE FROM meetings WHERE id = ?", arguments: [meeting])
            try deleteSearchRows(meeting: meeting, db)
        }
    }

    /// Meetings with a source not yet merged.
    public func dirtyMeetings() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT meetingId FROM sources WHERE merged = 0 AND meetingId IS NOT NULL ORDER BY meetingId") }
    }

    /// All meeting ids.
    public func meetingIDs() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT id FROM meetings ORDER BY id") }
    }

    /// The per-source records of a meeting, and the sources' texts (decoded outside the database queue,
    /// so several meetings can be prepared at once).
    public func sourceRecords(meeting: String) throws -> (records: [MeetingRecord], texts: [String]) {
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT recordJSON, text FROM sources WHERE meetingId = ? AND status = 'ok' ORDER BY path", arguments: [meeting])
                .map { (json: $0["recordJSON"] as String?, text: $0["text"] as String?) }
        }
        let records = try rows.compactMap { row in try row.json.map { try MeetingRecord.fromJSON(Data($0.utf8)) } }
        return (records, rows.compactMap(\.text))
    }

    /// Stores a merged, validated meeting with its recommendations (grouped into entities), goal proposals,
    /// findings and search entries, and marks its sources merged: one transaction.
    public func storeMeeting(_ record: MeetingRecord, texts: [String]) throws {
        let json = String(decoding: try record.jsonData(), as: UTF8.self)
        do {
            try write(record, json: json, texts: texts)
        } catch {
            entityKeys.reset()
            throw error
        }
    }

    private func write(_ record: MeetingRecord, json: String, texts: [String]) throws {
        try db.write { db in
            try db.execute(sql: "DELETE FROM meetings WHERE id = ?", arguments: [record.id])
            try Self.deleteSearchRows(meeting: record.id, db)
            try db.execute(sql: "INSERT INTO meetings (id, date, body, recordJSON) VALUES (?, ?, ?, ?)", arguments: [record.id, record.date, record.body, json])
            let year = Int(record.date.prefix(4))
            for rec in record.recommendations {
                let entity = try entity(for: rec.title, db)
                try db.execute(sql: """
                INSERT INTO recommendations (meetingId, entityId, title, year, relevance, included, dossier, status, field, hasDetails)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.id, entity, rec.title, rec.year, rec.relevance?.rawValue, rec.includedInDossier, rec.dossier,
                                 rec.status?.rawValue, rec.field, rec.details != nil])
                let details = rec.details.map { d in
                    [d.description, d.initialSituation, d.goals, d.annualBudget.text, d.serviceType.text, d.resourceImpact, d.strategicGoals.text,
                     d.interactions, d.steeringGroupAssessment, d.developedBy, d.responsible].compactMap { $0 }.joined(separator: "\n")
                } ?? ""
                try db.execute(sql: "INSERT INTO searchIndex (kind, meetingId, year, field, title, body) VALUES ('empfehlung', ?, ?, ?, ?, ?)",
                               arguments: [record.id, rec.year ?? year, rec.field, rec.title, ([details] + rec.comments).joined(separator: "\n")])
                try db.execute(sql: "INSERT INTO searchRows (meetingId, ftsRowid) VALUES (?, ?)", arguments: [record.id, db.lastInsertedRowID])
            }
            for g in record.goalProposals {
                try db.execute(sql: "INSERT INTO goalProposals (meetingId, year, title, agree, disagree) VALUES (?, ?, ?, ?, ?)",
                               arguments: [record.id, g.year, g.title, g.agree, g.disagree])
            }
            for f in record.findings {
                try db.execute(sql: "INSERT INTO findings (meetingId, rule, severity, recommendation, message) VALUES (?, ?, ?, ?, ?)",
                               arguments: [record.id, f.rule, f.severity.rawValue, f.recommendation, f.message])
            }
            let title = "Sitzung \(record.body) am \(record.date)" + (record.location.map { " (\($0))" } ?? "")
            try db.execute(sql: "INSERT INTO searchIndex (kind, meetingId, year, field, title, body) VALUES ('sitzung', ?, ?, NULL, ?, ?)",
                           arguments: [record.id, year, title, (record.agenda.map(\.title) + texts).joined(separator: "\n")])
            try db.execute(sql: "INSERT INTO searchRows (meetingId, ftsRowid) VALUES (?, ?)", arguments: [record.id, db.lastInsertedRowID])
            try db.execute(sql: "UPDATE sources SET merged = 1 WHERE meetingId = ?", arguments: [record.id])
        }
    }

    /// The entity of a recommendation title: the stored one with the same title (tolerantly), or a new one.
    func entity(for title: String, _ db: Database) throws -> Int64 {
        let key = TitleKey(title)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE normalized = ?", arguments: [key.normalized]) { return id }
        if let id = try entityKeys.match(key, db) { return id }
        try db.execute(sql: "INSERT INTO entities (title, normalized) VALUES (?, ?)", arguments: [title, key.normalized])
        entityKeys.added(db.lastInsertedRowID, key)
        return db.lastInsertedRowID
    }

    /// All stored meeting records, by id.
    public func meetings() throws -> [MeetingRecord] {
        try db.read { db in
            try String.fetchAll(db, sql: "SELECT recordJSON FROM meetings ORDER BY id").map { try MeetingRecord.fromJSON(Data($0.utf8)) }
        }
    }

    /// Failed sources with their errors.
    public func failures() throws -> [(path: String, error: String)] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT path, error FROM sources WHERE status = 'failed' ORDER BY path").map { ($0["path"], $0["error"] ?? "") }
        }
    }

    /// A stored setting (e.g. the fingerprint of the configuration the records were validated with).
    public func setting(_ key: String) throws -> String? {
        try db.read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// Stores a setting.
    public func setSetting(_ key: String, _ value: String) throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
        }
    }

    /// Records a generated document.
    public func recordDocument(path: String, kind: String, meeting: String?) throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO documents (path, kind, meetingId, createdAt) VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET kind = excluded.kind, meetingId = excluded.meetingId, createdAt = excluded.createdAt",
                           arguments: [path, kind, meeting, ISO8601DateFormatter().string(from: Date())])
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try db.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
