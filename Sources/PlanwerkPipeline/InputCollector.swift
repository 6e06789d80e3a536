import Foundation

/// Expands the command's arguments into input files: files as given, folders walked recursively for
/// protocol files (.txt, .md, .text, .html, .htm, .pdf), hidden files skipped, in sorted order. The same
/// file named twice ("d/x.txt", "d/../d/x.txt", a symbolic link) is taken once, under its first name.
/// A folder that cannot be listed is a failure, and the listing is then incomplete: nothing may be
/// concluded from a file's absence (no pruning).
public enum InputCollector {
    /// File name endings taken from folders: those of the input formats.
    public static let protocolExtensions: Set<String> = InputFormat.extensions

    /// What was found.
    public struct Listing: Sendable {
        /// The input files, each once.
        public var files: [String]
        /// Arguments that do not exist and folders that could not be read.
        public var failures: [InputFailure]
        /// True when every folder could be listed completely.
        public var complete: Bool
    }

    /// The files under `paths`.
    public static func collect(_ paths: [String]) -> Listing {
        var listing = Listing(files: [], failures: [], complete: true)
        var seen = Set<String>()
        func add(_ file: String) {
            // Only regular files: a named pipe or a device (/dev/zero behind a link) would block or never end.
            var st = stat()
            guard stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
                listing.failures.append(InputFailure(file: file, cause: .notARegularFile))
                return
            }
            if seen.insert(canonical(file)).inserted { listing.files.append(file) }
        }
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                listing.failures.append(InputFailure(file: path, cause: .notFound))
                listing.complete = false
                continue
            }
            if !isDir.boolValue { add(path); continue }
            var found: [String] = []
            walk(path, into: &found, listing: &listing)
            for file in found.sorted() { add(file) }
        }
        return listing
    }

    /// Collects the protocol files below `dir`; a folder that cannot be listed is recorded as a failure.
    static func walk(_ dir: String, into found: inout [String], listing: inout Listing) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir)
        } catch {
            listing.failures.append(InputFailure(file: dir, cause: .folderUnreadable(FileProblem.describe(error))))
            listing.complete = false
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = (dir as NSString).appendingPathComponent(name)
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &found, listing: &listing)
            } else if protocolExtensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(path)
            }
        }
    }

    /// The file's real path (symbolic links and "..", "." resolved), for recognising the same file twice.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True only when `path` is known not to exist (lstat says ENOENT): any other error is uncertainty.
    public static func isKnownGone(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) != 0 && errno == ENOENT
    }
}
