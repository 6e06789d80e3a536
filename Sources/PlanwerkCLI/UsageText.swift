import Foundation

/// ArgumentParser's usage errors in German: its fixed English phrases are translated line by line, the
/// option names and values kept; our own `ValidationError` texts are German already.
enum UsageText {
    static let translations: [(String, String)] = [
        (#"^Error: "#, "Fehler: "),
        (#"Missing value for '([^']+)'"#, "Wert für $1 fehlt"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "Wert „$1“ ist für $2 ungültig"),
        (#"Unknown option '([^']+)'"#, "unbekannte Option $1"),
        (#"Missing expected argument '([^']+)'"#, "Argument $1 fehlt"),
        (#"Unexpected arguments?:? '([^']*)'"#, "unerwartetes Argument „$1“"),
        (#"Unknown subcommand '?([^']*)'?"#, "unbekannter Befehl „$1“"),
        (#"^Usage: "#, "Aufruf: "),
        (#"^Help: "#, "Hilfe: "),
        (#"^  See '([^']+)' for more information\.$"#, "  Mehr dazu: $1"),
    ]

    static let compiled = translations.map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// The message with every known phrase in German.
    static func german(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            for (regex, template) in compiled {
                text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
            }
            return text
        }.joined(separator: "\n")
    }
}
