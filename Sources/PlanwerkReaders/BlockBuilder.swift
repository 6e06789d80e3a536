import Foundation

import PlanwerkModel
import PlanwerkText

/// Turns cleaned lines into blocks: consecutive lines that a wrap or a hyphen broke apart become one block.
struct BlockBuilder {
    let file: String
    /// The PDF page the next lines come from; nil for text files (provenance is then the line).
    var page: Int?
    private(set) var blocks: [Block] = []
    private var blankRun = 0
    private var lastLineHadTrailingSpace = false
    private var lastWasJoinable = false

    init(file: String) { self.file = file }

    /// German function words after which a line cannot end a sentence ("Protokoll der" / "Steuerungsgruppe").
    static let functionWords: Set<String> = ["der", "die", "das", "den", "dem", "des", "am", "im", "an", "in", "zu",
                                             "zum", "zur", "von", "vom", "für", "mit", "und", "oder", "bei", "beim",
                                             "auf", "aus", "als", "ein", "eine", "einer", "eines", "einem", "nach",
                                             "über", "unter", "um", "wird", "werden", "ist", "sind", "sowie", "bzw.",
                                             "durch", "gegen", "ohne", "vor", "seit", "bis", "dass", "sich", "nicht"]

    mutating func add(line raw: String, number: Int) {
        var line = raw
        if raw.containsUTF8(0xA0) { line = line.replacingOccurrences(of: "\u{00A0}", with: " ") }
        if raw.containsUTF8(0x0C) {
            blankRun += 1
            line = line.replacingOccurrences(of: "\u{000C}", with: "")
        }
        let trailingSpace = line.utf8.last == 32
        if HTMLFragmentCleaner.containsMarkup(line) {
            if let (before, rows, after) = HTMLFragmentCleaner.tableRows(line) {
                add(cleaned: HTMLFragmentCleaner.clean(before), number: number, trailingSpace: false)
                for row in rows where row.contains(where: { !$0.isEmpty }) {
                    append(Block(kind: .tableRow, text: Self.rowText(row), cells: row,
                                 provenance: provenance(number)))
                }
                add(cleaned: HTMLFragmentCleaner.clean(after), number: number, trailingSpace: trailingSpace)
                return
            }
            line = HTMLFragmentCleaner.clean(line)
        }
        add(cleaned: line, number: number, trailingSpace: trailingSpace)
    }

    private mutating func add(cleaned input: String, number: Int, trailingSpace: Bool) {
        // Escape sequences and bidi overrides (also from HTML entities, hence after cleaning) never enter a block.
        let line = Self.stripMarkdown(UnsafeCharacters.removed(from: input))
        let shape = LineShape.classify(line)
        let provenance = provenance(number)
        switch shape {
        case .blank:
            blankRun += 1
            lastWasJoinable = false
        case .separator:
            break
        case .heading(let level, let text):
            append(Block(kind: .heading(level: level), text: Self.flatten(text), provenance: provenance))
            lastWasJoinable = false
        case .listItem(let level, let text):
            append(Block(kind: .listItem(level: level), text: Self.flatten(text), provenance: provenance))
            lastWasJoinable = true
        case .tableRow(let cells):
            append(Block(kind: .tableRow, text: Self.rowText(cells), cells: cells, provenance: provenance))
            lastWasJoinable = false
        case .text(let text):
            let flat = Self.flatten(text)
            // The last block is read in place (a copy of it would make the append below copy its text).
            let n = blocks.count - 1
            let continuesAcrossBlank = blankRun == 1 && n >= 0 && Self.startsLowercase(flat)
                && !Self.endsSentence(blocks[n].text.unicodeScalars.last ?? ".") && !blocks[n].isTableRow
            if blankRun == 0 || continuesAcrossBlank, lastWasJoinable || continuesAcrossBlank, n >= 0,
               let joint = Self.joint(blocks[n].text, flat, previousHadTrailingSpace: lastLineHadTrailingSpace) {
                // Appended in place: a paragraph of many lines is not copied once per line.
                switch joint {
                case .hyphenDropped: blocks[n].text.removeLast()
                case .space: blocks[n].text.append(" ")
                case .direct: break
                }
                blocks[n].text.append(flat)
                if page == nil { blocks[blocks.count - 1].provenance.endLine = number }
                blankRun = 0
            } else {
                append(Block(kind: .paragraph, text: flat, provenance: provenance))
            }
            lastWasJoinable = true
        }
        lastLineHadTrailingSpace = trailingSpace
    }

    /// (file, line) for text, (file, page, line on the page) for PDF pages.
    private func provenance(_ number: Int) -> Provenance {
        page.map { Provenance(file: file, line: number, page: $0) } ?? Provenance(file: file, line: number)
    }

    /// Ends a page: the next line starts a new block unless it clearly continues a sentence.
    mutating func endPage() {
        blankRun += 1
        lastWasJoinable = false
    }

