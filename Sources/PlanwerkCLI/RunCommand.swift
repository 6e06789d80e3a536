import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkStore

/// `planwerk run`: the main job, inputs/ into outputs/ (`MainRun`); this command reads the options and prints.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Hauptlauf: alle Protokolle aus inputs/protocols/ verarbeiten; Datensätze, Prüfbericht, Vorlagen, Dossiers und Übersicht nach outputs/."
    )

    @Option(name: .long, help: "Eingabeordner.")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner.")
    var outputs: String = "outputs"

    @Flag(name: .customLong("pdf"), help: "Auch PDF/A-Dateien neben die ODT-Dateien schreiben (LibreOffice; sie tragen dessen Erstellungszeit).")
    var pdfA = false

    @OptionGroup var config: ConfigOptions

    @OptionGroup var pdf: PDFCommandOptions

    func run() throws {
        let context = try config.context(inputs: inputs, requireProfile: true)
        if !FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json")) {
            Console.note("Hinweis: \(inputs)/vorlagen.json fehlt, keine Vorlagen geschrieben.")
        } else if !FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("gremien.json")) {
            Console.note("Hinweis: \(inputs)/gremien.json fehlt; die Beratungsfolge der Vorlagen nennt keine Sitzungstermine („Termin offen“).")
        }
        let job = MainRun(inputs: inputs, outputs: URL(fileURLWithPath: outputs), context: context, pdf: pdf.options,
                          jobs: pdf.jobs ?? ProcessInfo.processInfo.activeProcessorCount, fingerprint: config.fingerprint(inputs: inputs),
                          date: CouncilPapers.documentDate(), writesPDF: pdfA)
        let display = ProgressDisplay()
        let result: MainRun.Result
        do {
            result = try job.run { display.update($0) }
        } catch let error as StoreError {
            Console.error(error.germanMessage)
            throw ExitCode(1)
        } catch {
            for line in ErrorText.lines(error, path: outputs) { Console.error(line) }
            throw ExitCode(1)
        }
        ArchiveOptions.report(result.archive, meetings: result.records.count, database: URL(fileURLWithPath: outputs).appendingPathComponent("planwerk.sqlite").path)
        for (record, file) in result.records { Console.out(Summary.line(record, path: file.path)) }
        let files = result.records.reduce(0) { $0 + $1.record.sources.count }
        Console.out("\(result.records.count) Sitzung\(result.records.count == 1 ? "" : "en") aus \(files) Datei\(files == 1 ? "" : "en") nach \(outputs)/records geschrieben.")
        Console.out("Prüfbericht: \(result.report.files.map(\.path).joined(separator: ", ")) (\(result.report.summary))")
        if let (papers, _) = result.papers {
            PaperOptions.print(papers, written: result.papers?.files ?? [])
            let drafts = papers.filter { !$0.isFinal }.count
            Console.out("Vorlagen: \(papers.count) nach \(outputs)/vorlagen\(drafts > 0 ? ", davon \(drafts) Entwürfe mit markierten Lücken" : "").")
        }
        for (dossier, _) in result.dossiers {
            let draft = dossier.missing.isEmpty ? "" : " (ENTWURF, es fehlen: \(dossier.missing.joined(separator: ", ")))"
            Console.out("Dossier \(dossier.title): \(dossier.takenIn.count) aufgenommene Handlungsempfehlungen\(draft) -> \(outputs)/dossier")
        }
        Console.out("Übersicht: \(result.index.path)")
        for problem in result.pdfProblems { Console.error(problem) }
        if !result.archive.failures.isEmpty || !result.pdfProblems.isEmpty { throw ExitCode(1) }
    }
}
