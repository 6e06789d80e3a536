// `planwerk-pdf-text <file>`: the worker process Planwerk starts to read one PDF's text layer, so that a
// crash or hang in poppler costs that document only. Links poppler and nothing heavier, to start fast.
// Not for direct use; writes a WorkerTranscript to stdout.
// `planwerk-pdf-text --png PAGE OUT FILE [MARK]`: page PAGE rendered as PNG into OUT, the words of MARK
// highlighted (the workspace shows it beside a fact).
import Foundation
import PlanwerkPDF

WorkerLimits.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--png", arguments.count == 4 || arguments.count == 5, let page = Int(arguments[1]) {
    exit(PDFPageImageJob.run(path: arguments[3], page: page, output: arguments[2], mark: arguments.count == 5 ? arguments[4] : nil,
                             password: WorkerLimits.password))
}
guard arguments.count == 1, let file = arguments.first else {
    FileHandle.standardError.write(Data("Aufruf: planwerk-pdf-text DATEI (interner Hilfsprozess von planwerk)\n".utf8))
    exit(2)
}
exit(PDFTextJob.run(path: file, password: WorkerLimits.password))
