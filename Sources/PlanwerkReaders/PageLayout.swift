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

        var words: [PositionedWord] { cells.flatMap { $0 } }
        var x0: Double { cells.first?.first?.x0 ?? 0 }
        var x1: Double { cells.last?.last?.x1 ?? 0 }
        var height: Double { y1 - y0 }
        var text: String { cells.map { $0.map(\.text).joined(separator: " ") }.joined(separator: "\t") }
    }

    /// The page as text lines; "" marks a paragraph break, and a line that the layout wrapped (the next
    /// line's first word would not have fitted before `rightMargin`) ends with a space, so it is re-joined.
    static func textLines(_ page: LaidOutPage, rightMargin: Double? = nil) -> [String] {
        let lines = self.lines(page)
        guard !lines.isEmpty else { return [] }
        let typical = median(lines.map(\.height))
        let right = rightMargin ?? lines.map(\.x1).max()!
        var out: [String] = []
        for (i, line) in lines.enumerated() {
            if i > 0, line.y0 - lines[i - 1].y1 > 0.7 * typical { out.append("") }
            var text = line.text
            if i + 1 < lines.count, line.cells.count == 1, lines[i + 1].y0 - line.y1 <= 0.7 * typical,
               let next = lines[i + 1].cells.first?.first {
                let space = 0.35 * line.height
                if line.x1 + space + (next.x1 - next.x0) > right { text += " " }
            }
            out.append(text)
        }
        return out
    }

    /// The right text margin of a document: the median over pages of each page's rightmost line end.
    static func rightMargin(_ pages: [LaidOutPage]) -> Double? {
        let ends = pages.compactMap { lines($0).map(\.x1).max() }
        guard !ends.isEmpty else { return nil }
        return ends.sorted()[ends.count / 2]
    }

    /// The lines of a page, top to bottom, wrapped table cells re-attached.
    static func lines(_ page: LaidOutPage) -> [Line] {
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
        var lines = rows.map { row -> Line in
            let sorted = row.sorted { $0.x0 < $1.x0 }
            let height = median(sorted.map(\.height))
            var cells: [[PositionedWord]] = []
            for w in sorted {
                if let previous = cells.last?.last, w.x0 - previous.x1 <= 1.0 * height {
                    cells[cells.count - 1].append(w)
                } else {
                    cells.append([w])
                }
            }
            return Line(cells: cells, y0: sorted.map(\.y0).min()!, y1: sorted.map(\.y1).max()!)
        }
        lines = reattachWrappedCells(lines)
        return lines
    }

    /// A single-cell line right under a table row (no paragraph gap) continues one of its cells: the cell
    /// whose left edge it starts at, or the last cell when the row ran to the right margin and wrapped.
    static func reattachWrappedCells(_ lines: [Line]) -> [Line] {
        guard lines.count > 1 else { return lines }
        let left = lines.map(\.x0).min() ?? 0
        let right = lines.map(\.x1).max() ?? 0
        var out: [Line] = []
        for line in lines {
            guard var previous = out.last, previous.cells.count >= 2, line.cells.count == 1 else {
                out.append(line)
                continue
            }
            let h = max(1, min(previous.height, line.height))
            let close = line.y0 - previous.y1 <= 0.7 * h
            let aligned = previous.cells.indices.dropFirst().last { abs(previous.cells[$0].first!.x0 - line.x0) <= h }
            let wrappedAtMargin = previous.x1 >= right - 2 * h && abs(line.x0 - left) <= h
            if close, let target = aligned ?? (wrappedAtMargin ? previous.cells.count - 1 : nil) {
                previous.cells[target].append(contentsOf: line.cells[0])
                previous.y1 = max(previous.y1, line.y1)
                out[out.count - 1] = previous
            } else {
                out.append(line)
            }
        }
        return out
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 1 }
        let sorted = values.sorted()
        return max(1e-6, sorted[sorted.count / 2])
    }
}
