import Foundation

/// How PDFs are read: the worker executables, the OCR mode, a password, parallel OCR workers and time limits.
public struct PDFOptions: Sendable {
    /// The worker that reads a PDF's text layer (`planwerk-pdf-text FILE`).
    public var textWorker: String
    /// The worker that renders and OCRs pages (`planwerk-ocr FILE --pages 1,2`).
    public var ocrWorker: String
    /// When pages are OCR'd.
    public var ocr: OCRMode
    /// The password for encrypted PDFs (handed to workers through the environment, not the command line).
    public var password: String?
    /// Parallel OCR workers (default: all cores).
    public var jobs: Int
    /// Time limit for reading a document's text layer, and the base for OCR.
    public var documentTimeout: Double
    /// Extra time per OCR'd page.
    public var secondsPerOCRPage: Double

    /// Creates options; defaults follow the limits (60 s per file plus 10 s per OCR'd page).
    public init(textWorker: String = WorkerProcess.sibling("planwerk-pdf-text"),
                ocrWorker: String = WorkerProcess.sibling("planwerk-ocr"), ocr: OCRMode = .auto, password: String? = nil,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, documentTimeout: Double = 60,
                secondsPerOCRPage: Double = 10) {
        self.textWorker = textWorker
        self.ocrWorker = ocrWorker
        self.ocr = ocr
        self.password = password
        self.jobs = max(1, jobs)
        self.documentTimeout = documentTimeout
        self.secondsPerOCRPage = secondsPerOCRPage
    }
}
