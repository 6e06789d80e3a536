import Foundation

/// Expands the command's arguments into input files: files as given, folders walked recursively for
/// protocol files (.txt, .md, .text, .html, .htm, .pdf), hidden files skipped, in sorted order.
public enum InputCollector {
    /// File name endings taken from folders.
    public static let protocolExtensions: Set<String> = ["txt", "md", "text", "html", "htm", "pdf"]

    /// The files, and the arguments that do not exist.
    public static func collect(_ paths: [String]) -> (files: [String], missing: [InputFailure]) {
        var files: [String] = []
        var missing: [InputFailure] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                missing.append(InputFailure(file: path, reason: "Datei oder Ordner nicht gefunden"))
                continue
            }
            if !isDir.boolValue { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else { continue }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                if protocolExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append((path as NSString).appendingPathComponent(rel))
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }
}
