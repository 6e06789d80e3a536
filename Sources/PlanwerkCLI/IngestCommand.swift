import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkValidate

/// `planwerk ingest <files or folders...> --out <dir>`: protocols to one JSON record per meeting.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Protokolle (Dateien oder Ordner) einlesen und je Sitzung einen Datensatz (JSON) schreiben."
    )

    @Argument(help: "Protokolldateien oder Ordner.")
    var inputs: [String]

    @Option(name: .long, help: "Zielordner für die Datensätze.")
    var out: String

    @OptionGroup var config: ConfigOptions

    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        let context = try config.context()
        let pipeline = IngestPipeline(profile: context.profile, validator: Validator(context: context), pdf: pdf.options,
                                    review: ReviewFolder(inputs: config.inputs))
        let result = pipeline.ingest(paths: inputs)
        try IngestReport.finish(result, pipeline: pipeline, outDir: URL(fileURLWithPath: out), removeStale: false)
    }
}
