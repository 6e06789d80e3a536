import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkReview

/// `planwerk vorlage <record.json>`: council papers for a meeting's recommendations.
struct VorlageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vorlage",
        abstract: "Mitteilungs- oder Beschlussvorlagen für die Handlungsempfehlungen einer Sitzung schreiben."
    )

    @Argument(help: "Datensatz der Sitzung (JSON). Die übrigen Datensätze im selben Ordner bestimmen die laufende Nummer.")
    var record: String

    @Option(name: .long, help: "Nur diese Handlungsempfehlung (Titel oder Teil davon), auch wenn sie nicht ins Dossier aufgenommen wurde.")
    var recommendation: String?

    @Option(name: .long, help: "Zielordner.")
    var out: String = "outputs/vorlagen"

    @Flag(name: .long, help: "Auch bei fehlenden Pflichtangaben schreiben: Lücken werden als „[FEHLT: …]“ markiert, Kopf „ENTWURF“.")
    var draft = false

    @OptionGroup var paper: PaperOptions

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let records: [MeetingRecord]
        let target: MeetingRecord
        do {
            target = try MeetingRecord.fromJSON(Data(contentsOf: URL(fileURLWithPath: record)))
            let folder = (record as NSString).deletingLastPathComponent
            records = RecordFiles.collect([folder.isEmpty ? "." : folder]).compactMap { try? MeetingRecord.fromJSON(Data(contentsOf: URL(fileURLWithPath: $0))) }
        } catch {
            Console.error("\(record): \(RecordFiles.describe(error))")
            throw ExitCode(1)
        }
        let generator = try paper.generator(catalog: try config.context(inputs: paper.configDir).catalog)
        // A record file's release mark is not trusted: the release in force comes from the releases in inputs/.
        let review = ReviewFolder(inputs: paper.configDir)
        let all = (records.contains { $0.id == target.id } ? records : records + [target]).map { record -> MeetingRecord in
            var checked = record
            checked.release = ReleaseCheck.status(record, releases: (try? review.releases(record.id)) ?? []).release.map { ReleaseMark(by: $0.author, time: $0.time) }
            return checked
        }
        let papers = try PaperOptions.papers(generator, all, only: recommendation, in: target, draft: draft, inputs: paper.configDir)
        if papers.isEmpty {
            if let recommendation {
                Console.error("\(record): keine Handlungsempfehlung „\(recommendation)“ gefunden")
                throw ExitCode(1)
            }
            Console.out("Keine Handlungsempfehlung dieser Sitzung wurde ins Planungsdossier aufgenommen; keine Vorlage geschrieben.")
            return
        }
        if !(try PaperOptions.write(papers, formats: paper.formats, to: URL(fileURLWithPath: out))).complete { throw ExitCode(1) }
    }
}
