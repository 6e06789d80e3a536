import ArgumentParser
import Foundation

/// `planwerk search "<query>"`: meetings and recommendations in the archive, ranked, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Im Archiv suchen (Protokolltext, Titel, Detailformulare).")

    @Argument(help: "Suchbegriffe.")
    var query: String

    @Option(name: .long, help: "Nur dieses Jahr.")
    var year: Int?

    @Option(name: .long, help: "Nur dieses Handlungsfeld.")
    var field: String?

    @Option(name: .long, help: "Höchstens so viele Treffer.")
    var limit: Int = 20

    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        guard (1...1_000).contains(limit) else { throw ValidationError("--limit muss zwischen 1 und 1000 liegen.") }
    }

    func run() throws {
        let store = try ArchiveOptions.open(archive.db, readOnly: true)
        let hits = try store.search(query, year: year, field: field, limit: limit)
        if hits.isEmpty {
            Console.out("Keine Treffer für „\(query)“.")
            return
        }
        for hit in hits {
            let kind = hit.kind == "sitzung" ? "Sitzung" : "Handlungsempfehlung"
            Console.out("\(kind) \(hit.meetingID): \(hit.title)\n    … \(hit.snippet.replacingOccurrences(of: "\n", with: " ")) …")
        }
    }
}
