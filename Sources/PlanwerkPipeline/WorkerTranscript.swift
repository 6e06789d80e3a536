import Foundation
import PlanwerkModel

/// What a PDF worker process reports on stdout, one record per line, tab-separated:
/// `N <pages>` (page count), `P <number> <width> <height> <confidence|->` (a page starts),
/// `W <x0> <y0> <x1> <y1> <text>` (a word of that page), `D <number>` (the page is complete),
/// `E <code> <detail>` (the document failed).
/// Words never contain tabs or line breaks, so the format needs no escaping and parses fast.
public struct WorkerTranscript: Sendable, Equatable {
    /// The document's page count, when reported.
    public var pageCount: Int?
    /// The pages in the order reported.
    public var pages: [LaidOutPage] = []
    /// Pages whose `D` line arrived (a worker killed mid-page leaves its last page incomplete).
    public var completedPages: Set<Int> = []
    /// The failure code and detail, when the worker reported one.
    public var error: (code: String, detail: String)?

    /// An empty transcript.
    public init() {}

    public static func == (a: WorkerTranscript, b: WorkerTranscript) -> Bool {
        a.pageCount == b.pageCount && a.pages == b.pages && a.completedPages == b.completedPages && a.error?.code == b.error?.code && a.error?.detail == b.error?.detail
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
    public static func errorLine(code: String, detail: String) -> String {
        "E\t\(code)\t\(detail.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))\n"
    }

    /// Two decimals without Foundation's formatter (a 50-page document has some 40,000 numbers).
    static func format(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e12 else { return "0" }
        let hundredths = Int((abs(v) * 100).rounded())
        let fraction = hundredths % 100
        return (v < 0 && hundredths > 0 ? "-" : "") + String(hundredths / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// A number as `format` writes it ("-12.5", "3.25"); nil for anything else ("-" included).
    static func number(_ text: Substring) -> Double? {
        var value = 0.0, scale = 0.0, negative = false, digits = 0
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case UInt8(ascii: "-") where i == 0: negative = true
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
        var t = WorkerTranscript()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let f = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
            switch f.first {
            case "N": t.pageCount = f.count > 1 ? Int(f[1]) : nil
            case "P":
                guard f.count >= 5, let n = Int(f[1]), let w = number(f[2]), let h = number(f[3]) else { continue }
                t.pages.append(LaidOutPage(number: n, width: w, height: h, words: [], ocrConfidence: number(f[4])))
            case "W":
                guard f.count == 6, !t.pages.isEmpty, let x0 = number(f[1]), let y0 = number(f[2]),
                      let x1 = number(f[3]), let y1 = number(f[4]) else { continue }
                t.pages[t.pages.count - 1].words.append(PositionedWord(text: String(f[5]), x0: x0, y0: y0, x1: x1, y1: y1))
            case "D": if f.count > 1, let n = Int(f[1]) { t.completedPages.insert(n) }
            case "E":
                t.error = (f.count > 1 ? String(f[1]) : "unreadable", f.count > 2 ? String(f[2...].joined(separator: " ")) : "")
            default: continue
            }
        }
        return t
    }
}