    private mutating func append(_ block: Block) {
        var b = block
        b.blankLinesBefore = blankRun
        blocks.append(b)
        blankRun = 0
    }

    /// True when the text's first character is a lower-case letter (ASCII decided on the first byte).
    static func startsLowercase(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return text.first?.isLowercase == true
    }

    /// ".", "!", "?" or ":".
    static func endsSentence(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == ":" }

    /// How a wrapped line is joined onto the one before.
    enum Joint {
        /// Directly: "ÖPNV-" + "Fahrtkosten".
        case direct
        /// With one space.
        case space
        /// The hyphen of the line before removed: "Handlungs-" + "empfehlungen".
        case hyphenDropped
    }

    /// How `next` joins onto `previous` when the line break is a wrap, undoing hyphenation; nil when it is
    /// not a wrap. A last character that is ASCII after ASCII is looked at as a byte.
    static func joint(_ previous: String, _ next: String, previousHadTrailingSpace: Bool) -> Joint? {
        let u = previous.utf8
        guard let lastByte = u.last, let firstByte = next.utf8.first else { return nil }
        // ASCII after ASCII (or alone) is a character of its own; otherwise the last character is looked at.
        let asciiLast = lastByte < 0x80 && (u.count == 1 || u[u.index(u.endIndex, offsetBy: -2)] < 0x80)
        let last: Character = asciiLast ? Character(Unicode.Scalar(lastByte)) : previous.last!
        let firstIsLowercase = startsLowercase(next)
        if last == "-", previous.dropLast().last?.isLetter == true, isLetter(firstByte, orFirstOf: next) {
            return firstIsLowercase ? .hyphenDropped : .direct
        }
        func lastIs(_ characters: String) -> Bool {
            asciiLast ? characters.utf8.contains(lastByte) : characters.contains(last)
        }
        if lastIs(".!?:") && !firstIsLowercase { return nil }
        if firstIsLowercase { return .space }
        if previousHadTrailingSpace { return .space }
        if lastIs(",„(/–&+") { return .space }
        // The last space-separated word (found from the end: a paragraph can be long).
        let scalars = previous.unicodeScalars
        let words = previous[..<(scalars.lastIndex { $0 != " " }.map { scalars.index(after: $0) } ?? previous.startIndex)]
        let lastWord = (words.lastIndex(of: " ").map { words[words.index(after: $0)...] } ?? words).lowercased()
        if functionWords.contains(lastWord) { return .space }
        return nil
    }

    /// True when the text's first character (whose first byte is `b`) is a letter.
    static func isLetter(_ b: UInt8, orFirstOf text: String) -> Bool {
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        return text.first?.isLetter == true
    }

    /// Removes Markdown emphasis and links: "**x**" -> "x", "[text](url)" -> "text".
    static func stripMarkdown(_ line: String) -> String {
        guard line.containsAnyUTF8((UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "]"))) else { return line }
        var s = removingDoubled(removingDoubled(line, UInt8(ascii: "*")), UInt8(ascii: "_"))
        // Links: only when "](" occurs (checked on the bytes before Foundation searches).
        guard s.withUTF8Bytes({ u in u.indices.dropLast().contains { u[$0] == UInt8(ascii: "]") && u[$0 + 1] == UInt8(ascii: "(") } })
        else { return s }
        while let open = s.range(of: "]("), let lb = s[..<open.lowerBound].lastIndex(of: "["),
              let close = s[open.upperBound...].firstIndex(of: ")") {
            let text = s[s.index(after: lb)..<open.lowerBound]
            s.replaceSubrange(lb...close, with: text)
        }
        return s
    }

    /// The line without doubled `mark` bytes ("**" or "__", Markdown emphasis), in one pass over its bytes.
    static func removingDoubled(_ line: String, _ mark: UInt8) -> String {
        guard line.containsUTF8(mark) else { return line }
        let u = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == mark, i + 1 < u.count, u[i + 1] == mark {
                i += 2
                continue
            }
            out.append(u[i])
            i += 1
        }
        return out.count == u.count ? line : String(decoding: out, as: UTF8.self)
    }

    /// Collapses runs of spaces; paragraph separators inside a line become spaces.
    static func flatten(_ text: String) -> String {
        // Fast path: no leading or trailing space, no double space, no tab, no paragraph separator.
        let spacedRight = text.withUTF8Bytes { u -> Bool in
            guard let first = u.first, let last = u.last else { return true }
            if first == 32 || last == 32 { return false }
            // A double space has a space at an odd offset next to another.
            var i = 1
            while i < u.count {
                if u[i] == 32, u[i - 1] == 32 || (i + 1 < u.count && u[i + 1] == 32) { return false }
                i += 2
            }
            return true
        }
        if spacedRight && !text.containsUTF8(9) && !text.containsBytes("\u{2029}") { return text }
        return text.collapsingSpaces(lineBreaks: false)
    }

    static func rowText(_ cells: [String]) -> String {
        cells.filter { !$0.isEmpty }.map(flatten).joined(separator: " ")
    }
}
