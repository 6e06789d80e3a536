import ArgumentParser
import Foundation
import PlanwerkPipeline

/// `planwerk worker ...`: internal commands that Planwerk starts as child processes to read one PDF,
/// so that a crash or hang in poppler or tesseract is contained. Not for direct use.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Interner Hilfsprozess für das Lesen von PDFs (wird von Planwerk selbst gestartet).",
        shouldDisplay: false,
        subcommands: [PDFText.self, OCR.self]
    )

    /// Limits a worker: no core dumps, at most 4 GB of memory.
    static func limitResources() {
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        let bytes = rlim_t(4) << 30
        var memory = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
    }

    static var password: String? { ProcessInfo.processInfo.environment[PDFOptions.passwordVariable] }

    /// `planwerk worker pdf-text <file>`: the text layer of every page.
    struct PDFText: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pdf-text", abstract: "Textebene eines PDFs ausgeben.")

        @Argument var file: String

        func run() throws {
            WorkerCommand.limitResources()
            let status = PDFTextJob.run(path: file, password: WorkerCommand.password)
            if status != 0 { throw ExitCode(status) }
        }
    }

    /// `planwerk worker ocr <file> --pages 1,2`: the given pages rendered and read with tesseract.
    struct OCR: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ocr", abstract: "PDF-Seiten mit Texterkennung lesen.")

        @Argument var file: String

        @Option(name: .long, help: "Seiten, durch Kommas getrennt.")
        var pages: String

        func run() throws {
            WorkerCommand.limitResources()
            let numbers = pages.split(separator: ",").compactMap { Int($0) }
            let status = OCRJob.run(path: file, password: WorkerCommand.password, pages: numbers)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
