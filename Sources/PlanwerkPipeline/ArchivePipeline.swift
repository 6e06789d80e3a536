import Foundation
import PlanwerkExtract
import PlanwerkMerge
import PlanwerkModel
import PlanwerkStore

/// Batch-processes protocol folders into the archive store: files whose content is stored are skipped,
/// the rest are extracted in parallel (each failure isolated and stored), each source committed in its
/// own transaction; then every meeting with new, changed or removed sources is re-merged from its stored
/// sources and validated. A run that was killed leaves only finished sources behind; the next run
/// re-merges them and goes on.
///
/// A poison file (one whose extraction kills the process: text extraction runs in-process) never blocks the
/// archive: each source is marked in the store before it is extracted. The next run finds the marks of the
/// run that died (it may have been killed by a person, or crashed on any of the files in flight) and reads
/// those files again first, one at a time; a file that kills the process a second time in a row, read alone,
/// is stored as failed ("Absturz beim Lesen") and not read again until it changes.
public struct ArchivePipeline: Sendable {
    /// Extraction and validation.
    public let ingest: IngestPipeline
    /// The store.
    public let store: ArchiveStore
    /// Parallel extractions.
    public let jobs: Int
    /// A fingerprint of the configuration (profile, catalogue); a change re-validates every stored meeting.
    public let configFingerprint: String

    /// Creates the pipeline.
    public init(ingest: IngestPipeline, store: ArchiveStore, jobs: Int, configFingerprint: String) {
        // Documents run in parallel already: each document's OCR gets its share of the cores.
        var pdf = ingest.pdf
        if var options = pdf {
            options.jobs = max(1, options.jobs / max(1, jobs))
            pdf = options
        }
        self.ingest = IngestPipeline(profile: ingest.profile, validator: ingest.validator, pdf: pdf, review: ingest.review)
        self.store = store
        self.jobs = max(1, jobs)
        self.configFingerprint = configFingerprint
    }

    /// Archives the files under `paths`; with `prune`, sources whose files are gone are removed.
    /// Pruning happens only when every folder could be listed (any read error keeps every source).
    public func run(paths: [String], prune: Bool = false, progress: @escaping @Sendable (ArchiveProgress) -> Void = { _ in }) throws -> ArchiveSummary {
        try store.exclusively { try runAlone(paths: paths, prune: prune, progress: progress) }
    }

    func runAlone(paths: [String], prune: Bool, progress: @escaping @Sendable (ArchiveProgress) -> Void) throws -> ArchiveSummary {
        let start = Date()
        let listing = InputCollector.collect(paths)
        let files = listing.files
        var pruned = 0
        if prune && listing.complete {
            pruned = try store.pruneSources(keeping: Set(files), under: paths, isGone: InputCollector.isKnownGone)
        }
        if try store.setting("config") != configFingerprint { try store.markAllForRevalidation() }

        // Marks of a run that died: a file whose second reading (alone) died too is the poison; the others
        // are suspects, read again alone first.
        var suspects = Set<String>()
        for mark in try store.leftoverExtractions() {
            if mark.attempt >= 2 {
                try store.storeCrash(path: mark.path, sha256: mark.sha256, message: InputFailure(file: mark.path, cause: .crashedBefore).reason,
                                     version: SourceVersion.current(kind: nil))
            } else {
                suspects.insert(InputCollector.canonical(mark.path))
            }
        }
        try store.clearExtractions()
        let stored = try store.storedSources(versions: SourceVersion.all)

        // Quick check by path, size and modification time; the content hash decides for the rest.
        var todo: [String] = []
        var skipped = 0
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            if stored.unchanged.contains(ArchiveStore.stamp(path: file, size: size, mtime: mtime)) { skipped += 1 } else { todo.append(file) }
        }

