import Foundation

/// Finds a schema of the project (schemas/<name>): in the working folder, else beside the folder of the
/// configuration file that needs it (inputs/x.xml -> schemas/<name>), so planwerk also runs from elsewhere.
public enum SchemaLocator {
    /// The schema's path; the first candidate when none exists (the error then names it).
    public static func path(_ name: String, near file: String) -> String {
        let local = "schemas/\(name)"
        var candidates = [local]
        var dir = ((file as NSString).deletingLastPathComponent as NSString)
        for _ in 0..<3 {
            candidates.append(dir.appendingPathComponent("schemas/\(name)"))
            let parent = dir.deletingLastPathComponent
            if parent == dir as String || parent.isEmpty { break }
            dir = parent as NSString
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? local
    }
}
