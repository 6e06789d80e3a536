import PlanwerkModel

/// The character grid of a scanned page set in a monospaced font, from its OCR word boxes, to tell a
/// word space from a tab. OCR boxes hold the ink of a word, so a word of n characters is about
/// `n * pitch - bearings` wide and a gap of k spaces about `k * pitch + bearings`; a tab ends at a tab
/// stop, off that grid (often less than one space after a short word). Nil when the page is not
/// monospaced: its word widths do not fit one pitch.
struct ScannedMonospace {
    /// The width of one character.
    let pitch: Double
    /// The gap of a single word space (ink to ink).
    let space: Double

    init?(rows: [[PositionedWord]], space: Double?) {
        guard let space else { return nil }
        // Least-squares fit of width = n * pitch - bearings over words of letters and digits.
        var samples: [(n: Double, width: Double)] = []
        for row in rows {
            for w in row {
                let n = w.text.unicodeScalars.count
                guard n >= 2, n <= 30, w.text.unicodeScalars.allSatisfy(Self.isLetterOrDigit) else { continue }
                samples.append((Double(n), w.x1 - w.x0))
            }
        }
        guard samples.count >= 20 else { return nil }
        let count = Double(samples.count)
        let meanN = samples.reduce(0) { $0 + $1.n } / count
        let meanW = samples.reduce(0) { $0 + $1.width } / count
        let covariance = samples.reduce(0) { $0 + ($1.n - meanN) * ($1.width - meanW) }
        let variance = samples.reduce(0) { $0 + ($1.n - meanN) * ($1.n - meanN) }
        guard variance > 0 else { return nil }
        let pitch = covariance / variance
        let bearings = pitch * meanN - meanW
        guard pitch > 0, space > 0.5 * pitch, space < 2 * pitch else { return nil }
        // Monospaced when nearly every word fits the line within a fifth of a character.
        let misfits = samples.filter { abs($0.n * pitch - bearings - $0.width) > 0.2 * pitch }.count
        guard Double(misfits) <= 0.1 * count else { return nil }
        self.pitch = pitch
        self.space = space
    }

    /// True when the gap between two words is one or two word spaces on the character grid; a tab is
    /// anything else. A punctuation mark is narrow ink in a full character cell: next to one the gap may
    /// be up to 0.4 characters wider per side.
    func isSpace(between left: PositionedWord, and right: PositionedWord) -> Bool {
        var slack = 0.0
        if let last = left.text.unicodeScalars.last, Self.narrowMarks.contains(last) { slack += 0.4 }
        if let first = right.text.unicodeScalars.first, Self.narrowMarks.contains(first) { slack += 0.4 }
        let spaces = 1 + (right.x0 - left.x1 - space) / pitch
        return [1.0, 2.0].contains { k in spaces - slack <= k + 0.3 && spaces >= k - 0.3 }
    }

    /// Punctuation set as a narrow mark in the middle or at one side of its character cell.
    static let narrowMarks = Set(".,;:!?'\"()[]-„“”‚‘’".unicodeScalars)

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
}