        let state = RunState(total: todo.count, start: start)
        // On Ctrl-C the marks of this run are cleared, and no worker may set a new one afterwards.
        let marks = Interruption.onInterrupt { [store] in
            state.lock.lock()
            state.interrupted = true
            try? store.clearExtractions()
            state.lock.unlock()
        }
        defer { Interruption.remove(marks) }
        let solo = todo.filter { suspects.contains(InputCollector.canonical($0)) }
        for file in solo {
            state.finish(process(file, stored: stored, attempt: 2, state: state), progress: progress)
            if let error = state.storeError { throw error }
        }
        let work = todo.filter { !suspects.contains(InputCollector.canonical($0)) }
        let workers = min(jobs, max(1, work.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let file = state.next(work) {
                let outcome = process(file, stored: stored, attempt: 1, state: state)
                state.finish(outcome, progress: progress)
            }
        }
        if let error = state.storeError { throw error }

        // Re-merge and validate the meetings whose sources changed, on all workers (writes are serialised).
        let dirty = try store.dirtyMeetings()
        let mergeState = RunState(total: dirty.count, start: start)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, dirty.count))) { _ in
            while let meeting = mergeState.next(dirty) {
                do {
                    let (records, texts) = try store.sourceRecords(meeting: meeting)
                    for meeting in ingest.meetings(from: records) { try store.storeMeeting(meeting, texts: texts) }
                } catch {
                    mergeState.finish(.storeFailed(error), progress: { _ in })
                }
            }
        }
        if let error = mergeState.storeError { throw error }
        try store.setSetting("config", configFingerprint)
        return ArchiveSummary(processed: state.processed, skipped: skipped + state.skippedByHash, failures: listing.failures + state.failures,
                              notes: state.notes, remerged: dirty.count, pruned: pruned, pruneWithheld: prune && !listing.complete,
                              reextracted: state.reextracted,
                              seconds: Date().timeIntervalSince(start))
    }

    enum Outcome {
        /// `reread`: the content was stored before by other code (an earlier extraction version).
        case stored(notes: [String], reread: Bool)
        case skipped
        case failed(InputFailure)
        case storeFailed(Error)
    }

    /// Extracts one file and stores the result (or the failure) in its own transaction; the content is
    /// marked as in progress (the `attempt`-th time in a row) before its extraction starts.
    func process(_ file: String, stored: StoredSources, attempt: Int, state: RunState) -> Outcome {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return record(file, sha: nil, failure: InputFailure(file: file, cause: .unreadable(FileProblem.describe(error))))
        }
        let sha = SourceHash.hex(data)
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        let size = (attributes?[.size] as? NSNumber)?.int64Value
        let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970
        if stored.hashes.contains(sha) {
            // Same content, new name or date: remember the new stamp so the next run need not read it.
            do { try store.restamp(sha256: sha, path: file, size: size, mtime: mtime) } catch { return .storeFailed(error) }
            return .skipped
        }
        if stored.crashed[sha] != nil { return .failed(InputFailure(file: file, cause: .crashedBefore)) }
        do {
            guard try state.unlessInterrupted({ try store.beginExtraction(sha256: sha, path: file, attempt: attempt) }) else { return .skipped }
        } catch {
            return .storeFailed(error)
        }
        switch ingest.read(data: data, file: file) {
        case .failure(let failure):
            return record(file, sha: sha, failure: failure)
        case .success(let document):
            do {
                let extracted = try ingest.extract(document: document)
                let text = document.blocks.filter { !$0.isFurniture }.map(\.text).joined(separator: "\n")
                try store.storeSource(path: file, sha256: sha, size: size, mtime: mtime, kind: document.source.kind.rawValue,
                                      record: extracted, text: text, error: nil, version: SourceVersion.current(kind: document.source.kind.rawValue))
                return .stored(notes: document.notes.map { "\(file): \($0)" }, reread: stored.outdated.contains(sha))
            } catch let error as ExtractionError {
                return record(file, sha: sha, failure: InputFailure(file: file, cause: .extraction(error), notes: document.notes.map { "\(file): \($0)" }))
            } catch {
                return .storeFailed(error)
            }
        }
    }

    func record(_ file: String, sha: String?, failure: InputFailure) -> Outcome {
        do {
            try store.storeSource(path: file, sha256: sha ?? "unlesbar:\(file)", size: nil, mtime: nil, kind: nil, record: nil, text: nil, error: failure.reason,
                                  version: SourceVersion.current(kind: nil))
        } catch {
            return .storeFailed(error)
        }
        return .failed(failure)
    }

    /// The work list and the counters shared by the workers.
    final class RunState: @unchecked Sendable {
        let lock = NSLock()
        let total: Int
        let start: Date
        var index = 0
        var processed = 0
        var reextracted = 0
        var skippedByHash = 0
        var failures: [InputFailure] = []
        var notes: [String] = []
        var storeError: Error?
        /// Set by Ctrl-C: no new extraction starts.
        var interrupted = false

        /// Runs `body` (setting a mark) unless the run was interrupted; false when it was.
        func unlessInterrupted(_ body: () throws -> Void) throws -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard !interrupted else { return false }
            try body()
            return true
        }

        init(total: Int, start: Date) {
            self.total = total
            self.start = start
        }

        func next(_ todo: [String]) -> String? {
            lock.lock()
            defer { lock.unlock() }
            guard index < todo.count, storeError == nil else { return nil }
            index += 1
            return todo[index - 1]
        }

        func finish(_ outcome: Outcome, progress: (ArchiveProgress) -> Void) {
            lock.lock()
            switch outcome {
            case .stored(let n, let reread): processed += 1; notes += n; if reread { reextracted += 1 }
            case .skipped: skippedByHash += 1
            case .failed(let f): failures.append(f); notes += f.notes
            case .storeFailed(let e): storeError = e
            }
            let p = ArchiveProgress(done: processed + skippedByHash + failures.count, total: total, failed: failures.count,
                                    seconds: Date().timeIntervalSince(start))
            lock.unlock()
            progress(p)
        }
    }
}
