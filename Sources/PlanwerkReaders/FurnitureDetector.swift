import Foundation

import PlanwerkModel
import PlanwerkText

/// Flags blocks that are not protocol content: image descriptions ("(The image shows ...)", "[Grid ...]"),
/// scanner stamps ("Scanned with CamScanner"), bare page or slide numbers, and short lines that repeat on
/// many slides (headers and footers).
public enum FurnitureDetector {
    /// A short block repeated at least this often is a slide header or footer.
    public static let repeatThreshold = 3

    /// Marks furniture in place.
    public static func mark(_ blocks: inout [Block]) {
        // Short non-table blocks, lower-cased once: the candidates for repeated headers and footers.
        // Each distinct text gets a slot (one hash lookup per block); the slot counts its repeats.
        var slots: [String: Int] = [:]
        slots.reserveCapacity(blocks.count)
        var counts: [Int] = []
        // Blocks are read field by field in place: copying a block costs a reference count per field.
        var slotOfBlock = [Int](repeating: -1, count: blocks.count)
        for i in blocks.indices where !blocks[i].isTableRow && blocks[i].text.isAtMost(60) {
            let slot = Self.slot(&slots[blocks[i].text.fastLowercased, default: -1], next: counts.count)
            if slot == counts.count { counts.append(1) } else { counts[slot] += 1 }
            slotOfBlock[i] = slot
        }
        let edges = pageEdges(blocks)
        for i in blocks.indices {
            let text = blocks[i].text
            if isImageDescription(text) || isScannerStamp(text) || isPageNumber(blocks[i].kind, text) {
                blocks[i].isFurniture = true
            } else if slotOfBlock[i] >= 0, !blocks[i].isListItem,
                      edges.map({ $0.contains(i) && !continuesSentence(blocks, i) }) ?? true, counts[slotOfBlock[i]] >= repeatThreshold {
                blocks[i].isFurniture = true
            }
        }
    }

    /// A text's slot, given the dictionary entry (-1 when the text is new: it gets `next`); taking the
    /// entry in place looks the text up once.
    private static func slot(_ entry: inout Int, next: Int) -> Int {
        if entry < 0 { entry = next }
        return entry
    }

    /// For PDF pages, the indices of the first two and last two blocks of each page (where headers and
    /// footers sit); nil for text sources, where any repeated short line may be a slide header.
    static func pageEdges(_ blocks: [Block]) -> Set<Int>? {
        guard blocks.contains(where: { $0.provenance.page != nil }) else { return nil }
        var edges = Set<Int>()
        var start = 0
        while start < blocks.count {
            var end = start
            while end + 1 < blocks.count, blocks[end + 1].provenance.page == blocks[start].provenance.page { end += 1 }
            for i in [start, start + 1, end - 1, end] where i >= start && i <= end { edges.insert(i) }
            start = end + 1
        }
        return edges
    }

    /// On a PDF page, a line that ends a sentence (".") or follows a line that did not end one is part of
    /// the text, however often it repeats ("Die Handlungsempfehlung" / "„...“ aufgenommen.").
    static func continuesSentence(_ blocks: [Block], _ i: Int) -> Bool {
        if blocks[i].text.hasSuffix(".") { return true }
        guard i > 0, let last = blocks[i - 1].text.last else { return false }
        return !".!?:".contains(last)
    }

    /// "(The image shows ...)", "(Bild: ...)", "[Grid for ...]": a description of a picture, not text of the slide.
    public static func isImageDescription(_ text: String) -> Bool {
        guard let f = text.utf8.first, f == UInt8(ascii: "(") || f == UInt8(ascii: "[") || f == 32 else { return false }
        let t = text.trimmedSpaces
        if t.hasPrefix("["), t.hasSuffix("]"), !t.dropFirst().dropLast().contains("[") { return true }
        guard t.hasPrefix("("), t.hasSuffix(")") else { return false }
        let words = t.dropFirst().split(separator: " ").prefix(2).map { $0.lowercased() }
        let openers: Set<String> = ["the", "image", "bild", "abbildung", "foto", "grafik", "picture", "photo", "this", "a", "an"]
        return words.first.map { openers.contains($0.trimmingCharacters(in: .punctuationCharacters)) } ?? false
    }

    /// "Scanned with CamScanner", "Gescannt mit ...".
    public static func isScannerStamp(_ text: String) -> Bool {
        guard text.utf8.count <= 80, secondWordIsWithOrMit(text) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 5 else { return false }
        let second = words[1].lowercased()
        return (second == "with" && Fuzzy.matches(words[0], label: "Scanned"))
            || (second == "mit" && Fuzzy.matches(words[0], label: "Gescannt"))
    }

    /// A cheap test before splitting: the word after the first space is "with" or "mit" (any case).
    static func secondWordIsWithOrMit(_ text: String) -> Bool {
        text.withUTF8Bytes { u -> Bool in
            var seenSpace = false
            var word: UInt32 = 0, length = 0  // up to four ASCII-lower-cased bytes
            for b in u {
                if b == 32 {
                    if length > 0 { break }
                    seenSpace = true
                    continue
                }
                guard seenSpace else { continue }
                length += 1
                if length > 4 { return false }
                word = word << 8 | UInt32(b | 0x20)  // other bytes never match "with" or "mit" anyway
            }
            return word == 0x7769_7468 || word == 0x6D_6974  // "with", "mit"
        }
    }

    /// A block that is only a number of at most three digits.
    static func isPageNumber(_ kind: BlockKind, _ text: String) -> Bool {
        guard case .paragraph = kind else { return false }
        return !text.isEmpty && text.isAtMost(3) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
