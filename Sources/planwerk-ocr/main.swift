// `planwerk-ocr <file> --pages 1,2`: the worker process Planwerk starts (with OMP_THREAD_LIMIT=1) to
// render pages of one PDF and read them with tesseract, so that a crash or hang costs that document only.
// Not for direct use; writes a WorkerTranscript to stdout.
import Foundation
import PlanwerkOCR
import PlanwerkPDF

WorkerLimits.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3, arguments[1] == "--pages" else {
    FileHandle.standardError.write(Data("Aufruf: planwerk-ocr DATEI --pages 1,2 (interner Hilfsprozess von planwerk)\n".utf8))
    exit(2)
}
let pages = arguments[2].split(separator: ",").compactMap { Int($0) }
exit(OCRJob.run(path: arguments[0], password: WorkerLimits.password, pages: pages))
