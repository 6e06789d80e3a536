import Foundation

/// Finds a schema of the project (schemas/<name>): in the working folder, else beside the folder of the
/// configuration file that needs it (inputs/x.xml -> schemas/<name>), else in the project the running
/// binary was built in (.build/release/planwerk -> schemas/<name>), so planwerk also runs from elsewhere.
public enum SchemaLocator {
    /// The schema's path; the first candidate when none exists (the error then names it).
    public static func path(_ name: String, near file: String) -> String {
        let local = "schemas/\(name)"
        var candidates = [local]
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        for start in [(file as NSString).deletingLastPathComponent, (executable as NSString).deletingLastPathComponent] {
            var dir = start as NSString
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("schemas/\(name)"))
                let parent = dir.deletingLastPathComponent
                if parent == dir as String || parent.isEmpty { break }
                dir = parent as NSString
            }
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? local
    }
}
