import Foundation
import PlanwerkModel

/// Runs inside the `planwerk-pdf-text` worker process: opens a PDF and writes the transcript of its text
/// layer (every page's words) to stdout. A failure is reported as an `E` line with its German message;
/// poppler's own crashes end the process.
public enum PDFTextJob {
    /// Writes the transcript; returns the process exit code (0 read, 3 document refused).
    public static func run(path: String, password: String?, output: FileHandle = .standardOutput) -> Int32 {
        do {
            let document = try PDFDocument(path: path, password: password)
            output.write(Data(WorkerTranscript.pageCountLine(document.pageCount).utf8))
            for number in 1...document.pageCount {
                output.write(Data(WorkerTranscript.bytes(for: document.words(page: number))))
            }
            return 0
        } catch let error as PDFError {
            output.write(Data(WorkerTranscript.errorLine(code: error.code, message: error.germanMessage).utf8))
            return 3
        } catch {
            output.write(Data(WorkerTranscript.errorLine(code: "unreadable", message: PDFError.unreadable("\(error)").germanMessage).utf8))
            return 3
        }
    }
}
