import Foundation

/// Housekeeping in a folder of generated files (records, papers).
public enum OutputFolder {
    /// Removes generated files that this run did not write (their protocol is gone from inputs/).
    public static func removeStale(in dir: URL, keeping written: [URL], extensions: Set<String> = ["json"]) {
        let keep = Set(written.map { $0.standardizedFileURL.path })
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where extensions.contains((name as NSString).pathExtension) {
            let url = dir.appendingPathComponent(name).standardizedFileURL
            if !keep.contains(url.path) { try? FileManager.default.removeItem(at: url) }
        }
    }
}
