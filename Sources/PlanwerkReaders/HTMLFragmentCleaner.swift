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
        var afterLT = false
        for b in line.utf8 {
            if afterLT, (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 47 || b == 33 { return true }
            afterLT = b == 60
            if b == 38 { return true }  // "&": an entity may follow
        }
        return false
    }

    /// The rows of every HTML table in the line (`<tr>` with `<td>`/`<th>` cells), plus the text outside tables.
    public static func tableRows(_ line: String) -> (before: String, rows: [[String]], after: String)? {
        let lower = line.lowercased()
        guard let tStart = lower.range(of: "<table"), lower.contains("<tr") else { return nil }
        let tEnd = lower.range(of: "</table>", range: tStart.upperBound..<lower.endIndex)
        let before = String(line[line.startIndex..<tStart.lowerBound])
        let tableEnd = tEnd?.upperBound ?? line.endIndex
        let after = String(line[tableEnd...])
        let table = String(line[tStart.lowerBound..<tableEnd])
        var rows: [[String]] = []
        for rowChunk in table.components(separatedBy: "<tr").dropFirst() {
            var cells: [String] = []
            let parts = rowChunk.components(separatedBy: "<t")
            for part in parts.dropFirst() where part.hasPrefix("d") || part.hasPrefix("h") {
                guard let gt = part.firstIndex(of: ">") else { continue }
                cells.append(clean(String(part[part.index(after: gt)...])).replacingOccurrences(of: "\u{2029}", with: " ")
                    .trimmedSpaces)
            }
            if !cells.isEmpty { rows.append(cells) }
        }
        return (before, rows, after)
    }

    /// The line without tags; `<br>`, `</p>`, `</li>`, `</div>` between content become U+2029.
    public static func clean(_ line: String) -> String {
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if ch == "<", let close = line[i...].firstIndex(of: ">"), isTag(line[line.index(after: i)..<close]) {
                let name = tagName(line[line.index(after: i)..<close])
                if ["br", "/p", "/li", "/div", "hr", "/tr", "/h1", "/h2", "/h3", "/h4"].contains(name) {
                    if !out.isEmpty, out.last != paragraphSeparator { out.append(paragraphSeparator) }
                } else if ["/td", "/th"].contains(name) {
                    out.append(" ")
                }
                i = line.index(after: close)
                continue
            }
            if ch == "&", let semi = line[i...].prefix(10).firstIndex(of: ";") {
                let entity = String(line[line.index(after: i)..<semi])
                if let decoded = decodeEntity(entity) {
                    out.append(decoded)
                    i = line.index(after: semi)
                    continue
                }
            }
            out.append(ch)
            i = line.index(after: i)
        }
        while out.last == paragraphSeparator || out.last == " " { out.removeLast() }
        while out.first == paragraphSeparator { out.removeFirst() }
        return out
    }

    static func isTag(_ inner: Substring) -> Bool {
        guard let first = inner.first else { return false }
        return first.isLetter || first == "/" || first == "!"
    }

    static func tagName(_ inner: Substring) -> String {
        String(inner.prefix { $0.isLetter || $0.isNumber || $0 == "/" }).lowercased()
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
