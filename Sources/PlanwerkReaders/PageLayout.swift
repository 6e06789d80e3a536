import PlanwerkModel

/// Puts the positioned words of a page into text lines in reading order: words on one baseline form a
/// line (left to right), a wide gap between words separates table cells ("\t"), a wide gap between lines
/// is a paragraph break (an empty line), and a table cell wrapped onto the next line is put back.
enum PageLayout {
    /// A line of a page: its cells (word runs separated by wide gaps), top to bottom.
    struct Line {
        var cells: [[PositionedWord]]
        var y0: Double
        var y1: Double
        /// Empty cells before the first word (a row indented to a later column of its table).
        var leadingEmpty = 0

        var words: [PositionedWord] { cells.flatMap { $0 } }
        var x0: Double { cells.first?.first?.x0 ?? 0 }
        var x1: Double { cells.last?.last?.x1 ?? 0 }
        var height: Double { y1 - y0 }
        var text: String {
            String(repeating: "\t", count: leadingEmpty) + cells.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\t")
        }
    }

    /// The page as text lines; "" marks a paragraph break, and a line that the layout wrapped (the next
    /// line's first word would not have fitted before `rightMargin`) ends with a space, so it is re-joined.
    static func textLines(_ page: LaidOutPage, rightMargin: Double? = nil) -> [String] {
        textLines(rawLines: rawLines(page), rightMargin: rightMargin)
    }

    /// The text lines of a page from its raw lines (see `rawLines`).
    static func textLines(rawLines: [Line], rightMargin: Double?) -> [String] {
        let lines = reattachWrappedCells(rawLines, right: rightMargin ?? rawLines.map(\.x1).max() ?? 0)
        guard !lines.isEmpty else { return [] }
        let typical = median(lines.map(\.height))
        let right = rightMargin ?? lines.map(\.x1).max()!
        let left = lines.map(\.x0).min()!
        var out: [String] = []
        for (i, line) in lines.enumerated() {
            if i > 0, line.y0 - lines[i - 1].y1 > 0.7 * typical { out.append("") }
            var text = line.text
            if line.cells.count == 1, line.leadingEmpty == 0 {
                // Indentation as leading spaces (list levels): one space per character pitch.
                let unit = monospacePitch(line.words) ?? 0.5 * line.height
                text = String(repeating: " ", count: min(12, max(0, Int(((line.x0 - left) / unit).rounded())))) + text
            }
            if i + 1 < lines.count, line.cells.count == 1, lines[i + 1].y0 - line.y1 <= 0.7 * typical,
               let next = lines[i + 1].cells.first?.first {
                let space = 0.35 * line.height
                if line.x1 + space + (next.x1 - next.x0) > right { text += " " }
            }
            out.append(text)
        }
        return out
    }

    /// The right text margin of a document: the rightmost end of a line of several words on any page.
    static func rightMargin(rawLines pages: [[Line]]) -> Double? {
        pages.flatMap { $0.filter { $0.words.count >= 2 }.map(\.x1) }.max()
    }

    /// The lines of a page as its words lie, top to bottom, split into cells; before re-attaching
    /// wrapped cells, which needs the document's right margin.
    static func rawLines(_ page: LaidOutPage) -> [Line] {
        let words = page.words.filter { $0.height > 0 && $0.x1 >= $0.x0 && !$0.text.isEmpty }
            .sorted { $0.midY != $1.midY ? $0.midY < $1.midY : $0.x0 < $1.x0 }
        var rows: [[PositionedWord]] = []
        var rowMid = 0.0, rowHeight = 0.0
        for w in words {
            if !rows.isEmpty, abs(w.midY - rowMid) <= 0.45 * max(1, min(rowHeight, w.height)) {
                rows[rows.count - 1].append(w)
                rowHeight = max(rowHeight, w.height)
            } else {
                rows.append([w])
                rowMid = w.midY
                rowHeight = w.height
            }
        }
        let sortedRows = rows.map { $0.sorted { $0.x0 < $1.x0 } }
        let scanned = page.ocrConfidence != nil
        // The page's word space: the median of the small gaps between neighbouring words (OCR word boxes
        // reach from the line's top to its baseline only, so a space there is about as wide as they are high).
        var gaps: [Double] = []
        for row in sortedRows {
            for (a, b) in zip(row, row.dropFirst()) {
                let gap = b.x0 - a.x1
                if gap > 0, gap < (scanned ? 1.5 : 1) * b.height { gaps.append(gap) }
            }
        }
        let space: Double? = gaps.isEmpty ? nil : median(gaps)
        let scannedPitch = scanned ? ScannedMonospace(rows: sortedRows, space: space) : nil
        let lines = sortedRows.map { sorted -> Line in
            let height = median(sorted.map(\.height))
            // OCR boxes are a pixel or two off, too coarse for the monospace grid, and span the whole text
            // line (ascender to descender), so a cell gap is measured against a larger height. In
            // proportional type a gap of three word spaces already separates cells (tabs, table columns).
            let pitch = scanned ? nil : monospacePitch(sorted)
            var cellGap = height
            if scanned { cellGap = 1.5 * height } else if pitch == nil, let space { cellGap = min(height, max(3 * space, 0.45 * height)) }
            var cells: [[PositionedWord]] = []
            for w in sorted {
                if let previous = cells.last?.last, w.x0 - previous.x1 <= cellGap,
                   pitch.map({ isSpace(w.x0 - previous.x1, pitch: $0, tolerance: 0.05) }) ?? true,
                   scannedPitch?.isSpace(between: previous, and: w) ?? true {
                    cells[cells.count - 1].append(w)
                } else {
                    cells.append([w])
                }
            }
            // A bullet set apart from its text ("•    Text") is not a cell of its own.
            if cells.count >= 2, cells[0].count == 1, !cells[0][0].text.contains(where: { $0.isLetter || $0.isNumber }) {
                let bullet = cells.removeFirst()
                cells[0].insert(contentsOf: bullet, at: 0)
            }
            return Line(cells: cells, y0: sorted.map(\.y0).min()!, y1: sorted.map(\.y1).max()!)
        }
        return lines
    }

