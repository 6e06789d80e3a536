import ArgumentParser
import Foundation

/// `planwerk history "<title fragment>"`: a recommendation's way through the meetings and years.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Verlauf einer Handlungsempfehlung über Sitzungen und Jahre.")

    @Argument(help: "Titel oder Teil davon.")
    var title: String

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let store = try ArchiveOptions.open(archive.db, readOnly: true)
        let histories = try store.history(title)
        if histories.isEmpty {
            Console.out("Keine Handlungsempfehlung „\(title)“ im Archiv.")
            return
        }
        for (name, events) in histories {
            Console.out("Handlungsempfehlung „\(name)“")
            for e in events {
                let alias = e.title == name ? "" : " (als „\(e.title)“)"
                Console.out("  \(e.date)  \(e.events.joined(separator: "; "))\(alias)")
            }
        }
    }
}
