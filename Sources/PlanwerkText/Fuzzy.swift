// PlanwerkText: small text utilities shared by readers, extractors and validators:
// tolerant label matching, title keys, German dates, times and amounts. No I/O.

import Foundation

/// Tolerant comparison of labels and keywords, for OCR slips ("Mittelleinsatz", "Planungsossier").
/// Works on a key of lower-cased letters and digits; the tolerance grows with the label's length.
public enum Fuzzy {
    /// The comparison key of a text: lower-cased letters and digits as scalars, everything else dropped.
    @inlinable
    public static func key<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { appendKey(s, to: &out) }
        return out
    }

    /// The key of a label, computed once per label text (labels are a few dozen fixed strings).
    public static func labelKey(_ label: String) -> [Unicode.Scalar] {
        labelKeys.lock.lock()
        defer { labelKeys.lock.unlock() }
        if let k = labelKeys.keys[label] { return k }
        let k = key(label)
        labelKeys.keys[label] = k
        return k
    }

    private final class LabelKeys: @unchecked Sendable {
        let lock = NSLock()
        var keys: [String: [Unicode.Scalar]] = [:]
    }

    private static let labelKeys = LabelKeys()

    /// True when the key of `text` is within `limit` edits of `key`. The text's key is built in a
    /// temporary buffer (no allocation), and texts far longer or shorter than the key are not keyed.
    @inlinable
    public static func matches<S: StringProtocol>(_ text: S, key: [Unicode.Scalar], limit: Int) -> Bool {
        if text.utf8.count + limit < key.count { return false }
        return withKey(of: text, maxLength: key.count + limit) { k in
            key.withUnsafeBufferPointer { distance(k, $0, limit: limit) != nil }
        } ?? false
    }

    /// Runs `body` with the key of `text` in a temporary buffer; nil (without running it) when the key
    /// would be longer than `maxLength`, which ends the keying early.
    @inlinable
    public static func withKey<S: StringProtocol, R>(of text: S, maxLength: Int,
                                                     _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> R) -> R? {
        // Keying stops once the key is longer than maxLength, after at most three more scalars (the longest
        // lower-case mapping): a buffer of that size stays on the stack for long texts too.
        let bound = text.utf8.count * 2
        let capacity = max(1, maxLength < bound - 4 ? maxLength + 4 : bound)
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: capacity) { buffer -> R? in
            var n = 0
            // On the UTF-8 bytes: ASCII and Latin-1 (lead byte C3) without decoding to scalars first.
            let complete = text.withUTF8Bytes { u -> Bool in
                var i = 0
                while i < u.count {
                    let b = u[i]
                    if b < 0x80 {
                        if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { buffer[n] = Unicode.Scalar(b); n += 1 }
                        else if (0x41...0x5A).contains(b) { buffer[n] = Unicode.Scalar(b + 0x20); n += 1 }
                        i += 1
                    } else if b == 0xC3, i + 1 < u.count {
                        let v = 0xC0 + UInt32(u[i + 1] & 0x3F)  // U+00C0-U+00FF
                        if (0xC0...0xDE).contains(v), v != 0xD7 { buffer[n] = Unicode.Scalar(v + 0x20)!; n += 1 }
                        else if (0xDF...0xFF).contains(v), v != 0xF7 { buffer[n] = Unicode.Scalar(v)!; n += 1 }
                        i += 2
                    } else {
                        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                        guard i + length <= u.count else { break }
                        var v = length == 1 ? UInt32(b) : UInt32(b) & (0x7F >> length)
                        for k in 1..<max(1, length) { v = v << 6 | UInt32(u[i + k] & 0x3F) }
                        if let s = Unicode.Scalar(v), s.properties.isAlphabetic {
                            for l in s.properties.lowercaseMapping.unicodeScalars where n < buffer.count { buffer[n] = l; n += 1 }
                        }
                        i += length
                    }
                    if n > maxLength { return false }
                }
                return true
            }
            guard complete else { return nil }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Appends the key scalar(s) of one scalar: ASCII and Latin-1 letters fast, the rest via Unicode properties.
    @inlinable
    public static func appendKey(_ s: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = s.value
        if v < 0x80 {
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { out.append(s) }
            else if (0x41...0x5A).contains(v) { out.append(Unicode.Scalar(v + 0x20)!) }
            return
        }
        if (0xC0...0xDE).contains(v), v != 0xD7 { out.append(Unicode.Scalar(v + 0x20)!); return }
        if (0xDF...0xFF).contains(v), v != 0xF7 { out.append(s); return }
        guard s.properties.isAlphabetic else { return }
        for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l) }
    }

    /// The edit distance allowed for a label whose key has `length` scalars.
    @inlinable
    public static func tolerance(forLength length: Int) -> Int {
        if length < 5 { return 0 }
        if length < 12 { return 1 }
        return length / 6
    }

    /// Levenshtein distance of two keys, or nil when it exceeds `limit` (banded, O(limit * n)).
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    /// The distance of a key slice (a word's key inside a stream's key buffer) to a key.
    public static func distance(_ a: ArraySlice<Unicode.Scalar>, _ b: [Unicode.Scalar], limit: Int) -> Int? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    @inlinable
    public static func distance(_ a: UnsafeBufferPointer<Unicode.Scalar>, _ b: UnsafeBufferPointer<Unicode.Scalar>, limit: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 { return m <= limit ? m : nil }
        if m == 0 { return n <= limit ? n : nil }
        let big = limit + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { buffer -> Int? in
            buffer.initialize(repeating: big)
            var prev = UnsafeMutableBufferPointer(rebasing: buffer[0...m])
            var cur = UnsafeMutableBufferPointer(rebasing: buffer[(m + 1)...])
            for j in 0...m { prev[j] = j <= limit ? j : big }
            for i in 1...n {
                let lo = max(1, i - limit), hi = min(m, i + limit)
                cur[0] = i <= limit ? i : big
                if lo > 1 { cur[lo - 1] = big }
                var rowMin = cur[0]
                if lo <= hi {
                    let ai = a[i - 1]
                    // Every cell stays at most `big`, so the sums cannot overflow.
                    for j in lo...hi {
                        let cost = ai == b[j - 1] ? 0 : 1
                        var v = prev[j - 1] &+ cost
                        if prev[j] &+ 1 < v { v = prev[j] &+ 1 }
                        if cur[j - 1] &+ 1 < v { v = cur[j - 1] &+ 1 }
                        if v > big { v = big }
                        cur[j] = v
                        if v < rowMin { rowMin = v }
                    }
                }
                if hi < m { cur[hi + 1] = big }
                if rowMin > limit { return nil }
                swap(&prev, &cur)
            }
            return prev[m] <= limit ? prev[m] : nil
        }
    }

    /// True when `text` as a whole is `label` within the tolerance.
    @inlinable
    public static func matches<S: StringProtocol>(_ text: S, label: String) -> Bool {
        let l = labelKey(label)
        return matches(text, key: l, limit: tolerance(forLength: l.count))
    }

    /// True when `text` as a whole is one of `labels` within tolerance (for labels that change; a fixed
    /// set is matched faster as a `LabelSet`).
    public static func matchesAny<S: StringProtocol>(_ text: S, labels: [String]) -> Bool {
        labels.contains { matches(text, label: $0) }
    }

    /// Similarity of two keys in 0...1 (1 - distance / longer length).
    public static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        similarity(a, b, atLeast: 0) ?? 0
    }

    /// The similarity of two keys when it is at least `minimum`, else nil; computes only the band of the
    /// edit distance that can reach it (a minimum of 0.7 allows 30 % edits).
    public static func similarity(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atLeast minimum: Double) -> Double? {
        let longer = max(a.count, b.count)
        if longer == 0 { return 1 }
        let limit = min(longer, Int(((1 - minimum) * Double(longer)).rounded(.up)))
        guard let d = distance(a, b, limit: limit) else { return nil }
        let s = 1 - Double(d) / Double(longer)
        return s >= minimum ? s : nil
    }

    /// If `text` starts with `label` (tolerantly), the number of characters of `text` the label covers.
    /// Only letters and digits count; the match ends after the label's last letter or digit,
    /// and a closing bracket or colon right behind it is included.
    public static func prefixLength(of label: String, in text: String) -> Int? {
        let l = labelKey(label)
        if l.isEmpty { return nil }
        let limit = tolerance(forLength: l.count)
        // Key scalars of the text with the character offset each one ends at.
        var k: [Unicode.Scalar] = []
        var ends: [Int] = []
        var offset = 0
        for ch in text {
            offset += 1
            for s in ch.unicodeScalars {
                let before = k.count
                appendKey(s, to: &k)
                for _ in before..<k.count { ends.append(offset) }
            }
            if k.count > l.count + limit { break }
        }
        if k.count < l.count - limit { return nil }
        var best: (Int, Int)?  // (distance, key length)
        for len in max(1, l.count - limit)...min(k.count, l.count + limit) {
            if let d = distance(Array(k[0..<len]), l, limit: limit) {
                if best == nil || d < best!.0 || (d == best!.0 && len > best!.1) { best = (d, len) }
            }
        }
        guard let (_, len) = best else { return nil }
        var end = ends[len - 1]
        // The label must end at a word boundary of the text.
        let chars = Array(text)
        if end < chars.count, chars[end].isLetter || chars[end].isNumber {
            if len < k.count, ends[len] == end { return nil }
            if chars[end].isLetter { return nil }
        }
        while end < chars.count, chars[end] == ")" || chars[end] == ":" { end += 1 }
        return end
    }
}
