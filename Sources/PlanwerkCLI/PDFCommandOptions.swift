import ArgumentParser
import Foundation
import PlanwerkPipeline

extension OCRMode: ExpressibleByArgument {}

/// Options for reading PDFs: OCR mode, password, parallel OCR workers.
struct PDFCommandOptions: ParsableArguments {
    @Option(name: .long, help: "Texterkennung für PDF-Seiten: auto (nur Seiten ohne brauchbare Textebene), always, never.")
    var ocr: OCRMode = .auto

    @Option(name: .long, help: "Passwort für verschlüsselte PDFs.")
    var password: String?

    @Option(name: .long, help: "Parallele Verarbeitung und Texterkennung (Standard: alle Kerne).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs muss mindestens 1 sein.") }
    }

    /// The pipeline's PDF options; workers are this same executable.
    var options: PDFOptions {
        PDFOptions(ocr: ocr, password: password, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
