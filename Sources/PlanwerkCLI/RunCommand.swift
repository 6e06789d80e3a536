import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate

/// `planwerk run`: the main job, inputs/ into outputs/ (records and the Prüfbericht).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Hauptlauf: alle Protokolle aus inputs/protocols/ verarbeiten, Ergebnisse nach outputs/."
    )

    @Option(name: .long, help: "Eingabeordner.")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner.")
    var outputs: String = "outputs"

    @OptionGroup var config: ConfigOptions

    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        let context = try config.context()
        let pipeline = IngestPipeline(profile: context.profile, validator: Validator(context: context), pdf: pdf.options)
        let result = pipeline.ingest(paths: [(inputs as NSString).appendingPathComponent("protocols")])
        let outDir = URL(fileURLWithPath: outputs)
        var failed: Error?
        do {
            try IngestReport.finish(result, pipeline: pipeline, outDir: outDir.appendingPathComponent("records"), removeStale: true)
        } catch {
            failed = error
        }
        let report = ValidationReport(records: result.records)
        let reportURL = outDir.appendingPathComponent("pruefbericht.md")
        try AtomicFileWriter.write(Data(report.markdown().utf8), to: reportURL)
        Console.out("Prüfbericht: \(reportURL.path) (\(report.summaryLine))")
        if let failed { throw failed }
    }
}
