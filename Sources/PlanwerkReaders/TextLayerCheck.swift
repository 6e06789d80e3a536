import PlanwerkModel

/// Decides whether a PDF page's text layer is usable or the page must be read with OCR: no text at all,
/// only furniture (page numbers, lines repeated on many pages), or a garbage layer (replacement
/// characters, no German words in a page of text).
public enum TextLayerCheck {
    /// Common German words; a page of text without any of them is not German text.
    static let germanWords: Set<String> = ["der", "die", "das", "und", "in", "zu", "den", "von", "mit", "für", "ist",
                                           "nicht", "auf", "des", "im", "dem", "ein", "eine", "sich", "wird", "werden",
                                           "als", "auch", "es", "an", "zur", "zum", "bei", "oder", "sind", "wie", "aus",
                                           "am", "nach", "über", "einer", "dass", "vom", "sowie", "durch", "kann"]

    /// Lines (lower-cased) that occur on at least three pages: headers and footers.
    public static func repeatedLines(_ texts: PageTexts) -> Set<String> {
        var counts: [String: Int] = [:]
        for lines in texts.lines {
            for line in Set(lines.map { $0.fastLowercased }) where !line.isEmpty { counts[line, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= FurnitureDetector.repeatThreshold }.keys)
    }

    /// Why the page needs OCR (German, for the log), or nil when its text layer is usable.
    public static func ocrReason(_ page: LaidOutPage, repeatedLines: Set<String>) -> String? {
        ocrReason(page, lines: PageLayout.textLines(page), repeatedLines: repeatedLines)
    }

    /// Why the page needs OCR, from the page and its text lines.
    public static func ocrReason(_ page: LaidOutPage, lines: [String], repeatedLines: Set<String>) -> String? {
        if page.words.isEmpty { return "keine Textebene" }
        var scalars = 0, bad = 0
        for w in page.words {
            for s in w.text.unicodeScalars {
                scalars += 1
                if s == "\u{FFFD}" || s.properties.generalCategory == .privateUse || s.properties.generalCategory == .control { bad += 1 }
            }
        }
        if bad * 10 > scalars { return "Textebene unlesbar (Ersatzzeichen)" }
        let body = lines.filter { line in
            !line.isEmpty && !repeatedLines.contains(line.fastLowercased) && !line.allSatisfy { $0.isNumber || $0 == " " }
        }
        let words = body.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }) }
            .filter { $0.contains(where: \.isLetter) }
        if words.isEmpty { return "nur Seitenzahlen oder Kopf- und Fußzeilen als Text" }
        if words.count >= 8, !words.contains(where: { germanWords.contains($0.lowercased()) }) {
            return "Textebene ohne deutsche Wörter (vermutlich fehlerhaft)"
        }
        return nil
    }
}
