import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkCompose
import PlanwerkWriters
import PlanwerkPipeline
import PlanwerkValidate

/// `planwerk run`: the main job, inputs/ into outputs/ (records and the Prüfbericht).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Hauptlauf: alle Protokolle aus inputs/protocols/ verarbeiten; Datensätze, Prüfbericht, Vorlagen, Dossiers und Übersicht nach outputs/."
    )

    @Option(name: .long, help: "Eingabeordner.")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner.")
    var outputs: String = "outputs"

    @OptionGroup var config: ConfigOptions

    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        let context = try config.context(inputs: inputs, requireProfile: true)
        let pipeline = IngestPipeline(profile: context.profile, validator: Validator(context: context), pdf: pdf.options)
        let outDir = URL(fileURLWithPath: outputs)
        // Half-written files of a run that was killed (SIGKILL, power loss) go first.
        AtomicFileWriter.removeStaleTemporaries(in: outDir)
        // 1. The archive: only new or changed protocols are read; meetings re-merged from their sources.
        let store = try ArchiveOptions.open(outDir.appendingPathComponent("planwerk.sqlite").path)
        let summary = try ArchiveOptions.archive([(inputs as NSString).appendingPathComponent("protocols")], store: store, ingest: pipeline,
                                                 jobs: pdf.jobs ?? ProcessInfo.processInfo.activeProcessorCount, fingerprint: config.fingerprint(inputs: inputs), prune: true)
        let records = try store.meetings()
        // 2. Records, Prüfbericht, Vorlagen, dossiers, index.
        try IngestReport.finish(IngestResult(records: records, failures: [], notes: []), pipeline: pipeline,
                                outDir: outDir.appendingPathComponent("records"), removeStale: true)
        let report = ValidationReport(records: records)
        let reportURL = outDir.appendingPathComponent("pruefbericht.md")
        try AtomicFileWriter.write(Data(report.markdown().utf8), to: reportURL)
        Console.out("Prüfbericht: \(reportURL.path) (\(report.summaryLine))")
        let papers = try writePapers(records, catalog: context.catalog, to: outDir.appendingPathComponent("vorlagen"))
        let dossiers = try writeDossiers(records, profile: context.profile, to: outDir.appendingPathComponent("dossier"))
        for (url, meeting) in papers { try? store.recordDocument(path: url.path, kind: "vorlage", meeting: meeting) }
        for url in dossiers { try? store.recordDocument(path: url.path, kind: "dossier", meeting: nil) }
        try writeIndex(outDir)
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }

    /// Mitteilungsvorlagen for every recommendation taken into a dossier; where required data is missing,
    /// drafts with the gaps marked.
    func writePapers(_ records: [MeetingRecord], catalog: StrategicGoalCatalog?, to dir: URL) throws -> [(URL, String)] {
        guard FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json")) else {
            Console.note("Hinweis: \(inputs)/vorlagen.json fehlt, keine Vorlagen geschrieben.")
            return []
        }
        let generator = try PaperOptions.generator(configDir: inputs, type: "mitteilungsvorlage", catalog: catalog)
        let papers = try PaperOptions.papers(generator, records, draft: true, inputs: inputs)
        let (files, _) = try PaperOptions.write(papers, formats: DocumentFormat.allCases, to: dir)
        RecordsFolder.removeStale(in: dir, keeping: files, extensions: ["odt", "html", "md"])
        let drafts = papers.filter { !$0.isFinal }.count
        Console.out("Vorlagen: \(papers.count) nach \(dir.path)\(drafts > 0 ? ", davon \(drafts) Entwürfe mit markierten Lücken" : "").")
        return files.map { url in (url, papers.first { url.lastPathComponent.hasPrefix($0.fileName) }?.planned.record.id ?? "") }
    }

    /// A dossier for every Fokus year found.
    func writeDossiers(_ records: [MeetingRecord], profile: Profile, to dir: URL) throws -> [URL] {
        let composer = DossierCommand.composer(configDir: inputs, profile: profile)
        var written: [URL] = []
        for year in DossierComposer.years(records) {
            let dossier = composer.compose(records, year: year)
            written += try DossierFiles.write(dossier, formats: DocumentFormat.allCases, to: dir)
            Console.out("Dossier \(dossier.title): \(dossier.takenIn.count) aufgenommene Handlungsempfehlungen -> \(dir.path)")
        }
        RecordsFolder.removeStale(in: dir, keeping: written, extensions: ["odt", "html", "md"])
        return written
    }

    /// outputs/index.html: links to the Prüfbericht, the dossiers, the papers and the records.
    func writeIndex(_ outDir: URL) throws {
        func links(_ folder: String, _ ext: String, label: (String) -> String) -> [IndexPageWriter.Link] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outDir.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { (label($0), "\(folder)/\($0)") }
        }
        func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }
        let html = IndexPageWriter.render(title: "Planwerk – Ergebnisse", date: CouncilPapers.documentDate(), sections: [
            ("Prüfbericht", [("Prüfbericht (Markdown)", "pruefbericht.md")]),
            ("Planungsdossiers", links("dossier", "html") { stem($0) } + links("dossier", "odt") { "\(stem($0)) (ODT)" }),
            ("Vorlagen", links("vorlagen", "html") { stem($0) } + links("vorlagen", "odt") { "\(stem($0)) (ODT)" }),
            ("Sitzungsdatensätze", links("records", "json") { stem($0) }),
            ("Archiv", [("Archivdatenbank (SQLite; planwerk search / planwerk history)", "planwerk.sqlite")]),
        ])
        try AtomicFileWriter.write(Data(html.utf8), to: outDir.appendingPathComponent("index.html"))
        Console.out("Übersicht: \(outDir.appendingPathComponent("index.html").path)")
    }
}
