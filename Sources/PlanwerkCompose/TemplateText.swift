// PlanwerkCompose: records in, report documents out: council papers from XML templates (and the
// order, numbering and routing of the papers). Writers turn the documents into files.
import PlanwerkText

/// Template text with placeholders: "Der {beratung.entscheidungsgremium} nimmt … {empfehlung.mitteleinsatz|euro}".
public struct TemplateText: Sendable, Hashable {
    /// A literal piece or a placeholder.
    public enum Piece: Sendable, Hashable {
        case literal(String)
        case field(name: String, format: String?)
    }

    /// The pieces in order.
    public var pieces: [Piece]

    /// The formatters a placeholder may name.
    public static let formats: Set<String> = ["euro", "datum", "text"]

    /// A field's text in a format: `euro` writes a whole number of euros as "48.000 €", `datum` an ISO date as
    /// "1. März 2024", `text` (and no format) the text as it is; text that does not fit the format stays as it is.
    public static func apply(_ format: String?, to text: String) -> String {
        switch format {
        case "euro":
            guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(text) else { return text }
            return EuroFormat.euros(n)
        case "datum": return GermanFormat.date(text)
        default: return text
        }
    }

    /// Parses "{name}" and "{name|format}" placeholders; throws the message for a broken one.
    public static func parse(_ text: String) throws -> TemplateText {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { throw TemplateTextError("„{“ ohne „}“ in „\(text)“") }
            let inner = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let parts = inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty, parts.count <= 2 else { throw TemplateTextError("Platzhalter „{\(inner)}“ ist ungültig") }
            if parts.count == 2, !formats.contains(parts[1]) {
                throw TemplateTextError("unbekanntes Format „\(parts[1])“ in „{\(inner)}“ (erlaubt: \(formats.sorted().joined(separator: ", ")))")
            }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.field(name: name, format: parts.count == 2 ? parts[1] : nil))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return TemplateText(pieces: pieces)
    }

    /// The field names used.
    public var fieldNames: [String] {
        pieces.compactMap { if case .field(let name, _) = $0 { return name } else { return nil } }
    }
}

/// A broken placeholder (message in German).
public struct TemplateTextError: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
