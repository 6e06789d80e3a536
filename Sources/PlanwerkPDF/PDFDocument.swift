// PlanwerkPDF: PDF files in (poppler-glib), positioned words and rendered page images out.
// The only importer of CPoppler; no C pointer leaves this module. A document handle is not
// thread-safe: one owner, used from one thread (Planwerk opens PDFs in worker processes).
import CPoppler
import Foundation
import PlanwerkModel

/// An open PDF: page count, the words of a page with their boxes, and pages rendered for OCR.
public final class PDFDocument {
    private let handle: OpaquePointer
    /// Number of pages (at least one).
    public let pageCount: Int

    /// The largest image rendered for OCR, in pixels (about A3 at 300 dpi); bigger pages are rendered at a lower resolution.
    public static let maxRenderPixels = 36_000_000

    /// Opens a file; throws a `PDFError` naming what is wrong.
    public init(path: String, password: String? = nil) throws {
        guard let head = FileHandle(forReadingAtPath: path) else { throw PDFError.unreadable("Datei kann nicht geöffnet werden") }
        let prefix = (try? head.read(upToCount: 1024)) ?? Data()
        try? head.close()
        if prefix.isEmpty { throw PDFError.empty }
        guard prefix.range(of: Data("%PDF".utf8)) != nil else { throw PDFError.notPDF }

        var error: UnsafeMutablePointer<GError>?
        guard let absolute = g_canonicalize_filename(path, nil) else { throw PDFError.unreadable("Pfad ungültig") }
        defer { g_free(absolute) }
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            throw PDFError.unreadable(Self.consume(&error) ?? "Pfad ungültig")
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            let domain = error?.pointee.domain
            let code = error?.pointee.code ?? 0
            let message = Self.consume(&error) ?? "unbekannter Fehler"
            if domain == planwerk_poppler_error_quark(), code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw password == nil ? PDFError.encrypted : PDFError.wrongPassword
            }
            if message.localizedCaseInsensitiveContains("encrypted") { throw password == nil ? PDFError.encrypted : PDFError.wrongPassword }
            throw PDFError.damaged(message)
        }
        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else {
            g_object_unref(UnsafeMutableRawPointer(document))
            throw PDFError.noPages
        }
        handle = document
        pageCount = count
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Frees a GError and returns its message.
    private static func consume(_ error: inout UnsafeMutablePointer<GError>?) -> String? {
        guard let e = error else { return nil }
        defer { g_error_free(e); error = nil }
        return e.pointee.message.map { String(cString: $0) }
    }

    /// Runs `body` with page `number` (1-based), or returns nil when poppler cannot load it.
    func withPage<T>(_ number: Int, _ body: (OpaquePointer) -> T) -> T? {
        guard number >= 1, number <= pageCount, let page = poppler_document_get_page(handle, Int32(number - 1)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return body(page)
    }

    /// The words of page `number` (1-based) from the text layer, boxes in points from the top left.
    public func words(page number: Int) -> LaidOutPage {
        withPage(number) { page -> LaidOutPage in
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            guard let textPointer = poppler_page_get_text(page) else {
                return LaidOutPage(number: number, width: width, height: height, words: [])
            }
            defer { g_free(textPointer) }
            var rects: UnsafeMutablePointer<PopplerRectangle>?
            var count: guint = 0
            guard poppler_page_get_text_layout(page, &rects, &count) != 0, let boxes = rects else {
                return LaidOutPage(number: number, width: width, height: height, words: [])
            }
            defer { g_free(boxes) }
            let text = UnsafeBufferPointer(start: UnsafeRawPointer(textPointer).assumingMemoryBound(to: UInt8.self), count: strlen(textPointer))
            let words = Self.words(utf8: text, boxes: UnsafeBufferPointer(start: boxes, count: Int(count)))
            return LaidOutPage(number: number, width: width, height: height, words: words)
        } ?? LaidOutPage(number: number, width: 0, height: 0, words: [])
    }

    /// Groups characters into words: whitespace ends a word, and so does a jump to another line.
    /// `utf8` is poppler's page text; `boxes` has one rectangle per character of it. Works on the bytes:
    /// a word becomes a String once.
    static func words(utf8 text: UnsafeBufferPointer<UInt8>, boxes: UnsafeBufferPointer<PopplerRectangle>) -> [PositionedWord] {
        var out: [PositionedWord] = []
        var wordStart = -1
        var box = (x0: 0.0, y0: 0.0, x1: 0.0, y1: 0.0)
        func flush(_ end: Int) {
            if wordStart >= 0 {
                out.append(PositionedWord(text: String(decoding: UnsafeBufferPointer(rebasing: text[wordStart..<end]), as: UTF8.self),
                                          x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1))
                wordStart = -1
            }
        }
        var i = 0, character = 0
        while i < text.count, character < boxes.count {
            let (length, scalar) = Self.scalar(in: text, at: i)
            defer { i += length; character += 1 }
            if Self.isSpace(scalar) {
                flush(i)
                continue
            }
            let r = boxes[character]
            let x0 = min(r.x1, r.x2), x1 = max(r.x1, r.x2), y0 = min(r.y1, r.y2), y1 = max(r.y1, r.y2)
            if wordStart >= 0 {
                let height = max(1, box.y1 - box.y0)
                let sameLine = abs((y0 + y1) / 2 - (box.y0 + box.y1) / 2) < height / 2
                if !sameLine || x0 < box.x0 - height || x0 - box.x1 > height * 0.6 { flush(i) }
            }
            if wordStart < 0 {
                wordStart = i
                box = (x0, y0, x1, y1)
            } else {
                box = (min(box.x0, x0), min(box.y0, y0), max(box.x1, x1), max(box.y1, y1))
            }
        }
        flush(min(i, text.count))
        return out
    }

    /// The length in bytes and the value of the UTF-8 sequence at `i` (a stray byte counts as one character).
    static func scalar(in text: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, UInt32) {
        let b = text[i]
        let length = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard length > 1, i + length <= text.count else { return (1, UInt32(b)) }
        var value = UInt32(b) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(text[i + k] & 0x3F) }
        return (length, value)
    }

    /// Control characters and Unicode white space.
    static func isSpace(_ v: UInt32) -> Bool {
        if v <= 0x20 { return true }
        if v < 0x85 { return false }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Page `number` (1-based) rendered in grey at `dpi` (lowered for huge pages), white background.
    public func render(page number: Int, dpi: Int) -> GrayImage? {
        renderSurface(page: number, dpi: dpi) { surface, _, scale -> GrayImage? in
            cairo_surface_flush(surface)
            guard let data = cairo_image_surface_get_data(surface) else { return nil }
            let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
            let stride = Int(cairo_image_surface_get_stride(surface))
            var gray = [UInt8](repeating: 255, count: w * h)
            gray.withUnsafeMutableBufferPointer { out in
                for y in 0..<h {
                    let row = data + y * stride
                    for x in 0..<w {
                        // ARGB32 is B, G, R, A in memory on little-endian machines.
                        let b = Int(row[4 * x]), g = Int(row[4 * x + 1]), r = Int(row[4 * x + 2])
                        out[y * w + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                    }
                }
            }
            return GrayImage(width: w, height: h, dpi: Int((scale * 72).rounded()), pixels: gray)
        } ?? nil
    }

    /// Renders page `number` on a white ARGB surface at `dpi` (lowered for huge pages) and hands surface, cairo
    /// context (in pixels, unscaled) and the scale (pixels per point) to `body`.
    func renderSurface<T>(page number: Int, dpi: Int, _ body: (OpaquePointer, OpaquePointer, Double) -> T?) -> T? {
        withPage(number) { page -> T? in
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            guard width > 0, height > 0, width.isFinite, height.isFinite else { return nil }
            var scale = Double(dpi) / 72
            let pixels = width * scale * height * scale
            if pixels > Double(Self.maxRenderPixels) { scale *= (Double(Self.maxRenderPixels) / pixels).squareRoot() }
            let w = max(1, Int((width * scale).rounded(.up))), h = max(1, Int((height * scale).rounded(.up)))
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)) else { return nil }
            defer { cairo_surface_destroy(surface) }
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
            defer { cairo_destroy(cr) }
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            cairo_save(cr)
            cairo_scale(cr, scale, scale)
            poppler_page_render(page, cr)
            cairo_restore(cr)
            return body(surface, cr, scale)
        } ?? nil
    }
}
