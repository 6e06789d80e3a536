import Foundation

/// Writes to standard output and standard error.
enum Console {
    /// A line on standard output.
    static func out(_ line: String, terminator: String = "\n") { print(line, terminator: terminator) }

    /// A line on standard error, prefixed "Fehler: ".
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("Fehler: " + line + "\n").utf8))
    }

    /// A line on standard error, as is.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
