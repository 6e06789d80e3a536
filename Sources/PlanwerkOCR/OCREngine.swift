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
                // Words take the height of their text line, so that words with and without ascenders or
                // descenders sit on one line for the layout.
                var lineLeft: Int32 = 0, lineTop: Int32 = 0, lineRight: Int32 = 0, lineBottom: Int32 = 0
                if TessPageIteratorBoundingBox(pageIterator, RIL_TEXTLINE, &lineLeft, &lineTop, &lineRight, &lineBottom) != 0,
                   lineBottom > lineTop {
                    top = lineTop
                    bottom = lineBottom
                }
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                for piece in text.split(whereSeparator: { $0.isWhitespace }) {
                    words.append(PositionedWord(text: String(piece), x0: Double(left), y0: Double(top), x1: Double(right), y1: Double(bottom)))
                }
                confidenceSum += confidence
            } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        }
        let mean = words.isEmpty ? 0 : confidenceSum / Double(words.count)
        return LaidOutPage(number: number, width: Double(width), height: Double(height), words: words, ocrConfidence: mean)
    }
}
