import Foundation
import PlanwerkModel
import PlanwerkPDF

/// Runs inside the `planwerk-ocr` worker process (started with OMP_THREAD_LIMIT=1): renders the given pages and reads
/// them with tesseract, writing each page's transcript as soon as it is done. A blank page is reported
/// with no words and without running tesseract.
public enum OCRJob {
    /// The rendering resolution for OCR.
    public static let dpi = 300

    /// Writes the transcript; returns the process exit code (0 done, 3 refused).
    public static func run(path: String, password: String?, pages: [Int], language: String = "deu",
                           output: FileHandle = .standardOutput) -> Int32 {
        do {
            let document = try PDFDocument(path: path, password: password)
            let engine = try OCREngine(language: language)
            output.write(Data(WorkerTranscript.pageCountLine(document.pageCount).utf8))
            for number in pages where number >= 1 && number <= document.pageCount {
                guard let image = document.render(page: number, dpi: dpi) else {
                    output.write(Data(WorkerTranscript.bytes(for: .init(number: number, width: 0, height: 0, words: [], ocrConfidence: 0))))
                    continue
                }
                let page = image.isBlank
                    ? .init(number: number, width: Double(image.width), height: Double(image.height), words: [], ocrConfidence: 0)
                    : try engine.recognize(pixels: CounterDotRemover.clean(pixels: image.pixels, width: image.width, height: image.height).pixels,
                                           width: image.width, height: image.height, dpi: image.dpi, page: number)
                output.write(Data(WorkerTranscript.bytes(for: page)))
            }
            return 0
        } catch let error as PDFError {
            output.write(Data(WorkerTranscript.errorLine(code: error.code, message: error.germanMessage).utf8))
            return 3
        } catch let error as OCRError {
            output.write(Data(WorkerTranscript.errorLine(code: "ocr", message: error.germanMessage).utf8))
            return 3
        } catch {
            output.write(Data(WorkerTranscript.errorLine(code: "ocr", message: "Texterkennung fehlgeschlagen (\(error))").utf8))
            return 3
        }
    }
}
