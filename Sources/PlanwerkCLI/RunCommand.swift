import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkCompose
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
        try writePapers(result.records, catalog: context.catalog, to: outDir.appendingPathComponent("vorlagen"))
        if let failed { throw failed }
    }

    /// Mitteilungsvorlagen for every recommendation taken into a dossier; where required data is missing,
    /// drafts with the gaps marked.
    func writePapers(_ records: [MeetingRecord], catalog: StrategicGoalCatalog?, to dir: URL) throws {
        guard FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json")) else {
            Console.note("Hinweis: \(inputs)/vorlagen.json fehlt, keine Vorlagen geschrieben.")
            return
        }
        let papers = try PaperOptions.generator(configDir: inputs, type: "mitteilungsvorlage", catalog: catalog).papers(records, draft: true)
        let (files, _) = try PaperOptions.write(papers, formats: DocumentFormat.allCases, to: dir)
        RecordsFolder.removeStale(in: dir, keeping: files, extensions: ["odt", "html", "md"])
        let drafts = papers.filter { $0.document?.marker != nil }.count
        Console.out("Vorlagen: \(papers.count) nach \(dir.path)\(drafts > 0 ? ", davon \(drafts) Entwürfe mit markierten Lücken" : "").")
    }
}
