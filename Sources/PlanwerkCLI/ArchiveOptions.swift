import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkStore

/// The archive store's location and the archive run shared by `archive`, `search`, `history` and `run`.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "Archivdatenbank (SQLite).")
    var db: String = "outputs/planwerk.sqlite"

    /// Opens the store; a broken file ends the command with exit code 1.
    static func open(_ path: String) throws -> ArchiveStore {
        do {
            return try ArchiveStore(path: path)
        } catch {
            Console.error("\(path): Archivdatenbank kann nicht geöffnet werden (\(error))")
            throw ExitCode(1)
        }
    }

    /// Runs an archive pass with progress and the German summary; returns it.
    static func archive(_ paths: [String], store: ArchiveStore, ingest: IngestPipeline, jobs: Int, fingerprint: String, prune: Bool) throws -> ArchiveSummary {
        let display = ProgressDisplay()
        let summary: ArchiveSummary
        do {
            summary = try ArchivePipeline(ingest: ingest, store: store, jobs: jobs, configFingerprint: fingerprint)
                .run(paths: paths, prune: prune) { display.update($0) }
        } catch {
            Console.error("\(store.path): Archiv kann nicht geschrieben werden (\(error))")
            throw ExitCode(1)
        }
        for failure in summary.failures { Console.error(failure.line) }
        for note in summary.notes { Console.note("Hinweis: \(note)") }
        let meetings = (try? store.meetingIDs().count) ?? 0
        Console.out("Archiv: \(summary.processed) verarbeitet, \(summary.skipped) übersprungen (unverändert), \(summary.failures.count) fehlgeschlagen"
            + (summary.pruned > 0 ? ", \(summary.pruned) entfernt" : "") + "; \(summary.remerged) Sitzungen neu zusammengeführt, \(meetings) Sitzungen im Archiv "
            + String(format: "(%.1f s) -> %@", summary.seconds, store.path))
        return summary
    }
}
