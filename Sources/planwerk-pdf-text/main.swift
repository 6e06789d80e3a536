// `planwerk-pdf-text <file>`: the worker process Planwerk starts to read one PDF's text layer, so that a
// crash or hang in poppler costs that document only. Links poppler and nothing heavier, to start fast.
// Not for direct use; writes a WorkerTranscript to stdout.
import Foundation
import PlanwerkPDF

WorkerLimits.apply()
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let file = arguments.first else {
    FileHandle.standardError.write(Data("Aufruf: planwerk-pdf-text DATEI (interner Hilfsprozess von planwerk)\n".utf8))
    exit(2)
}
exit(PDFTextJob.run(path: file, password: WorkerLimits.password))
