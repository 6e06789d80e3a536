import Foundation
import PlanwerkConfig
import PlanwerkExtract
import PlanwerkMerge
import PlanwerkModel
import PlanwerkReaders
import PlanwerkReview
import PlanwerkValidate

/// Files in, one validated record per meeting out: read -> extract -> merge -> validate.
public struct IngestPipeline: Sendable {
    /// The Kreis profile.
    public let profile: Profile
    /// The validator run over every merged record.
    public let validator: Validator
    /// How PDFs are read; nil: PDFs are refused (no worker executable available).
    public let pdf: PDFOptions?
    /// The people's corrections and releases (inputs/korrekturen, inputs/freigaben); nil: none are applied.
    public let review: ReviewFolder?

    /// Creates a pipeline.
    public init(profile: Profile, validator: Validator, pdf: PDFOptions? = nil, review: ReviewFolder? = nil) {
        self.profile = profile
        self.validator = validator
        self.pdf = pdf
        self.review = review
    }

    /// Reads one file into the record of that source.
    public func extract(file: String) -> Result<(MeetingRecord, [String]), InputFailure> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failure(InputFailure(file: file, cause: .unreadable(FileProblem.describe(error))))
        }
        return extract(data: data, file: file)
    }

    /// Reads bytes (named `file`) into the record of that source.
    public func extract(data: Data, file: String) -> Result<(MeetingRecord, [String]), InputFailure> {
        let document: ProtocolDocument
        switch read(data: data, file: file) {
        case .success(let d): document = d
        case .failure(let failure): return .failure(failure)
        }
        do {
            return .success((try extract(document: document), document.notes.map { "\(file): \($0)" }))
        } catch let error as ExtractionError {
            return .failure(InputFailure(file: file, cause: .extraction(error), notes: document.notes.map { "\(file): \($0)" }))
        } catch {
            return .failure(InputFailure(file: file, cause: .unexpected))
        }
    }

    /// The record of one read document (source-level findings included).
    public func extract(document: ProtocolDocument) throws -> MeetingRecord {
        var record = try RecordExtractor(profile: profile).extract(document)
        record.findings += RecommendationDuplicateRule().check(source: record)
        return record
    }

    /// Reads bytes (named `file`) into blocks with the reader of its format (`InputFormat.all`).
    public func read(data: Data, file: String) -> Result<ProtocolDocument, InputFailure> {
        InputFormat.of(data: data, file: file).read(data, file, pdf)
    }

    /// Ingests files and folders.
    public func ingest(paths: [String]) -> IngestResult {
        let listing = InputCollector.collect(paths)
        let files = listing.files
        var records: [MeetingRecord] = []
        var failures = listing.failures
        var notes: [String] = []
        for file in files {
            switch extract(file: file) {
            case .success(let (record, fileNotes)):
                records.append(record)
                notes += fileNotes
            case .failure(let failure):
                failures.append(failure)
                notes += failure.notes
            }
        }
        return IngestResult(records: meetings(from: records), failures: failures, notes: notes)
    }

    /// The one way from the records of sources to the records of meetings, for `ingest`, `archive` and `run`
    /// alike: merged by meeting, then validated.
    public func meetings(from sourceRecords: [MeetingRecord]) -> [MeetingRecord] {
        RecordMerger().merge(sourceRecords).map { reviewed($0).record }
    }

    /// A merged record with the corrections applied and checked against it, validated, and with its release in
    /// force; also the review state of every corrected or confirmed fact.
    public func reviewed(_ merged: MeetingRecord) -> (record: MeetingRecord, states: [String: Fact.State]) {
        guard let review else { return (validator.validate(merged), [:]) }
        var problems: [Finding] = []
        func unreadable(_ error: Error, _ file: String) {
            let lines = (error as? ConfigError)?.lines ?? ["\(file): nicht lesbar"]
            problems += lines.map { Finding(rule: "correction.unreadable", severity: .error, recommendation: nil,
                                            message: "\($0) – die Datei wird nicht angewendet und nicht verändert; bitte berichtigen.", evidence: [], field: "corrections") }
        }
        var corrections: [Correction] = []
        do { corrections = try review.corrections(merged.id) } catch { unreadable(error, review.correctionsPath(merged.id)) }
        let outcome = CorrectionLayer().apply(corrections, to: merged)
        var record = outcome.record
        record.findings += outcome.findings + problems
        record = validator.validate(record)
        var releases: [Release] = []
        do { releases = try review.releases(merged.id) } catch { unreadable(error, review.releasesPath(merged.id)) }
        let (release, withdrawn) = ReleaseCheck.status(record, releases: releases)
        record.release = release.map { ReleaseMark(by: $0.author, time: $0.time) }
        if let withdrawn {
            record.findings.append(withdrawn)
            record = validator.validate(record)  // the findings in their order again
        }
        return (record, outcome.states)
    }

    /// Writes each record to `<dir>/<id>.json` atomically; returns the paths written.
    public func write(_ records: [MeetingRecord], to dir: URL) throws -> [URL] {
        try records.map { record in
            let url = dir.appendingPathComponent("\(record.id).json")
            try AtomicFileWriter.write(try record.jsonData(), to: url)
            return url
        }
    }
}
