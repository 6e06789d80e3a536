import Foundation

/// What a PDF worker process reports on stdout, one record per line, tab-separated:
/// `N <pages>` (page count), `P <number> <width> <height> <confidence|->` (a page starts),
/// `W <x0> <y0> <x1> <y1> <text>` (a word of that page), `D <number>` (the page is complete),
/// `E <code> <message>` (the document failed, with the German message for the office's staff).
/// Words never contain tabs or line breaks, so the format needs no escaping and parses fast.
public struct WorkerTranscript: Sendable, Equatable {
    /// The document's page count, when reported.
    public var pageCount: Int?
    /// The pages in the order reported.
    public var pages: [LaidOutPage] = []
    /// Pages whose `D` line arrived (a worker killed mid-page leaves its last page incomplete).
    public var completedPages: Set<Int> = []
    /// The failure code and German message, when the worker reported one.
    public var error: (code: String, message: String)?

    /// The environment variable that carries a PDF password to a worker (never the command line).
    public static let passwordVariable = "PLANWERK_PDF_PASSWORD"

    /// An empty transcript.
    public init() {}

    public static func == (a: WorkerTranscript, b: WorkerTranscript) -> Bool {
        a.pageCount == b.pageCount && a.pages == b.pages && a.completedPages == b.completedPages
            && a.error?.code == b.error?.code && a.error?.message == b.error?.message
    }

    /// The line announcing the page count.
    public static func pageCountLine(_ count: Int) -> String { "N\t\(count)\n" }

    /// The lines of one page.
    public static func lines(for page: LaidOutPage) -> String {
        var out = "P\t\(page.number)\t\(format(page.width))\t\(format(page.height))\t\(page.ocrConfidence.map(format) ?? "-")\n"
        for w in page.words {
            let text = w.text.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            guard !text.isEmpty else { continue }
            out += "W\t\(format(w.x0))\t\(format(w.y0))\t\(format(w.x1))\t\(format(w.y1))\t\(text)\n"
        }
        return out + "D\t\(page.number)\n"
    }

    /// The line reporting a failure.
    public static func errorLine(code: String, message: String) -> String {
        "E\t\(code)\t\(message.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))\n"
    }

    /// Two decimals without Foundation's formatter (a 50-page document has some 40,000 numbers).
    static func format(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e12 else { return "0" }
        let hundredths = Int((abs(v) * 100).rounded())
        let fraction = hundredths % 100
        return (v < 0 && hundredths > 0 ? "-" : "") + String(hundredths / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// A number as `format` writes it ("-12.5", "3.25"); nil for anything else ("-" included).
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var value = 0.0, scale = 0.0, negative = false, digits = 0
        for (i, b) in zip(bytes.indices, bytes) {
            switch b {
            case UInt8(ascii: "-") where i == bytes.startIndex: negative = true
            case UInt8(ascii: "."): guard scale == 0 else { return nil }; scale = 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Double(b - UInt8(ascii: "0"))
                if scale > 0 { scale *= 10 }
                digits += 1
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        let v = scale > 0 ? value / scale : value
        return negative ? -v : v
    }

    /// Parses a worker's output; incomplete trailing lines (a worker killed mid-write) are ignored.
    public static func parse(_ text: String) -> WorkerTranscript {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { parse(bytes: $0) } ?? WorkerTranscript()
    }

    /// Parses the bytes of a worker's output line by line, splitting fields at tabs (at most six).
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> WorkerTranscript {
        var t = WorkerTranscript()
        var fields: [Slice<UnsafeBufferPointer<UInt8>>] = []
        fields.reserveCapacity(6)
        var lineStart = 0
        while lineStart < bytes.count {
            guard let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }  // cut line
            defer { lineStart = lineEnd + 1 }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart..<lineEnd where bytes[i] == UInt8(ascii: "\t") && fields.count < 5 {
                fields.append(bytes[fieldStart..<i])
                fieldStart = i + 1
            }
            fields.append(bytes[fieldStart..<lineEnd])
            guard fields[0].count == 1 else { continue }
            func int(_ k: Int) -> Int? { k < fields.count ? number(fields[k]).flatMap { Int(exactly: $0) } : nil }
            func string(_ k: Int) -> String { k < fields.count ? String(decoding: fields[k], as: UTF8.self) : "" }
            switch fields[0].first! {
            case UInt8(ascii: "N"): t.pageCount = int(1)
            case UInt8(ascii: "P"):
                guard fields.count >= 5, let n = int(1), let w = number(fields[2]), let h = number(fields[3]) else { continue }
                t.pages.append(LaidOutPage(number: n, width: w, height: h, words: [], ocrConfidence: number(fields[4])))
            case UInt8(ascii: "W"):
                guard fields.count == 6, !t.pages.isEmpty, let x0 = number(fields[1]), let y0 = number(fields[2]),
                      let x1 = number(fields[3]), let y1 = number(fields[4]), !fields[5].isEmpty else { continue }
                t.pages[t.pages.count - 1].words.append(PositionedWord(text: string(5), x0: x0, y0: y0, x1: x1, y1: y1))
            case UInt8(ascii: "D"): if let n = int(1) { t.completedPages.insert(n) }
            case UInt8(ascii: "E"):
                t.error = (fields.count > 1 ? string(1) : "unreadable", (2..<fields.count).map(string).joined(separator: " "))
            default: continue
            }
        }
        return t
    }
}
