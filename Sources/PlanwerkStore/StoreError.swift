import Foundation
import GRDB

/// Why the archive database cannot be used: the one error type of PlanwerkStore, with its German message.
public struct StoreError: Error, Sendable, Equatable {
    /// The kind of problem.
    public enum Cause: Sendable, Equatable {
        /// The database file does not exist (read-only commands never create one).
        case notFound
        /// The file is not an SQLite database, or it is damaged.
        case damaged
        /// The file or its folder cannot be written (a read-only disk, missing permission).
        case readOnly
        /// The disk is full.
        case full
        /// The file was made by an older Planwerk and must be brought up to date by `archive` or `run`.
        case outdated
        /// The file is locked by another process for too long.
        case busy
        /// Anything else, with SQLite's result code.
        case other(Int32)
    }

    /// The database file.
    public var path: String
    /// What is wrong.
    public var cause: Cause

    /// Creates an error.
    public init(path: String, cause: Cause) {
        self.path = path
        self.cause = cause
    }

    /// The error behind a GRDB or file-system failure on `path`.
    public static func from(_ error: Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreError(path: path, cause: .damaged)
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return StoreError(path: path, cause: .readOnly)
            case .SQLITE_FULL: return StoreError(path: path, cause: .full)
            case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(path: path, cause: .busy)
            default: return StoreError(path: path, cause: .other(db.resultCode.rawValue))
            }
        }
        return StoreError(path: path, cause: .other(-1))
    }

    /// The German message, naming the file.
    public var germanMessage: String {
        switch cause {
        case .notFound: return "\(path): Archivdatenbank nicht gefunden (zuerst „planwerk run“ oder „planwerk archive“ ausführen, oder --db prüfen)"
        case .damaged: return "\(path): keine Archivdatenbank oder beschädigt (Datei ersetzen oder löschen; „planwerk run“ baut sie aus inputs/ neu auf)"
        case .readOnly: return "\(path): Archivdatenbank kann nicht geöffnet oder geschrieben werden (keine Berechtigung oder schreibgeschützter Datenträger)"
        case .full: return "\(path): kein Speicherplatz mehr für die Archivdatenbank"
        case .outdated: return "\(path): Archivdatenbank stammt von einer älteren Planwerk-Version (einmal „planwerk run“ oder „planwerk archive“ ausführen)"
        case .busy: return "\(path): Archivdatenbank ist von einem anderen Planwerk-Lauf gesperrt (später erneut versuchen)"
        case .other(let code): return "\(path): Fehler der Archivdatenbank (SQLite-Code \(code))"
        }
    }
}
