import ArgumentParser
import Foundation
import PlanwerkModel
import PlanwerkPipeline

/// Writes an ingest's records and prints its German summary; exit code 1 when an input failed.
enum IngestReport {
    static func finish(_ result: IngestResult, pipeline: IngestPipeline, outDir: URL, removeStale: Bool) throws {
        for failure in result.failures { Console.error(failure.line) }
        for note in result.notes { Console.note("Hinweis: \(note)") }
        let written: [URL]
        AtomicFileWriter.removeStaleTemporaries(in: outDir)
        do {
            written = try pipeline.write(result.records, to: outDir)
        } catch {
            for line in ErrorText.lines(error, path: outDir.path) { Console.error(line) }
            throw ExitCode(1)
        }
        if removeStale { OutputFolder.removeStale(in: outDir, keeping: written) }
        for (record, url) in zip(result.records, written) { Console.out(Summary.line(record, path: url.path)) }
        let files = result.records.reduce(0) { $0 + $1.sources.count }
        var closing = "\(result.records.count) Sitzung\(result.records.count == 1 ? "" : "en") aus \(files) Datei\(files == 1 ? "" : "en") nach \(outDir.path) geschrieben."
        if !result.failures.isEmpty {
            closing += " \(result.failures.count) Datei\(result.failures.count == 1 ? "" : "en") fehlgeschlagen."
        }
        Console.out(closing)
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
