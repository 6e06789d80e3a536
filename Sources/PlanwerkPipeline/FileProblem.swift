import Foundation

/// German words for what went wrong with a file or folder: Foundation's and the system's errors (which speak
/// English, "NSCocoaErrorDomain Code=512") become a short German cause for the message that names the file.
public enum FileProblem {
    /// The cause of `error` in German, e.g. "keine Berechtigung", "kein Speicherplatz mehr".
    public static func describe(_ error: Error) -> String {
        if let code = errno(of: error) { return describe(errno: code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "nicht vorhanden"
            case .fileReadNoPermission, .fileWriteNoPermission: return "keine Berechtigung"
            case .fileWriteOutOfSpace: return "kein Speicherplatz mehr"
            case .fileWriteVolumeReadOnly: return "Datenträger ist schreibgeschützt"
            case .fileWriteFileExists: return "Datei ist bereits vorhanden"
            case .fileReadCorruptFile: return "Datei ist beschädigt"
            case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding: return "Zeichenkodierung nicht lesbar"
            default: break
            }
        }
        if let failure = error as? InputFailure { return failure.reason }
        return "Ein-/Ausgabefehler"
    }

    /// Why the folder `path` cannot be created: a part of the path that is a file says so directly (Foundation
    /// reports it as an unspecific write error).
    public static func describeFolderFailure(_ path: String, _ error: Error) -> String {
        var dir = URL(fileURLWithPath: path).standardizedFileURL
        while dir.path != "/" {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) {
                return isDir.boolValue ? describe(error) : "„\(dir.lastPathComponent)“ ist eine Datei, kein Ordner"
            }
            dir.deleteLastPathComponent()
        }
        return describe(error)
    }

    /// The cause of a system error number in German.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "nicht vorhanden"
        case EACCES, EPERM: return "keine Berechtigung"
        case ENOSPC, EDQUOT: return "kein Speicherplatz mehr"
        case EROFS: return "Datenträger ist schreibgeschützt"
        case ENOTDIR: return "ein Teil des Pfads ist kein Ordner"
        case EISDIR: return "ist ein Ordner, keine Datei"
        case ELOOP: return "zu viele symbolische Verknüpfungen"
        case ENAMETOOLONG: return "Pfad zu lang"
        case EMFILE, ENFILE: return "zu viele offene Dateien"
        case EIO: return "Lesefehler des Datenträgers"
        case EEXIST: return "ist bereits vorhanden"
        case EBUSY: return "wird gerade benutzt"
        default: return "Systemfehler \(code)"
        }
    }

    /// The system error number behind a Foundation error, if there is one.
    static func errno(of error: Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(truncatingIfNeeded: underlying.code)
        }
        return nil
    }
}
