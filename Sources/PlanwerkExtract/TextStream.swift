import PlanwerkModel
import PlanwerkText

/// The text of a run of blocks as one UTF-8 byte sequence (blocks separated by "\n"), with a map from byte
/// offsets back to blocks, and its words. Lets sentences broken over lines, slides or table cells be read whole.
struct TextStream {
    /// The UTF-8 bytes of the stream; offsets are byte offsets.
    let bytes: [UInt8]
    let blockStarts: [Int]
    let blocks: [Block]
    let words: [Word]
    /// The keys of all words, one after another.
    let keys: [Unicode.Scalar]

    init(blocks: [Block]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(blocks.indices.reduce(0) { $0 + blocks[$1].text.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        for i in blocks.indices {
            starts.append(bytes.count)
            bytes.append(contentsOf: blocks[i].text.utf8)
            bytes.append(10)
        }
        self.bytes = bytes
        self.blockStarts = starts
        self.blocks = blocks
        // All word keys in one buffer; each word's key is a slice of it (no allocation per word).
        // A key never has more scalars than its word has UTF-8 bytes (the only lower-case mapping longer
        // than one scalar, of "İ", has two scalars for two bytes).
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 5)
        var keys = [Unicode.Scalar](repeating: " ", count: bytes.count + 4)
        var keyCount = 0
        bytes.withUnsafeBufferPointer { b in
            keys.withUnsafeMutableBufferPointer { k in
                Self.asciiKeys.withUnsafeBufferPointer { asciiKeys in
                    var i = 0
                    var wordStart = -1, keyStart = 0
                    while i <= b.count {
                        // ASCII without decoding: letters and digits extend the word (lower-cased in the key).
                        if i < b.count, b[i] < 0x80 {
                            let key = asciiKeys[Int(b[i])]
                            if key != 0 {
                                if wordStart < 0 { wordStart = i; keyStart = keyCount }
                                k[keyCount] = Unicode.Scalar(key)
                                keyCount += 1
                            } else if wordStart >= 0 {
                                words.append(Word(start: wordStart, end: i, keyStart: keyStart, keyEnd: keyCount))
                                wordStart = -1
                            }
                            i += 1
                            continue
                        }
                        let (scalar, length) = i < b.count ? Self.decode(b, at: i) : ("\n", 1)
                        if Self.isWordScalar(scalar) {
                            if wordStart < 0 { wordStart = i; keyStart = keyCount }
                            // Not ASCII (ASCII bytes were handled above).
                            let v = scalar.value
                            if v >= 0xC0 && v <= 0xFF {
                                // Latin-1 letters (word scalars here exclude × and ÷): upper case is 0xC0-0xDE.
                                k[keyCount] = v <= 0xDE ? Unicode.Scalar(v + 0x20)! : scalar
                                keyCount += 1
                            } else {
                                var one: [Unicode.Scalar] = []
                                Fuzzy.appendKey(scalar, to: &one)
                                for s in one.prefix(k.count - keyCount) { k[keyCount] = s; keyCount += 1 }
                            }
                        } else if wordStart >= 0 {
                            words.append(Word(start: wordStart, end: i, keyStart: keyStart, keyEnd: keyCount))
                            wordStart = -1
                        }
                        i += length
                    }
                }
            }
        }
        self.words = words
        self.keys = keys
    }

    /// The key byte of each ASCII byte: letters lower-cased, digits as they are, 0 for the rest.
    static let asciiKeys: [UInt8] = (0..<128).map { (c: UInt8) -> UInt8 in
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) ? c : 0
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)) ?? "?", 2) }
        if b0 < 0xF0 {
            return (Unicode.Scalar((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)) ?? "?", 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        return (Unicode.Scalar(v) ?? "?", 4)
    }

    /// Letters, digits and combining marks belong to words.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v) }
        if (0xC0...0xFF).contains(v) { return v != 0xD7 && v != 0xF7 }
        // General punctuation, super- and subscripts and currency signs (dashes, quotes, bullets, €).
        if (0x2000...0x20CF).contains(v) { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// The text between two offsets.
    func text(_ from: Int, _ to: Int) -> String {
        let lo = max(0, from), hi = min(bytes.count, to)
        guard lo < hi else { return "" }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// How many German opening quotes („ « ‚) and closing quotes (“ ” » ‘) stand between two offsets,
    /// counted on the UTF-8 bytes (E2 80 9E/9A/9C/9D/98, C2 AB/BB).
    func quotes(from: Int, to: Int) -> (opens: Int, closes: Int) {
        var opens = 0, closes = 0
        var i = max(0, from)
        let end = min(bytes.count, to)
        while i < end {
            let b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9E, 0x9A: opens += 1
                case 0x9C, 0x9D, 0x98: closes += 1
                default: break
                }
                i += 3
            } else if b == 0xC2, i + 1 < end {
                if bytes[i + 1] == 0xAB { opens += 1 } else if bytes[i + 1] == 0xBB { closes += 1 }
                i += 2
            } else {
                i += 1
            }
        }
        return (opens, closes)
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

    /// True when word `i` is `label` within the label's tolerance.
    func word(_ i: Int, is label: KeyedLabel) -> Bool {
        let w = words[i]
        if abs(w.keyEnd - w.keyStart - label.key.count) > label.tolerance { return false }
        return keys.withUnsafeBufferPointer { k in
            label.matches(UnsafeBufferPointer(rebasing: k[w.keyStart..<w.keyEnd]))
        }
    }

    /// True when word `i` is `lowercased` exactly (a short function word such as "als" or "nicht").
    func word(_ i: Int, equals lowercased: String) -> Bool {
        let w = words[i]
        return keys[w.keyStart..<w.keyEnd].elementsEqual(lowercased.unicodeScalars)
    }
}
