import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkReport
import PlanwerkReview
import PlanwerkStore
import PlanwerkText
import PlanwerkValidate
import PlanwerkWriters

/// The main job, inputs/ into outputs/: the archive (only new, changed or outdated sources are read), the
/// records, the Prüfbericht, the Mitteilungsvorlagen of the dossier recommendations (numbered from the
/// register in inputs/), the dossier of every Fokus year and the overview page; files of protocols that are
/// gone are removed. It prints nothing: the command reports the result.
public struct MainRun: Sendable {
    /// The inputs folder (protocols/, configuration, templates, paper register).
    public let inputs: String
    /// The outputs folder.
    public let outputs: URL
    /// Profile, catalogue and council settings in use.
    public let context: ValidationContext
    /// PDF reading settings.
    public let pdf: PDFOptions
    /// Parallel archive workers.
    public let jobs: Int
    /// The configuration fingerprint (a change re-validates the archive).
    public let fingerprint: String
    /// The date of new papers and of the documents, "YYYY-MM-DD".
    public let date: String
    /// Also write PDF/A beside every ODT (LibreOffice stamps them with the time, so they are the one output
    /// that is not byte-identical from run to run).
    public let writesPDF: Bool

    public init(inputs: String, outputs: URL, context: ValidationContext, pdf: PDFOptions, jobs: Int, fingerprint: String, date: String,
                writesPDF: Bool = false) {
        self.inputs = inputs
        self.outputs = outputs
        self.context = context
        self.pdf = pdf
        self.jobs = jobs
        self.fingerprint = fingerprint
        self.date = date
        self.writesPDF = writesPDF
    }

    /// What a run did.
    public struct Result: Sendable {
        /// The archive pass.
        public var archive: ArchiveSummary
        /// The meetings and their record files.
        public var records: [(record: MeetingRecord, file: URL)]
        /// The Prüfbericht's files and its summary line.
        public var report: (files: [URL], summary: String)
        /// The papers (nil when inputs/ has no vorlagen.json) and the files written.
        public var papers: (papers: [CouncilPapers.Paper], files: [URL])?
        /// The dossiers and their files.
        public var dossiers: [(dossier: Dossier, files: [URL])]
        /// The overview page.
        public var index: URL
        /// Why PDFs could not be made (LibreOffice missing or failing); the other formats are written.
        public var pdfProblems: [String]
    }

    /// The pipeline that reads one source into a validated record.
    public var ingest: IngestPipeline {
        IngestPipeline(profile: context.profile, validator: Validator(context: context), pdf: pdf, review: ReviewFolder(inputs: inputs))
    }

    /// Runs the job; `progress` sees the archive pass. Errors: `StoreError` (archive), `ConfigError`
    /// (templates, register), `WriteFailure` (outputs).
    public func run(progress: @escaping @Sendable (ArchiveProgress) -> Void) throws -> Result {
        // Half-written files of a run that was killed (SIGKILL, power loss) go first.
        AtomicFileWriter.removeStaleTemporaries(in: outputs)
        let store = try ArchiveStore(path: outputs.appendingPathComponent("planwerk.sqlite").path)
        let pipeline = ingest
        let archive = try ArchivePipeline(ingest: pipeline, store: store, jobs: jobs, configFingerprint: fingerprint)
            .run(paths: [(inputs as NSString).appendingPathComponent("protocols")], prune: true, progress: progress)
        let records = try store.meetings()

        let recordsDir = outputs.appendingPathComponent("records")
        AtomicFileWriter.removeStaleTemporaries(in: recordsDir)
        let recordFiles = try pipeline.write(records, to: recordsDir)
        OutputFolder.removeStale(in: recordsDir, keeping: recordFiles, extensions: ["json"])

        let report = PruefberichtComposer().compose(records, date: date)
        let reportFiles = try DocumentFormat.write(report, name: "pruefbericht", formats: [.html, .md], to: outputs)

        var papers: (papers: [CouncilPapers.Paper], files: [URL])?
        var pdfProblems: [String] = []
        if FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json")) {
            let generator = try CouncilPapers.load(inputs: inputs, kind: "mitteilungsvorlage", catalog: context.catalog, date: date)
            let planned = try PaperRegisterFile.update(inputs: inputs) { generator.papers(records, draft: true, register: $0) }
            let dir = outputs.appendingPathComponent("vorlagen")
            AtomicFileWriter.removeStaleTemporaries(in: dir)
            var files: [URL] = []
            for paper in planned {
                guard let document = paper.document else { continue }
                files += try DocumentFormat.write(document, name: paper.fileName, formats: DocumentFormat.native, to: dir)
            }
            files += pdfs(of: files, into: dir, problems: &pdfProblems)
            for url in files {
                let meeting = planned.first { url.lastPathComponent.hasPrefix($0.fileName + ".") }?.planned.record.id
                try? store.recordDocument(path: url.path, kind: "vorlage", meeting: meeting)
            }
            OutputFolder.removeStale(in: dir, keeping: files, extensions: ["odt", "html", "md", "pdf"])
            papers = (planned, files)
        }

