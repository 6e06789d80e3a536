import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkValidate

/// `planwerk archive <folders...>`: many years of protocols into the searchable store.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Protokollordner (Text und PDF) in die Archivdatenbank übernehmen; Unverändertes wird übersprungen."
    )

    @Argument(help: "Ordner oder Dateien.")
    var inputs: [String]

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        let context = try config.context()
        let ingest = IngestPipeline(profile: context.profile, validator: Validator(context: context), pdf: pdf.options,
                                    review: ReviewFolder(inputs: config.inputs))
        let store = try ArchiveOptions.open(archive.db)
        let summary = try ArchiveOptions.archive(inputs, store: store, ingest: ingest, jobs: pdf.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                                 fingerprint: config.fingerprint(), prune: false)
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
