import ArgumentParser
import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline

/// `planwerk dossier --year YYYY`: the Planungsdossier "Sozialplanung Fokus YYYY" from all records.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Das Planungsdossier eines Fokusjahres aus allen Datensätzen schreiben (ODT, HTML mit Filtern, Markdown)."
    )

    @Option(name: .long, help: "Fokusjahr (das Jahr aus dem Entscheidungssatz, z. B. 2023).")
    var year: Int

    @Option(name: .long, help: "Ordner mit den Datensätzen.")
    var records: String = "outputs/records"

    @OptionGroup var output: FormatOption

    @Option(name: .long, help: "Zielordner.")
    var out: String = "outputs/dossier"

    @Option(name: [.customLong("config-dir")], help: "Ordner mit handlungsfelder.json und dossier-vorwort.txt.")
    var configDir: String = "inputs"

    @OptionGroup var config: ConfigOptions

    func validate() throws {
        guard (1990...2100).contains(year) else { throw ValidationError("--year: ein Jahr zwischen 1990 und 2100 angeben.") }
    }

    func run() throws {
        let files = RecordFiles.collect([records])
        var loaded: [MeetingRecord] = []
        for file in files {
            do {
                loaded.append(try MeetingRecord.fromJSON(Data(contentsOf: URL(fileURLWithPath: file))))
            } catch {
                Console.error("\(file): \(RecordFiles.describe(error))")
                throw ExitCode(1)
            }
        }
        let dossier = DossierFiles.composer(inputs: configDir, profile: try config.context(inputs: configDir).profile, date: CouncilPapers.documentDate()).compose(loaded, year: year)
        AtomicFileWriter.removeStaleTemporaries(in: URL(fileURLWithPath: out))
        let written = try DossierFiles.write(dossier, formats: output.formats, to: URL(fileURLWithPath: out))
        Console.out("\(dossier.title): \(dossier.takenIn.count) aufgenommene, \(dossier.notTakenIn.count) nicht aufgenommene Handlungsempfehlungen, \(dossier.goals.count) Zielvorschläge -> \(written.map(\.path).joined(separator: ", "))")
    }
}
