import Foundation

/// Finds a schema of the project (schemas/<name>): in the working folder, else beside the folder of the
/// configuration file that needs it (inputs/x.xml -> schemas/<name>), else in the project the running
/// binary was built in (.build/release/planwerk -> schemas/<name>), so planwerk also runs from elsewhere.
/// Paths are made absolute and standardised first ("./inputs", "a/../inputs" and "/" all work).
public enum SchemaLocator {
    /// The schema's path; the first candidate when none exists (the error then names it).
    public static func path(_ name: String, near file: String) -> String {
        let local = "schemas/\(name)"
        return candidates(name, near: file).first { FileManager.default.fileExists(atPath: $0) } ?? local
    }

    /// Every place looked at, in order.
    static func candidates(_ name: String, near file: String) -> [String] {
        var out = ["schemas/\(name)"]
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        for start in [file, executable] {
            var dir = URL(fileURLWithPath: start).standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                out.append(dir.appendingPathComponent("schemas").appendingPathComponent(name).path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return out
    }
}
