import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkModel
import PlanwerkReview

/// `planwerk facts <meeting-id>`: every fact of a meeting with key, value, evidence, confidence and review state.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Alle Angaben einer Sitzung mit Schlüssel, Wert, Fundstelle, Sicherheit und Prüfstand anzeigen."
    )

    @Argument(help: "Sitzung (z. B. 2023-05-12-steuerungsgruppe-sozialplanung).")
    var meeting: String

    @Option(name: .long, help: "Ausgabe: text oder json.")
    var format: String = "text"

    @Option(name: .long, help: "Nur diese Angabe, mit den Zeilen des Protokolls um ihre Fundstelle.")
    var show: String?

    @OptionGroup var review: ReviewOptions

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format muss text oder json sein.") }
    }

    func run() throws {
        let session = try review.session()
        let m = try ReviewOptions.attempt { try session.meeting(meeting) }
        var facts = m.facts
        if let show {
            facts = facts.filter { $0.key == show }
            guard let fact = facts.first else {
                Console.error("„\(show)“: diesen Schlüssel gibt es in \(meeting) nicht (planwerk facts \(meeting) zeigt alle)")
                throw ExitCode(1)
            }
            Console.out("\(fact.key) = \(fact.value.json) [\(fact.state.rawValue)]")
            for e in fact.evidence { Console.out(Self.context(e)) }
            return
        }
        switch format {
        case "json":
            let rows = facts.map { f -> [String: Any] in
                ["key": f.key, "value": (try? JSONSerialization.jsonObject(with: Data(f.value.json.utf8), options: .fragmentsAllowed)) ?? NSNull(),
                 "state": f.state.rawValue, "confidence": (f.confidence(sources: m.reviewed.sources) * 100).rounded() / 100,
                 "evidence": f.evidence.map { e -> [String: Any] in
                     var d: [String: Any] = ["file": e.file]
                     if let l = e.line { d["line"] = l }
                     if let p = e.page { d["page"] = p }
                     return d
                 }]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Console.out(String(decoding: data, as: UTF8.self))
        default:
            for f in facts {
                let place = f.evidence.map { e in "\((e.file as NSString).lastPathComponent)\(e.page.map { " S. \($0)" } ?? "")\(e.line.map { " Z. \($0)" } ?? "")" }
                Console.out("\(f.key) = \(f.value.json)  [\(f.state.rawValue), Sicherheit \(Int((f.confidence(sources: m.reviewed.sources) * 100).rounded())) %]"
                    + (place.isEmpty ? "" : "  (\(place.joined(separator: "; ")))"))
            }
        }
    }

    /// The protocol's lines around a text source's evidence (two before, two after), or where to look in a PDF.
    static func context(_ e: Evidence) -> String {
        if let page = e.page {
            return "  \(e.file), Seite \(page)\(e.line.map { ", Zeile \($0) der Seite" } ?? "") (den Text zeigt planwerk blocks \(e.file))"
        }
        guard let line = e.line, let text = try? String(contentsOfFile: e.file, encoding: .utf8) else { return "  \(e.file)" }
        let lines = text.components(separatedBy: "\n")
        let range = max(1, line - 2)...min(lines.count, line + 2)
        return "  \(e.file):\n" + range.map { n in "  \(n == line ? ">" : " ") \(String(format: "%5d", n))  \(lines[n - 1])" }.joined(separator: "\n")
    }
}
