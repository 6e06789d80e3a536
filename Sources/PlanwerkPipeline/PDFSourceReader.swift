import Foundation
import PlanwerkModel
import PlanwerkReaders

/// Reads a PDF into a protocol document through worker processes: the text layer first (one worker,
/// time-limited), then OCR for the pages that need it (parallel workers with OMP_THREAD_LIMIT=1),
/// then the page reader. Every page's OCR reason goes to the notes.
struct PDFSourceReader {
    let options: PDFOptions

    /// Reads the PDF `file` whose bytes are `data` (hashed for the source while the text worker runs).
    func read(file: String, data: Data) -> Result<ProtocolDocument, InputFailure> {
        let launcher = WorkerProcess(executable: options.textWorker)
        var environment: [String: String] = [:]
        if let password = options.password { environment[WorkerTranscript.passwordVariable] = password }
        let textJob = WorkerProcess.Job(arguments: [file], environment: environment,
                                        timeout: options.documentTimeout)
        var sha256 = ""
        let text = launcher.run([textJob]) { sha256 = SourceHash.hex(data) }[0]
        let transcript = WorkerTranscript.parse(text.output)
        if let failure = failure(of: text.outcome, transcript: transcript, file: file, what: "Lesen des PDF", timeout: options.documentTimeout) {
            return .failure(failure)
        }
        guard let pageCount = transcript.pageCount, pageCount > 0, transcript.pages.count == pageCount else {
            return .failure(InputFailure(file: file, cause: .incompleteWorkerOutput))
        }
        var pages = transcript.pages
        var texts = PageTexts(pages: pages)
        var notes: [String] = []
        var reasons: [Int: String] = [:]
        switch options.ocr {
        case .never: break
        case .always: for page in pages { reasons[page.number] = "OCR für alle Seiten verlangt (--ocr always)" }
        case .auto:
            let repeated = TextLayerCheck.repeatedLines(texts)
            for (page, lines) in zip(texts.pages, texts.lines) {
                if let reason = TextLayerCheck.ocrReason(page, lines: lines, repeatedLines: repeated) { reasons[page.number] = reason }
            }
        }
        var ocrPages: [Int] = []
        var confidences: [Double] = []
        if !reasons.isEmpty {
            let wanted = reasons.keys.sorted()
            let (read, problems) = ocr(file: file, pages: wanted, environment: environment)
            for number in wanted {
                if let page = read[number] {
                    pages[number - 1] = page
                    ocrPages.append(number)
                    if !page.words.isEmpty, let c = page.ocrConfidence { confidences.append(c) }
                    notes.append("Seite \(number): Texterkennung (OCR), weil \(reasons[number]!)")
                } else {
                    notes.append("Seite \(number): Texterkennung nicht möglich (\(problems[number] ?? "unbekannter Fehler")); Textebene verwendet")
                }
            }
            if ocrPages.isEmpty, pages.allSatisfy({ $0.words.isEmpty }), let problem = problems.values.first {
                return .failure(InputFailure(file: file, cause: .ocrFailed(problem)))
            }
            if !ocrPages.isEmpty { texts = PageTexts(pages: pages) }
        }
        var source = Source(file: file, sha256: sha256, kind: ocrPages.isEmpty ? .pdf : .ocr)
        source.pages = pageCount
        if !ocrPages.isEmpty {
            source.ocrPages = ocrPages
            source.ocrConfidence = confidences.isEmpty ? 0 : (confidences.reduce(0, +) / Double(confidences.count) * 10).rounded() / 10
            notes.append("Texterkennung: \(ocrPages.count) von \(pageCount) Seiten, mittlere Konfidenz \(Int(source.ocrConfidence!.rounded())) %")
        }
        var document = LaidOutPagesReader().read(texts, source: source)
        document.notes = notes
        return .success(document)
    }

    /// OCRs pages in parallel workers (round-robin over `jobs` workers); returns the pages read and, for
    /// the others, why not.
    private func ocr(file: String, pages: [Int], environment: [String: String]) -> ([Int: LaidOutPage], [Int: String]) {
        let workers = min(options.jobs, pages.count)
        let groups = (0..<workers).map { w in stride(from: w, to: pages.count, by: workers).map { pages[$0] } }
        var env = environment
        env["OMP_THREAD_LIMIT"] = "1"
        let jobs = groups.map { group in
            WorkerProcess.Job(arguments: [file, "--pages", group.map(String.init).joined(separator: ",")],
                              environment: env,
                              timeout: options.documentTimeout + options.secondsPerOCRPage * Double(group.count))
        }
        let results = WorkerProcess(executable: options.ocrWorker).run(jobs)
        var read: [Int: LaidOutPage] = [:]
        var problems: [Int: String] = [:]
        for ((group, job), result) in zip(zip(groups, jobs), results) {
            let transcript = WorkerTranscript.parse(result.output)
            for page in transcript.pages where transcript.completedPages.contains(page.number) { read[page.number] = page }
            let problem = failure(of: result.outcome, transcript: transcript, file: file, what: "Texterkennung", timeout: job.timeout)?.reason
            for number in group where read[number] == nil { problems[number] = problem ?? "keine Ausgabe" }
        }
        return (read, problems)
    }

    /// The failure a worker's end means, or nil when it exited cleanly.
    private func failure(of outcome: WorkerProcess.Outcome, transcript: WorkerTranscript, file: String, what: String,
                         timeout: Double) -> InputFailure? {
        if let error = transcript.error { return InputFailure(file: file, cause: .worker(code: error.code, message: error.message)) }
        switch outcome {
        case .exited(0): return nil
        case .exited(let status): return InputFailure(file: file, cause: .workerExited(what: what, status: status))
        case .signalled(let signal): return InputFailure(file: file, cause: .workerCrashed(what: what, signal: signal))
        case .timedOut: return InputFailure(file: file, cause: .workerTimedOut(what: what, seconds: Int(timeout.rounded())))
        case .notStarted(let why): return InputFailure(file: file, cause: .workerNotStarted(what: what, why: why))
        }
    }
}
