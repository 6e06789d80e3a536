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
    public static func lines(for page: LaidOutPage) -> String { String(decoding: bytes(for: page), as: UTF8.self) }

    /// The lines of one page as UTF-8 bytes, built without string interpolation (a worker writes some
    /// 2,000 words per page).
    public static func bytes(for page: LaidOutPage) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + page.words.count * 40)
        out.append(UInt8(ascii: "P")); out.append(tab); appendInteger(page.number, to: &out)
        out.append(tab); append(page.width, to: &out)
        out.append(tab); append(page.height, to: &out)
        out.append(tab)
        if let c = page.ocrConfidence { append(c, to: &out) } else { out.append(UInt8(ascii: "-")) }
        out.append(newline)
        for w in page.words {
            var text = w.text
            let start = out.count + 1
            out.append(UInt8(ascii: "W"))
            out.append(tab); append(w.x0, to: &out)
            out.append(tab); append(w.y0, to: &out)
            out.append(tab); append(w.x1, to: &out)
            out.append(tab); append(w.y1, to: &out)
            out.append(tab)
            let textStart = out.count
            text.withUTF8 { bytes in
                for b in bytes where b != tab && b != newline && b != UInt8(ascii: "\r") { out.append(b) }
            }
            if out.count == textStart { out.removeSubrange((start - 1)...); continue }
            out.append(newline)
        }
        out.append(UInt8(ascii: "D")); out.append(tab); appendInteger(page.number, to: &out); out.append(newline)
        return out
    }

    private static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")

    private static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var v = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    /// Appends a number with two decimals ("-12.50", "3.25"), without Foundation's formatter.
    private static func append(_ v: Double, to out: inout [UInt8]) {
        guard v.isFinite, abs(v) < 1e12 else { out.append(UInt8(ascii: "0")); return }
        let hundredths = Int((abs(v) * 100).rounded())
        if v < 0 && hundredths > 0 { out.append(UInt8(ascii: "-")) }
        appendInteger(hundredths / 100, to: &out)
        let fraction = hundredths % 100
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        out.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }

    /// The line reporting a failure.
    public static func errorLine(code: String, message: String) -> String {
        "E\t\(code)\t\(message.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))\n"
    }

    /// A number as `append` writes it ("-12.5", "3.25"); nil for anything else ("-" included).
    static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        let base = bytes.base
        var i = bytes.startIndex
        let end = bytes.endIndex
        guard i < end else { return nil }
        let negative = base[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var value = 0, scale = 0, digits = 0
        while i < end {
            let b = base[i]
            if b >= 0x30 && b <= 0x39 {
                value = value &* 10 &+ Int(b &- 0x30)
                if scale > 0 { scale &*= 10 }
                digits += 1
                if digits > 18 { return nil }
            } else if b == UInt8(ascii: "."), scale == 0 {
                scale = 1
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let v = scale > 0 ? Double(value) / Double(scale) : Double(value)
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