    /// Re-attaches table cells the layout wrapped onto the next line, and marks empty leading cells.
    /// A single-cell line right under a table row (no paragraph gap) continues one of its cells: the cell
    /// whose left edge it starts at, or the last cell when the row ran to the right margin. A multi-cell
    /// line at the left edge continues a row that ran to the margin when the row has fewer cells than the
    /// table's header and the two together do not have more.
    static func reattachWrappedCells(_ lines: [Line], right: Double) -> [Line] {
        guard lines.count > 1 else { return lines }
        let left = lines.map(\.x0).min() ?? 0
        var out: [Line] = []
        var header: Line?
        for line in lines {
            guard var previous = out.last, previous.cells.count >= 2 else {
                header = line.cells.count >= 2 ? line : nil
                out.append(line)
                continue
            }
            let h = max(1, min(previous.height, line.height))
            let close = line.y0 - previous.y1 <= 0.7 * h
            let nextWidth = line.cells[0].first!.x1 - line.cells[0].first!.x0
            let runsToMargin = previous.x1 + 0.35 * h + nextWidth > right
            let atLeft = abs(line.x0 - left) <= h
            let width = header?.cells.count ?? 0
            if line.cells.count > 1 {
                let previousWidth = previous.cells.count + previous.leadingEmpty
                // The tail of a wrapped row starts where the row started; the row ended less than a tab
                // and the next word before the margin.
                let wrapped = previous.x1 + 3 * h + nextWidth > right && line.x0 <= previous.x0 + h
                if close, wrapped, previousWidth < width, previousWidth + line.cells.count - 1 <= width {
                    previous.cells[previous.cells.count - 1].append(contentsOf: line.cells[0])
                    previous.cells.append(contentsOf: line.cells.dropFirst())
                    previous.y1 = max(previous.y1, line.y1)
                    out[out.count - 1] = previous
                } else {
                    var row = line
                    if let header, close, !atLeft {
                        row.leadingEmpty = header.cells.filter { $0.first!.x0 < line.x0 - h }.count
                    }
                    if !close { header = line }
                    out.append(row)
                }
                continue
            }
            let previousWidth = previous.cells.count + previous.leadingEmpty
            if close, previousWidth < width, previous.x1 + 3 * h + nextWidth > right, line.x0 <= previous.x0 + 6 * h {
                // A row's last cell wrapped onto the next line after a tab (at one of the first tab stops):
                // a cell of its own.
                previous.cells.append(line.cells[0])
                previous.y1 = max(previous.y1, line.y1)
                out[out.count - 1] = previous
                continue
            }
            let aligned = previous.cells.indices.dropFirst().last { abs(previous.cells[$0].first!.x0 - line.x0) <= h }
            if close, let target = aligned ?? (runsToMargin && atLeft ? previous.cells.count - 1 : nil) {
                previous.cells[target].append(contentsOf: line.cells[0])
                previous.y1 = max(previous.y1, line.y1)
                out[out.count - 1] = previous
            } else {
                header = nil
                out.append(line)
            }
        }
        return out
    }

    /// The character pitch when every word of a line (at least three) is set in one monospaced font, else nil.
    static func monospacePitch(_ words: [PositionedWord], tolerance: Double = 0.03) -> Double? {
        let words = words.sorted { $0.x0 < $1.x0 }
        let pitches = words.compactMap { w -> Double? in
            let n = w.text.unicodeScalars.count
            return n >= 2 ? (w.x1 - w.x0) / Double(n) : nil
        }
        guard pitches.count >= 3 else { return nil }
        let m = median(pitches)
        guard pitches.allSatisfy({ abs($0 - m) <= tolerance * m }) else { return nil }
        // Proportional words can have similar widths by chance; in monospaced text most gaps are whole spaces.
        let gaps = zip(words, words.dropFirst()).map { $1.x0 - $0.x1 }
        let whole = gaps.filter { isSpace($0, pitch: m, tolerance: 0.05) }.count
        return whole * 2 >= gaps.count ? m : nil
    }

    /// In monospaced text a space is exactly one pitch wide; a tab ends at a tab stop, off the character
    /// grid, and three or more spaces are wider (as in text files): both separate table cells.
    static func isSpace(_ gap: Double, pitch: Double, tolerance: Double) -> Bool {
        let spaces = gap / pitch
        return spaces < 2.5 && abs(spaces - spaces.rounded()) <= tolerance
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 1 }
        let sorted = values.sorted()
        return max(1e-6, sorted[sorted.count / 2])
    }
}
