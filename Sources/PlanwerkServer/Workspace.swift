import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkStore
import PlanwerkValidate

/// What the workspace works on: the inputs folder (the truth: protocols, configuration, corrections, releases,
/// users, audit log) and the outputs folder (the archive and the generated files). Every action of a page or an
/// API route is one call here, and every call is a pipeline or store call: handlers hold no extraction logic.
public final class Workspace: Sendable {
    public let inputs: String
    public let outputs: String
    public let users: UserDirectory
    public let audit: AuditLog
    /// The archive (created on the first start; the background run fills it).
    public let store: ArchiveStore
    /// PDF reading settings of background runs.
    let pdf: PDFOptions

    public init(inputs: String, outputs: String, pdf: PDFOptions = PDFOptions(), passwordCost: UInt8 = 12) throws {
        self.inputs = inputs
        self.outputs = outputs
        self.pdf = pdf
        users = UserDirectory(inputs: inputs, cost: passwordCost)
        audit = AuditLog(inputs: inputs)
        try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: (inputs as NSString).appendingPathComponent("protocols"), withIntermediateDirectories: true)
        store = try ArchiveStore(path: (outputs as NSString).appendingPathComponent("planwerk.sqlite"))
    }

    /// inputs/protocols.
    public var protocols: String { (inputs as NSString).appendingPathComponent("protocols") }

    var configuration: InputsConfiguration { InputsConfiguration(inputs: inputs) }

    /// The validation context; a configuration error is refused with its German lines.
    public func context() throws -> ValidationContext {
        do {
            return try configuration.load(requireProfile: false).context
        } catch let error as ConfigError {
            throw APIError(.internalServerError, "konfiguration", error.lines.joined(separator: " "))
        }
    }

    /// The main job over inputs/ into outputs/ as `planwerk run` does it.
    public func mainRun() throws -> MainRun {
        MainRun(inputs: inputs, outputs: URL(fileURLWithPath: outputs), context: try context(), pdf: pdf, jobs: pdf.jobs,
                fingerprint: configuration.fingerprint, date: CouncilPapers.documentDate())
    }

    /// The review of the archive's meetings against the corrections in inputs/.
    public func review() throws -> ReviewSession {
        let context = try context()
        return ReviewSession(inputs: inputs, store: store,
                             ingest: IngestPipeline(profile: context.profile, validator: Validator(context: context), review: ReviewFolder(inputs: inputs)))
    }

    /// The meetings as the last run stored them, newest first.
    public func meetings() throws -> [MeetingRecord] {
        try store.meetings().sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    /// One meeting under review, with the corrections in force now; 404 when the archive does not know it.
    public func meeting(_ id: String) throws -> ReviewSession.Meeting {
        do {
            return try review().meeting(id)
        } catch let refusal as ReviewSession.Refusal {
            throw APIError(.notFound, "sitzung_unbekannt", refusal.message)
        }
    }

    /// Appends a correction (set, clear, add, remove, undo) by `user`; refusals are 422 with the German reason.
    public func correct(_ id: String, key: String, action: Correction.Action, value: FactValue, reason: String, user: String) throws -> Correction {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw APIError(.unprocessableContent, "begruendung_fehlt", "Bitte eine Begründung angeben.") }
        return try refusing {
            let session = try review()
            let entry = try session.entry(action, key: key, value: value, reason: trimmed, author: user, time: CouncilPapers.documentTimestamp(),
                                          in: try meeting(id))
            try session.append([entry], meeting: id)
            return entry
        }
    }

    /// Confirms facts unchanged.
    public func confirm(_ id: String, keys: [String], user: String) throws -> [Correction] {
        guard !keys.isEmpty else { throw APIError(.unprocessableContent, "keine_angaben", "Keine Angabe zum Bestätigen gewählt.") }
        return try refusing {
            let session = try review()
            let m = try meeting(id)
            let time = CouncilPapers.documentTimestamp()
            let entries = try keys.map { try session.entry(.confirm, key: $0, value: .null, reason: "bestätigt", author: user, time: time, in: m) }
            try session.append(entries, meeting: id)
            return entries
        }
    }

    /// Releases a meeting as `user` (four eyes as the profile says).
    public func release(_ id: String, user: String) throws {
        try refusing {
            let fourEyes = try context().profile.requiresFourEyes
            _ = try meeting(id)
            try review().release(id, author: user, time: CouncilPapers.documentTimestamp(), fourEyes: fourEyes)
        }
    }

    /// The folder of papers generated on request (the main run keeps its own Mitteilungsvorlagen in vorlagen/).
    public var requestedPapers: URL { URL(fileURLWithPath: outputs).appendingPathComponent("vorlagen-auf-anfrage") }

    /// Generates the papers of one recommendation of a meeting (or of all its dossier recommendations), numbered
    /// from the register in inputs/; drafts where something is missing or the meeting is not released.
    public func papers(meeting id: String, recommendation: String?, kind: String, formats: [DocumentFormat]) throws
        -> [(paper: CouncilPapers.Paper, files: [URL])] {
        guard ["mitteilungsvorlage", "beschlussvorlage"].contains(kind) else {
            throw APIError.invalid("Vorlagenart „\(kind)“ gibt es nicht (mitteilungsvorlage oder beschlussvorlage).")
        }
        guard configuration.hasCouncilSettings else {
            throw APIError(.conflict, "keine_vorlagen_konfiguration", "\(inputs)/vorlagen.json fehlt; ohne sie schreibt Planwerk keine Vorlagen.")
        }
        let target = try meeting(id).reviewed
        let records = try store.meetings().filter { $0.id != id } + [target]
        let generator: CouncilPapers
        do {
            generator = try CouncilPapers.load(inputs: inputs, kind: kind, catalog: try context().catalog, date: CouncilPapers.documentDate())
        } catch let error as ConfigError {
            throw APIError(.internalServerError, "konfiguration", error.lines.joined(separator: " "))
        }
        let papers = try PaperRegisterFile.update(inputs: inputs) {
            generator.papers(records, only: recommendation, in: target, draft: true, register: $0)
        }
        guard !papers.isEmpty else {
            throw APIError(.notFound, "keine_empfehlung", recommendation.map { "Keine Handlungsempfehlung „\($0)“ in dieser Sitzung." }
                ?? "Keine Handlungsempfehlung dieser Sitzung wurde ins Planungsdossier aufgenommen.")
        }
        var result: [(paper: CouncilPapers.Paper, files: [URL])] = []
        for paper in papers {
            guard let document = paper.document else { continue }
            var files = try DocumentFormat.write(document, name: paper.fileName, formats: formats.filter { $0 != .pdf }, to: requestedPapers)
            if formats.contains(.pdf) { files += try PDFConverter.convert(files.filter { $0.pathExtension == "odt" }, into: requestedPapers) }
            result.append((paper, files))
        }
        return result
    }

    /// A generated paper by its file name (only names Planwerk writes: letters, digits, ".", "-", "_"), from the
    /// folder of requested papers or of the main run; 404 for anything else.
    public func paperFile(_ name: String) throws -> URL {
        guard Self.isPlainFileName(name), DocumentFormat(rawValue: (name as NSString).pathExtension) != nil else { throw APIError.notFound }
        for dir in [requestedPapers, URL(fileURLWithPath: outputs).appendingPathComponent("vorlagen")] {
            let url = dir.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw APIError.notFound
    }

    /// A dossier file by name (from outputs/dossier).
    public func dossierFile(_ name: String) throws -> URL {
        guard Self.isPlainFileName(name) else { throw APIError.notFound }
        let url = URL(fileURLWithPath: outputs).appendingPathComponent("dossier").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw APIError.notFound }
        return url
    }

    /// Page `page` of source `number` (1-based, in the record's order) of a meeting as PNG, the words of `mark`
    /// highlighted; rendered by the PDF worker process and kept in outputs/seiten.
    public func pageImage(meeting id: String, source number: Int, page: Int, mark: String?) throws -> Data {
        let record = try meeting(id).reviewed
        guard number >= 1, number <= record.sources.count else { throw APIError.notFound }
        let source = record.sources[number - 1]
        guard source.file.lowercased().hasSuffix(".pdf"), page >= 1, page <= (source.pages ?? 0) else { throw APIError.notFound }
        let file = (protocols as NSString).appendingPathComponent((source.file as NSString).lastPathComponent)
        guard FileManager.default.fileExists(atPath: file) else { throw APIError(.gone, "quelle_fehlt", "Die Quelldatei liegt nicht mehr in \(protocols).") }
        let dir = (outputs as NSString).appendingPathComponent("seiten")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let markKey = mark.map { SourceHash.hex(Data($0.utf8)).prefix(12) } ?? "ohne"
        let cached = (dir as NSString).appendingPathComponent("\(source.sha256.prefix(16))-\(page)-\(markKey).png")
        if let data = FileManager.default.contents(atPath: cached) { return data }
        let temporary = cached + ".\(UUID().uuidString).tmp"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let job = WorkerProcess.Job(arguments: ["--png", String(page), temporary, file] + (mark.map { [$0] } ?? []), timeout: 30)
        let finished = WorkerProcess(executable: pdf.textWorker).run([job])[0]
        guard finished.outcome == .exited(0), let data = FileManager.default.contents(atPath: temporary) else {
            throw APIError(.unprocessableContent, "seite_nicht_darstellbar", "Seite \(page) von \(source.file) lässt sich nicht darstellen.")
        }
        try? FileManager.default.moveItem(atPath: temporary, toPath: cached)
        return data
    }

    /// Notes a change in the audit log.
    public func log(_ action: String, subject: String, detail: String? = nil, user: String, address: String) throws {
        try audit.append(AuditLog.Entry(time: CouncilPapers.documentTimestamp(), user: user, address: address, action: action, subject: subject,
                                        detail: detail))
    }

    /// Review refusals become 422 with their German message.
    func refusing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as ReviewSession.Refusal {
            throw APIError(.unprocessableContent, "abgelehnt", refusal.message)
        } catch let failure as WriteFailure {
            throw APIError(.internalServerError, "schreibfehler", failure.line)
        }
    }

    /// A name without folders: letters, digits, ".", "-", "_", not starting with a dot.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 200 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || "._-".unicodeScalars.contains($0) }
    }
}

extension Workspace {
    /// The stored text of each source of a meeting, by file (text sources show their lines beside a fact).
    public func sourceTexts(meeting id: String) -> [String: String] {
        guard let (records, texts) = try? store.sourceRecords(meeting: id) else { return [:] }
        var out: [String: String] = [:]
        for (record, text) in zip(records, texts) {
            for source in record.sources { out[source.file] = text }
        }
        return out
    }
}
