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

    /// The most parallel workers: each OCR worker holds a rendered page and tesseract (some 100 MB).
    static let maxJobs = 64

    func validate() throws {
        if let jobs, !(1...Self.maxJobs).contains(jobs) { throw ValidationError("--jobs muss zwischen 1 und \(Self.maxJobs) liegen.") }
    }

    /// The pipeline's PDF options; workers are this same executable.
    var options: PDFOptions {
        PDFOptions(ocr: ocr, password: password, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
