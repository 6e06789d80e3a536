import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkStore

/// Runs the main job in the background, one run at a time on a thread of its own: a run takes every job waiting
/// when it starts (uploads that arrive together are read together). PDF and OCR work happens in the pipeline's
/// worker processes. Progress is visible while it runs; uploaded files stay in inputs/protocols, so a run cut
/// off by a shutdown is simply done again at the next start.
public final class JobQueue: @unchecked Sendable {
    let lock = NSCondition()
    var jobs: [String: BackgroundJob] = [:]
    var order: [String] = []
    var waiting: [String] = []
    var running = false
    var stopping = false
    let workspace: Workspace
    /// Called after every run (the server drops cached answers).
    let finished: @Sendable () -> Void

    public init(workspace: Workspace, finished: @escaping @Sendable () -> Void = {}) {
        self.workspace = workspace
        self.finished = finished
    }

    /// Queues a run for uploaded files (or, without files, for a change of corrections or configuration).
    @discardableResult
    public func submit(files: [String] = [], originalNames: [String] = [], user: String) -> BackgroundJob {
        lock.lock()
        defer { lock.unlock() }
        let job = BackgroundJob(id: UUID().uuidString.lowercased(), files: files, originalNames: originalNames, user: user,
                                created: CouncilPapers.documentTimestamp())
        jobs[job.id] = job
        order.append(job.id)
        if order.count > 500, let old = order.first, jobs[old]?.state == .done || jobs[old]?.state == .failed {
            order.removeFirst()
            jobs[old] = nil
        }
        waiting.append(job.id)
        if !running && !stopping {
            running = true
            Thread.detachNewThread { [self] in work() }
        }
        return job
    }

    /// A job by id.
    public func job(_ id: String) -> BackgroundJob? {
        lock.lock()
        defer { lock.unlock() }
        return jobs[id]
    }

    /// The latest jobs, newest first.
    public func recent(_ count: Int = 20) -> [BackgroundJob] {
        lock.lock()
        defer { lock.unlock() }
        return order.suffix(count).reversed().compactMap { jobs[$0] }
    }

    /// Starts nothing new and waits until the running run has finished.
    public func drain() {
        lock.lock()
        stopping = true
        while running { lock.wait() }
        lock.unlock()
    }

    /// Waits until no run is going on (tests).
    public func waitUntilIdle() {
        lock.lock()
        while running { lock.wait() }
        lock.unlock()
    }

    func work() {
        while true {
            lock.lock()
            guard !waiting.isEmpty, !stopping else {
                running = false
                lock.broadcast()
                lock.unlock()
                return
            }
            let batch = waiting
            waiting = []
            for id in batch { jobs[id]?.state = .running }
            lock.unlock()
            run(batch)
            finished()
        }
    }

    func run(_ batch: [String]) {
        do {
            let result = try workspace.mainRun().run { [self] progress in
                update(batch) { $0.done = progress.done; $0.total = progress.total }
            }
            update(batch) { job in
                let names = Set(job.files.map { ($0 as NSString).lastPathComponent })
                job.meetings = result.records.map(\.record).filter { record in
                    record.sources.contains { names.contains(($0.file as NSString).lastPathComponent) }
                }.map(\.id)
                job.errors = result.archive.failures.filter { names.contains(($0.file as NSString).lastPathComponent) }
                    .map { "\(($0.file as NSString).lastPathComponent): \($0.reason)" }
                if job.errors.isEmpty, !job.files.isEmpty, job.meetings.isEmpty {
                    job.errors = ["Aus der Datei ließ sich keine Sitzung lesen."]
                }
                job.done = max(job.done, job.total)
                job.state = job.errors.isEmpty ? .done : .failed
            }
        } catch {
            let message = (error as? APIError)?.message ?? (error as? WriteFailure)?.line ?? (error as? StoreError)?.germanMessage ?? FileProblem.describe(error)
            update(batch) {
                $0.errors = ["Der Lauf ist fehlgeschlagen: \(message)"]
                $0.state = .failed
            }
        }
    }

    func update(_ ids: [String], _ change: (inout BackgroundJob) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        for id in ids where jobs[id] != nil { change(&jobs[id]!) }
    }
}
