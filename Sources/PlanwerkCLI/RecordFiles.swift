import Foundation

/// Finds record files among arguments (files as given, folders: their *.json, sorted).
enum RecordFiles {
    static func collect(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                out += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                out.append(path)
            }
        }
        return out
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "Eintrag „\(key.stringValue)“ fehlt"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "falscher Wert bei „\(ctx.codingPath.map(\.stringValue).joined(separator: "."))“"
        case DecodingError.dataCorrupted: return "kein gültiges JSON"
        case let error as CocoaError where error.code == .fileReadNoSuchFile: return "Datei nicht gefunden"
        default: return "nicht lesbar"
        }
    }
}
