import ArgumentParser
import Foundation
import PlanwerkCompose
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate
import PlanwerkWriters

/// `planwerk validate <records...>`: re-checks records and prints a report; exit code 1 on error-level findings.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Datensätze erneut prüfen (z. B. nach Änderung des Zielkatalogs) und einen Prüfbericht ausgeben."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "Datensätze (JSON) oder Ordner mit Datensätzen.")
    var records: [String]

    @Option(name: .long, help: "Ausgabeformat: text, json oder markdown.")
    var format: Format = .text

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let validator = Validator(context: try config.context())
        var loaded: [MeetingRecord] = []
        var failed = false
        for file in RecordFiles.collect(records) {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                loaded.append(validator.validate(try MeetingRecord.fromJSON(data)))
            } catch {
                Console.error("\(file): kein gültiger Sitzungsdatensatz (\(RecordFiles.describe(error)))")
                failed = true
            }
        }
        let report = ValidationReport(records: loaded.sorted { $0.id < $1.id })
        switch format {
        case .text: Console.out(report.text(), terminator: "")
        case .markdown: Console.out(MarkdownWriter.render(PruefberichtComposer().compose(report.records, date: CouncilPapers.documentDate())), terminator: "")
        case .json: print(report.json(), terminator: "")
        }
        if failed || report.hasErrors { throw ExitCode(1) }
    }
}