        let composer = DossierFiles.composer(inputs: inputs, profile: context.profile, date: date)
        let dossierDir = outputs.appendingPathComponent("dossier")
        var dossiers: [(dossier: Dossier, files: [URL])] = []
        for year in DossierComposer.years(records) {
            let dossier = composer.compose(records, year: year)
            var files = try DossierFiles.write(dossier, formats: DocumentFormat.native, to: dossierDir)
            files += pdfs(of: files, into: dossierDir, problems: &pdfProblems)
            for url in files { try? store.recordDocument(path: url.path, kind: "dossier", meeting: nil) }
            dossiers.append((dossier, files))
        }
        OutputFolder.removeStale(in: dossierDir, keeping: dossiers.flatMap(\.files), extensions: ["odt", "html", "md", "pdf"])

        let index = outputs.appendingPathComponent("index.html")
        try AtomicFileWriter.write(Data(overview(records: records, papers: papers?.papers ?? [], paperFiles: papers?.files ?? [], dossiers: dossiers).utf8), to: index)
        return Result(archive: archive, records: Array(zip(records, recordFiles)).map { (record: $0.0, file: $0.1) },
                      report: (reportFiles, ValidationReport(records: records).summaryLine), papers: papers, dossiers: dossiers, index: index,
                      pdfProblems: pdfProblems)
    }

    /// The PDFs of the ODT files among `files`, in one LibreOffice batch; a failure is noted, not thrown.
    func pdfs(of files: [URL], into dir: URL, problems: inout [String]) -> [URL] {
        guard writesPDF else { return [] }
        do {
            return try PDFConverter.convert(files.filter { $0.pathExtension == "odt" }, into: dir)
        } catch let failure as PDFConverter.Failure {
            if !problems.contains(failure.message) { problems.append(failure.message) }
        } catch {
            problems.append("\(dir.path): PDF nicht geschrieben (\(FileProblem.describe(error)))")
        }
        return []
    }

    /// outputs/index.html: the papers by title with their state, the dossiers, the open errors by meeting,
    /// the Prüfbericht and the records.
    func overview(records: [MeetingRecord], papers: [CouncilPapers.Paper], paperFiles: [URL], dossiers: [(dossier: Dossier, files: [URL])]) -> String {
        func links(_ files: [URL]) -> [IndexPageWriter.Link] {
            files.map { url in
                let format = url.pathExtension.uppercased() == "MD" ? "Markdown" : url.pathExtension.uppercased()
                return (format, url.path.hasPrefix(outputs.path + "/") ? String(url.path.dropFirst(outputs.path.count + 1)) : url.lastPathComponent)
            }
        }
        let written = Set(paperFiles.map(\.path))
        let paperFiles: (CouncilPapers.Paper) -> [URL] = { paper in
            DocumentFormat.allCases.map { outputs.appendingPathComponent("vorlagen/\(paper.fileName).\($0.rawValue)") }.filter { written.contains($0.path) }
        }
        let paperRows = papers.sorted { GermanCollation.precedes($0.planned.recommendation.title, $1.planned.recommendation.title) }.map { paper in
            IndexPageWriter.Row(title: paper.planned.recommendation.title, detail: paper.planned.number,
                                state: paper.missing.isEmpty ? "versandfähig" : "ENTWURF – es fehlen: \(paper.missing.joined(separator: ", "))",
                                isFinal: paper.missing.isEmpty, links: links(paperFiles(paper)))
        }
        let dossierRows = dossiers.map { item in
            IndexPageWriter.Row(title: item.dossier.title, detail: "\(item.dossier.takenIn.count) aufgenommene Handlungsempfehlungen",
                                state: item.dossier.missing.isEmpty ? "fertig" : "ENTWURF – es fehlen: \(item.dossier.missing.joined(separator: ", "))",
                                isFinal: item.dossier.missing.isEmpty, links: links(item.files))
        }
        let open = records.sorted { $0.date < $1.date }.compactMap { record -> IndexPageWriter.Row? in
            let errors = record.findings.filter { $0.severity == .error }
            guard !errors.isEmpty else { return nil }
            let steps = errors.map { "\($0.recommendation.map { "„\($0)“: " } ?? "")\($0.message) – \(FindingAdvice.nextStep($0))" }
            return IndexPageWriter.Row(title: "Sitzung vom \(GermanFormat.date(record.date))", detail: steps.joined(separator: "\n"),
                                       state: "\(errors.count) Fehler", isFinal: false, links: [("Prüfbericht", "pruefbericht.html")])
        }
        let recordLinks = records.sorted { $0.date < $1.date }.map { ("Sitzung vom \(GermanFormat.date($0.date)) (\($0.body))", "records/\($0.id).json") }
        return IndexPageWriter.render(IndexPageWriter.Page(
            title: "Planwerk – Ergebnisse", date: GermanFormat.date(date), papers: paperRows, dossiers: dossierRows, openErrors: open,
            sections: [("Prüfbericht", [("Prüfbericht (HTML)", "pruefbericht.html"), ("Prüfbericht (Markdown)", "pruefbericht.md")]),
                       ("Sitzungsdatensätze (JSON)", recordLinks),
                       ("Archiv", [("Archivdatenbank (SQLite; planwerk search / planwerk history)", "planwerk.sqlite")])]))
    }
}
