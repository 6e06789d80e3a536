import PlanwerkModel
import PlanwerkText

/// The text of a run of blocks as one string (blocks separated by "\n"), with a map from character
/// offsets back to blocks, and its words. Lets sentences broken over lines, slides or table cells be read whole.
struct TextStream {
    let chars: [Character]
    let blockStarts: [Int]
    let blocks: [Block]
    let words: [Word]

    init(blocks: [Block]) {
        var chars: [Character] = []
        var starts: [Int] = []
        for b in blocks {
            starts.append(chars.count)
            chars.append(contentsOf: b.text)
            chars.append("\n")
        }
        self.chars = chars
        self.blockStarts = starts
        self.blocks = blocks
        var words: [Word] = []
        var i = 0
        while i < chars.count {
            if chars[i].isLetter || chars[i].isNumber {
                let s = i
                while i < chars.count, chars[i].isLetter || chars[i].isNumber { i += 1 }
                let text = String(chars[s..<i])
                words.append(Word(text: text, start: s, end: i, key: Fuzzy.key(text)))
            } else {
                i += 1
            }
        }
        self.words = words
    }

    /// The text between two offsets.
    func text(_ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(chars[max(0, from)..<min(chars.count, to)])
    }

    /// The block an offset falls in.
    func block(at offset: Int) -> Block {
        var lo = 0, hi = blockStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if blockStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return blocks[lo]
    }

    /// True when word `i` is `label` within tolerance.
    func word(_ i: Int, is label: [Unicode.Scalar]) -> Bool {
        Fuzzy.distance(words[i].key, label, limit: Fuzzy.tolerance(forLength: label.count)) != nil
    }
}
