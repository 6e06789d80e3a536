import CPoppler
import Foundation
import PlanwerkModel

extension PDFDocument {
    /// A highlighted area of a page, in points from the top left.
    public struct Box: Sendable, Hashable {
        public var x0, y0, x1, y1: Double
        public init(x0: Double, y0: Double, x1: Double, y1: Double) {
            self.x0 = x0
            self.y0 = y0
            self.x1 = x1
            self.y1 = y1
        }
    }

    /// Page `number` (1-based) as a colour PNG at `dpi` (lowered for huge pages), with `marks` drawn as
    /// translucent yellow boxes framed in orange; nil when the page cannot be rendered.
    public func png(page number: Int, dpi: Int, marks: [Box] = []) -> Data? {
        renderSurface(page: number, dpi: dpi) { surface, cr, scale in
            for box in marks where box.x1 > box.x0 && box.y1 > box.y0 {
                let pad = 1.5
                cairo_rectangle(cr, (box.x0 - pad) * scale, (box.y0 - pad) * scale, (box.x1 - box.x0 + 2 * pad) * scale, (box.y1 - box.y0 + 2 * pad) * scale)
                cairo_set_source_rgba(cr, 1, 0.85, 0, 0.35)
                cairo_fill_preserve(cr)
                cairo_set_source_rgba(cr, 0.9, 0.4, 0, 0.9)
                cairo_set_line_width(cr, max(1, scale / 2))
                cairo_stroke(cr)
            }
            cairo_surface_flush(surface)
            final class Sink { var data = Data() }
            let sink = Sink()
            let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
            return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
        }
    }

    /// The boxes of the longest run of consecutive words on page `number` that match words of `quote`
    /// (compared without case and punctuation); empty when nothing matches.
    public func boxes(of quote: String, page number: Int) -> [Box] {
        let wanted = Self.comparable(quote)
        guard !wanted.isEmpty else { return [] }
        let words = words(page: number).words
        let keys = words.map { Self.comparable($0.text).first ?? "" }
        let wantedSet = Set(wanted)
        var best = 0..<0, start = 0
        for i in 0...keys.count {
            if i < keys.count, !keys[i].isEmpty, wantedSet.contains(keys[i]) { continue }
            if i - start > best.count { best = start..<i }
            start = i + 1
        }
        // A single common word is no evidence of the place.
        guard best.count >= min(2, wanted.count) else { return [] }
        return words[best].map { Box(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
    }

    /// Lowercased words without surrounding punctuation.
    static func comparable(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).map { $0.trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
            .filter { !$0.isEmpty }
    }
}
