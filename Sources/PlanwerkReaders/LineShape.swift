import PlanwerkText
import Foundation

/// What one cleaned source line is, before lines are joined into blocks.
enum LineShape: Equatable {
    /// Nothing but whitespace or a horizontal rule.
    case blank
    /// A Markdown heading.
    case heading(level: Int, text: String)
    /// A bulleted or numbered item.
    case listItem(level: Int, text: String)
    /// A table row.
    case tableRow(cells: [String])
    /// A table separator row ("|---|", "---\t---"): dropped.
    case separator
    /// Running text.
    case text(String)

    /// Classifies a line already cleaned of HTML.
    static func classify(_ line: String) -> LineShape {
        let trimmed = trim(line)
        if trimmed.isEmpty { return .blank }
        if trimmed.utf8.count >= 3, trimmed.utf8.allSatisfy(Self.isRuleByte) { return .blank }
        if line.containsUTF8(9) {
            // Split on the tab byte (a tab is never part of a longer character, and splitting characters
            // costs grapheme breaking on lines of thousands of bytes).
            let cells = line.splitUTF8(at: 9).map { $0.trimmedSpaces }
            if cells.allSatisfy({ $0.isEmpty }) { return .blank }
            if cells.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-:|=".contains($0) } }) { return .separator }
            return .tableRow(cells: cells)
        }
        if let cells = spacedCells(trimmed) { return .tableRow(cells: cells) }
        if trimmed.utf8.first == UInt8(ascii: "|"), trimmed.utf8.lazy.filter({ $0 == UInt8(ascii: "|") }).count >= 3 {
            var cells = trimmed.splitUTF8(at: UInt8(ascii: "|")).map { $0.trimmedSpaces }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            if cells.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-: ".contains($0) } }) { return .separator }
            return .tableRow(cells: cells)
        }
        if trimmed.utf8.first == UInt8(ascii: "#") {
            let level = trimmed.prefix { $0 == "#" }.count
            let text = trimmed.dropFirst(level).trimmedSpaces
            if level <= 6, !text.isEmpty, trimmed.dropFirst(level).first == " " { return .heading(level: level, text: text) }
        }
        let indent = line.withUTF8Bytes { u in u.firstIndex { $0 != 32 } ?? u.count }
        if let text = bulletText(trimmed) { return .listItem(level: indent / 2, text: text) }
        if isNumberedItem(trimmed) { return .listItem(level: indent / 2, text: trimmed) }
        return .text(trimmed)
    }

    /// The bytes a horizontal rule is drawn with: "-", "_", "*", "=", "~" and spaces.
    static func isRuleByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: "*") || b == UInt8(ascii: "=")
            || b == UInt8(ascii: "~") || b == 32
    }
    static let bulletMarkers = ["->", "=>", "-", "•", "*", "·", "–", "⇒", "➢", "▪", "■", "►", "→", "+", "x "]
    /// The first bytes of the markers: "-", "=", "*", "+", "x", 0xC2 ("·") and 0xE2 (the arrows and bullets).
    static func isBulletLead(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "x"), 0xC2, 0xE2: return true
        default: return false
        }
    }
    static let bulletMarkerBytes = bulletMarkers.map { Array($0.utf8) }

    /// The line without leading and trailing spaces and tabs.
    static func trim(_ s: String) -> String {
        let (first, end) = s.withUTF8Bytes { u -> (Int, Int) in
            var first = 0, end = u.count
            while first < end, u[first] == 32 || u[first] == 9 { first += 1 }
            while end > first, u[end - 1] == 32 || u[end - 1] == 9 { end -= 1 }
            return (first, end)
        }
        if first == end { return "" }
        if first == 0 && end == s.utf8.count { return s }
        let u = s.utf8
        return String(s[u.index(u.startIndex, offsetBy: first)..<u.index(u.startIndex, offsetBy: end)])
    }

    /// Cells of a row laid out with runs of three or more spaces (pdftotext -layout, OCR), or nil.
    static func spacedCells(_ t: String) -> [String]? {
        // Every run of three spaces covers an offset 2, 5, 8, ...: only spaces there are looked around.
        let found = t.withUTF8Bytes { u -> Bool in
            var i = 2
            while i < u.count {
                if u[i] == 32 {
                    var from = i, to = i
                    while from > 0, u[from - 1] == 32 { from -= 1 }
                    while to + 1 < u.count, u[to + 1] == 32 { to += 1 }
                    if to - from >= 2 { return true }
                }
                i += 3
            }
            return false
        }
        guard found else { return nil }
        let cells = t.components(separatedBy: "   ").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        return cells.count >= 2 ? cells : nil
    }

    /// The text after a bullet marker ("- ", "• ", "* ", "⇒ ", "-> "), or nil.
    static func bulletText(_ t: String) -> String? {
        guard let lead = t.utf8.first, isBulletLead(lead) else { return nil }
        for (marker, bytes) in zip(bulletMarkers, bulletMarkerBytes) {
            if t.utf8.starts(with: bytes) {
                let rest = t.dropFirst(marker.count)
                if marker == "x " || rest.first == " " || rest.first == "\t" {
                    let text = rest.trimmedSpaces
                    if !text.isEmpty { return text }
                }
            }
        }
        return nil
    }

    /// "1. Text", "2) Text", "TOP 3 Text": numbered items keep their number (extractors strip it).
    static func isNumberedItem(_ t: String) -> Bool {
        guard let lead = t.utf8.first, (0x30...0x39).contains(lead) || lead == UInt8(ascii: "T") || lead == UInt8(ascii: "t") else { return false }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = t.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")" {
                let after = rest.dropFirst()
                return after.first == " " && after.dropFirst().first.map { $0.isLetter || $0 == "„" } == true
            }
        }
        if t.prefix(4).lowercased() == "top ", t.dropFirst(4).first?.isNumber == true { return true }
        return false
    }
}
