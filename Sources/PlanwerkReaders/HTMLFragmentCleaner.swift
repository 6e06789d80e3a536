import PlanwerkText
import Foundation

/// Removes stray HTML from a protocol line: tags go, entities are decoded, paragraph and line breaks
/// inside a line become U+2029 (so table cells can keep several paragraphs), tables become rows.
public enum HTMLFragmentCleaner {
    /// The paragraph separator used inside cleaned lines.
    public static let paragraphSeparator: Character = "\u{2029}"
    static let paragraphSeparatorScalar: Unicode.Scalar = "\u{2029}"

    /// True when the line contains something that looks like an HTML tag.
    public static func containsMarkup(_ line: String) -> Bool {
        // "&" (an entity may follow), or "<" before a letter, "/" or "!": found with memchr.
        line.containsUTF8(38) || line.withUTF8Bytes { u in
            UTF8Search.contains(60, in: u) { lt in
                guard lt + 1 < u.count else { return false }
                let b = u[lt + 1]
                return (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 47 || b == 33
            }
        }
    }

    /// The rows of every HTML table in the line (`<tr>` with `<td>`/`<th>` cells), plus the text outside tables.
    public static func tableRows(_ line: String) -> (before: String, rows: [[String]], after: String)? {
        let lower = line.fastLowercased
        guard lower.containsBytes("<table"), lower.containsBytes("<tr"), let tStart = lower.range(of: "<table") else { return nil }
        let tEnd = lower.range(of: "</table>", range: tStart.upperBound..<lower.endIndex)
        let before = String(line[line.startIndex..<tStart.lowerBound])
        let tableEnd = tEnd?.upperBound ?? line.endIndex
        let after = String(line[tableEnd...])
        let table = String(line[tStart.lowerBound..<tableEnd])
        var rows: [[String]] = []
        for rowChunk in table.splitUTF8(at: "<tr").dropFirst() {
            var cells: [String] = []
            let parts = rowChunk.splitUTF8(at: "<t")
            for part in parts.dropFirst() where part.utf8.first == UInt8(ascii: "d") || part.utf8.first == UInt8(ascii: "h") {
                guard let gt = part.firstUTF8Offset(of: UInt8(ascii: ">"), within: .max) else { continue }
                let cell = Substring(part.utf8.dropFirst(gt + 1))
                cells.append(clean(String(cell)).replacingParagraphSeparators.trimmedSpaces)
            }
            if !cells.isEmpty { rows.append(cells) }
        }
        return (before, rows, after)
    }

    /// The line without tags; `<br>`, `</p>`, `</li>`, `</div>` between content become U+2029.
    /// Works on the UTF-8 bytes: tags and entities are ASCII.
    public static func clean(_ line: String) -> String {
        var line = line
        return line.withUTF8 { u -> String in
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            let separator: [UInt8] = [0xE2, 0x80, 0xA9]
            func endsWithSeparator() -> Bool { out.count >= 3 && out[out.count - 3] == 0xE2 && out[out.count - 2] == 0x80 && out[out.count - 1] == 0xA9 }
            var i = 0
            while i < u.count {
                let b = u[i]
                if b == UInt8(ascii: "<"), let close = u[(i + 1)...].firstIndex(of: UInt8(ascii: ">")),
                   let name = tagName(UnsafeBufferPointer(rebasing: u[(i + 1)..<close])) {
                    if breakTags.contains(name) {
                        if !out.isEmpty, !endsWithSeparator() { out.append(contentsOf: separator) }
                    } else if name == "/td" || name == "/th" {
                        out.append(32)
                    }
                    i = close + 1
                    continue
                }
                if b == UInt8(ascii: "&"), let semi = u[i..<min(u.count, i + 10)].firstIndex(of: UInt8(ascii: ";")),
                   let decoded = decodeEntity(String(decoding: UnsafeBufferPointer(rebasing: u[(i + 1)..<semi]), as: UTF8.self)) {
                    out.append(contentsOf: decoded.utf8)
                    i = semi + 1
                    continue
                }
                out.append(b)
                i += 1
            }
            while endsWithSeparator() || out.last == 32 { out.removeLast(out.last == 32 ? 1 : 3) }
            var start = 0
            while start + 3 <= out.count, out[start] == 0xE2, out[start + 1] == 0x80, out[start + 2] == 0xA9 { start += 3 }
            return String(decoding: out[start...], as: UTF8.self)
        }
    }

    /// Tags that end a paragraph inside a line.
    static let breakTags: Set<String> = ["br", "/p", "/li", "/div", "hr", "/tr", "/h1", "/h2", "/h3", "/h4"]

    /// The lower-cased name of a tag from the bytes between "<" and ">" ("br", "/p"), or nil when they
    /// are no tag (a tag starts with a letter, "/" or "!"; bytes of non-ASCII characters count as letters).
    static func tagName(_ inner: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = inner.first else { return nil }
        let isASCIILetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        guard isASCIILetter(first) || first >= 0x80 || first == UInt8(ascii: "/") || first == UInt8(ascii: "!") else { return nil }
        var name: [UInt8] = []
        for b in inner {
            guard isASCIILetter(b) || b >= 0x80 || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "/") else { break }
            name.append(isASCIILetter(b) ? b | 0x20 : b)
        }
        return String(decoding: name, as: UTF8.self)
    }

    static func decodeEntity(_ e: String) -> String? {
        switch e {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        case "auml": return "ä"
        case "ouml": return "ö"
        case "uuml": return "ü"
        case "Auml": return "Ä"
        case "Ouml": return "Ö"
        case "Uuml": return "Ü"
        case "szlig": return "ß"
        case "euro": return "€"
        case "ndash": return "–"
        case "mdash": return "—"
        case "bdquo": return "„"
        case "ldquo": return "“"
        case "rdquo": return "”"
        default:
            if e.hasPrefix("#x"), let v = UInt32(e.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { return String(s) }
            if e.hasPrefix("#"), let v = UInt32(e.dropFirst()), let s = Unicode.Scalar(v) { return String(s) }
            return nil
        }
    }
}

extension String {
    /// The text with each paragraph separator (U+2029, E2 80 A9) replaced by a space, on the bytes.
    var replacingParagraphSeparators: String {
        guard containsUTF8(0xE2) else { return self }
        return withUTF8Bytes { u -> String in
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var i = 0
            while i < u.count {
                if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA9 {
                    out.append(32)
                    i += 3
                } else {
                    out.append(u[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
