// PlanwerkOCR: grey page images in, positioned words with confidences out (tesseract C API).
// The only importer of CTesseract. One engine per process, reused for every page (init costs ~0.1 s);
// the process must have OMP_THREAD_LIMIT=1 in its environment (Planwerk starts OCR workers so).
import CTesseract
import PlanwerkModel

/// A tesseract instance for one language, reading one page image at a time.
public final class OCREngine {
    private let api: OpaquePointer
    /// The tesseract language ("deu").
    public let language: String

    /// Loads the language data (from TESSDATA_PREFIX or tesseract's default folder).
    public init(language: String = "deu") throws {
        guard let api = TessBaseAPICreate() else { throw OCRError.languageDataMissing(language) }
        guard TessBaseAPIInit3(api, nil, language) == 0 else {
            TessBaseAPIDelete(api)
            throw OCRError.languageDataMissing(language)
        }
        self.api = api
        self.language = language
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
    }

    /// Recognises a grey image; words in pixels from the top left, confidence 0-100 per page (mean over words).
    public func recognize(pixels: [UInt8], width: Int, height: Int, dpi: Int, page number: Int) throws -> LaidOutPage {
        pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(api, buffer.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        guard TessBaseAPIRecognize(api, nil) == 0 else {
            TessBaseAPIClear(api)
            throw OCRError.recognitionFailed
        }
        defer { TessBaseAPIClear(api) }
        var words: [PositionedWord] = []
        var suspects: [(index: Int, left: Int32, top: Int32, right: Int32, bottom: Int32)] = []
        var confidenceSum = 0.0
        if let iterator = TessBaseAPIGetIterator(api) {
            defer { TessResultIteratorDelete(iterator) }
            let pageIterator = TessResultIteratorGetPageIteratorConst(iterator)
            repeat {
                guard let textPointer = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
                let text = String(cString: textPointer)
                TessDeleteText(textPointer)
                var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
                guard TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
                if Self.looksLikeGarbledNumber(text) { suspects.append((words.count, left, top, right, bottom)) }
                // Words take their text line's top and baseline, so that words with and without ascenders
                // or descenders, and a lone number that tesseract set as a line of its own, share a row.
                var lineLeft: Int32 = 0, lineTop: Int32 = 0, lineRight: Int32 = 0, lineBottom: Int32 = 0
                if TessPageIteratorBoundingBox(pageIterator, RIL_TEXTLINE, &lineLeft, &lineTop, &lineRight, &lineBottom) != 0,
                   lineBottom > lineTop {
                    top = lineTop
                    bottom = lineBottom
                    var bx0: Int32 = 0, by0: Int32 = 0, bx1: Int32 = 0, by1: Int32 = 0
                    if TessPageIteratorBaseline(pageIterator, RIL_TEXTLINE, &bx0, &by0, &bx1, &by1) != 0 {
                        let middle = Double(left + right) / 2
                        let t = bx1 == bx0 ? 0 : (middle - Double(bx0)) / Double(bx1 - bx0)
                        let baseline = Int32((Double(by0) + t * Double(by1 - by0)).rounded())
                        if baseline > top, baseline <= lineBottom { bottom = baseline }
                    }
                }
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                for piece in text.split(whereSeparator: { $0.isWhitespace }) {
                    words.append(PositionedWord(text: String(piece), x0: Double(left), y0: Double(top), x1: Double(right), y1: Double(bottom)))
                }
                confidenceSum += confidence
            } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        }
        for suspect in suspects {
            // Three readings with margins of a quarter, half and three quarters of the word's height: at
            // least two must find the same number and none another, or the word stays as it was.
            let readings = [1, 2, 3].compactMap { rereadDigits(left: suspect.left, top: suspect.top, right: suspect.right,
                                                                bottom: suspect.bottom, margin: $0, width: width, height: height) }
            guard readings.count >= 2, let digits = readings.first, readings.allSatisfy({ $0 == digits }),
                  digits != words[suspect.index].text.filter(\.isNumber) else { continue }
            words[suspect.index].text = digits
        }
        let mean = words.isEmpty ? 0 : confidenceSum / Double(words.count)
        return LaidOutPage(number: number, width: Double(width), height: Double(height), words: words, ocrConfidence: mean)
    }

    /// A short word of digits and brackets and nothing else ("(6)", "[6)"): how tesseract tends to read a
    /// lone zero or digit in a table cell.
    public static func looksLikeGarbledNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count >= 2 && scalars.count <= 4 && scalars.contains { ("0"..."9").contains($0) }
            && scalars.contains { "()[]{}|".unicodeScalars.contains($0) }
            && scalars.allSatisfy { ("0"..."9").contains($0) || "()[]{}|".unicodeScalars.contains($0) }
    }

    /// Reads one word's box again, with a margin of `margin` quarter-heights around it, as a single line of
    /// digits only; nil when that finds no clean number.
    private func rereadDigits(left: Int32, top: Int32, right: Int32, bottom: Int32, margin: Int32, width: Int, height: Int) -> String? {
        let pad: Int32 = max(4, margin * (bottom - top) / 4)
        let x0 = max(0, left - pad), y0 = max(0, top - pad)
        let x1 = min(Int32(width), right + pad), y1 = min(Int32(height), bottom + pad)
        guard x1 > x0, y1 > y0 else { return nil }
        let mode = TessBaseAPIGetPageSegMode(api)
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE)
        TessBaseAPISetVariable(api, "tessedit_char_whitelist", "0123456789")
        defer {
            TessBaseAPISetVariable(api, "tessedit_char_whitelist", "")
            TessBaseAPISetPageSegMode(api, mode)
        }
        TessBaseAPISetRectangle(api, x0, y0, x1 - x0, y1 - y0)
        guard let pointer = TessBaseAPIGetUTF8Text(api) else { return nil }
        defer { TessDeleteText(pointer) }
        let text = String(cString: pointer).filter { !$0.isWhitespace }
        return !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isNumber) ? text : nil
    }
}
