import ArgumentParser
import Foundation
import PlanwerkPipeline

/// `planwerk blocks <file>`: the blocks Planwerk reads from a file, to find out why something was not recognised.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Die erkannten Blöcke einer Datei anzeigen (Seite/Zeile, Art, Text; * = Kopf-/Fußzeile o. Ä.)."
    )

    @Argument(help: "Protokolldatei (Text oder PDF).")
    var file: String

    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): Datei kann nicht gelesen werden")
            throw ExitCode(1)
        }
        let pipeline = IngestPipeline(profile: .standard, validator: .init(context: .init(profile: .standard, catalog: nil)), pdf: pdf.options)
        switch pipeline.read(data: data, file: file) {
        case .success(let document):
            for note in document.notes { Console.note("Hinweis: \(file): \(note)") }
            Console.out(document.dump, terminator: "")
        case .failure(let failure):
            Console.error(failure.line)
            throw ExitCode(1)
        }
    }
}
