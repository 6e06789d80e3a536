import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkStore

/// The archive store's location and the archive run shared by `archive`, `search`, `history` and `run`.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "Archivdatenbank (SQLite).")
    var db: String = "outputs/planwerk.sqlite"

    /// Opens the store (`readOnly`: an existing one, never created or changed); a missing or broken file
    /// ends the command with exit code 1 and a German message.
    static func open(_ path: String, readOnly: Bool = false) throws -> ArchiveStore {
        do {
            return try ArchiveStore(path: path, readOnly: readOnly)
        } catch {
            Console.error(StoreError.from(error, path: path).germanMessage)
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
            Console.error(StoreError.from(error, path: store.path).germanMessage)
            throw ExitCode(1)
        }
        report(summary, meetings: (try? store.meetingIDs().count) ?? 0, database: store.path)
        return summary
    }

    /// Prints an archive pass: its failures and notes, then the German summary line.
    static func report(_ summary: ArchiveSummary, meetings: Int, database: String) {
        for failure in summary.failures { Console.error(failure.line) }
        for note in summary.notes { Console.note("Hinweis: \(note)") }
        if summary.pruneWithheld {
            Console.note("Warnung: Nicht alle Eingabeordner ließen sich vollständig lesen; deshalb wurde nichts aus dem Archiv entfernt.")
        }
        Console.out("Archiv: \(summary.processed) verarbeitet"
            + (summary.reextracted > 0 ? " (davon \(summary.reextracted) erneut gelesen, weil eine neuere Planwerk-Version anders liest)" : "")
            + ", \(summary.skipped) übersprungen (unverändert), \(summary.failures.count) fehlgeschlagen"
            + (summary.pruned > 0 ? ", \(summary.pruned) entfernt" : "") + "; \(summary.remerged) Sitzungen neu zusammengeführt, \(meetings) Sitzungen im Archiv "
            + String(format: "(%.1f s) -> %@", summary.seconds, database))
    }
}
