import Foundation
import PlanwerkText

/// Writes to standard output and standard error. Control characters and bidi marks (from file names,
/// records edited by hand) are shown as escapes, so nothing printed can drive the terminal or forge a line.
enum Console {
    /// Text on standard output (line feeds kept: reports span lines).
    static func out(_ text: String, terminator: String = "\n") {
        let safe = text.split(separator: "\n", omittingEmptySubsequences: false).map { UnsafeCharacters.escaped(String($0)) }.joined(separator: "\n")
        print(safe, terminator: terminator)
    }

    /// One line on standard error, prefixed "Fehler: ".
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("Fehler: " + UnsafeCharacters.escaped(line) + "\n").utf8))
    }

    /// One line on standard error, as is.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((UnsafeCharacters.escaped(line) + "\n").utf8))
    }
}
