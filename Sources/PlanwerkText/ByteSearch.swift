import Foundation

extension StringProtocol {
    /// True when the text's UTF-8 contains `byte` (memchr on contiguous storage; the generic
    /// `utf8.contains` walks an iterator byte by byte).
    @inlinable
    public func containsUTF8(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// True when the text's UTF-8 contains any of `bytes` (one pass).
    @inlinable
    public func containsAnyUTF8(_ bytes: (UInt8, UInt8, UInt8)) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            // Three memchr passes beat one byte-by-byte pass.
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(bytes.0), buffer.count) != nil || memchr(base, Int32(bytes.1), buffer.count) != nil
                || memchr(base, Int32(bytes.2), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains { $0 == bytes.0 || $0 == bytes.1 || $0 == bytes.2 }
    }

    /// Runs `body` over the text's UTF-8 bytes without copying when they are contiguous (native strings
    /// always are), else over a copy: for tight per-byte loops.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// The UTF-8 offset of the first `byte` among the first `limit` bytes, or nil.
    @inlinable
    public func firstUTF8Offset(of byte: UInt8, within limit: Int) -> Int? {
        withUTF8Bytes { u -> Int? in
            guard let base = u.baseAddress, !u.isEmpty else { return nil }
            guard let found = memchr(base, Int32(byte), Swift.min(limit, u.count)) else { return nil }
            return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        }
    }

    /// True when `needle` occurs in the text, compared byte for byte (memchr and memcmp): for lower-cased text and
    /// phrases, without Foundation's Unicode-aware search.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in withUTF8Bytes { h in n.isEmpty || UTF8Search.firstOffset(of: n, in: h, from: 0) != nil } }
    }
}

extension String {
    /// The first `n` words between plain spaces (runs of spaces count as one, as in `split(separator:)`),
    /// and whether any text follows them. Found on the UTF-8 bytes; the words are slices of the text.
    public func leadingWords(_ n: Int) -> (words: [Substring], more: Bool) {
        var ranges: [Range<Int>] = []
        let more = withUTF8Bytes { UTF8Search.forEachLeadingWord(n, in: $0) { ranges.append($0) } }
        let u = utf8
        return (ranges.map { self[u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound)] }, more)
    }

    /// The pieces of the text between `separator` bytes (an ASCII byte, never part of a longer character),
    /// empty pieces kept: `"a\t\tb"` split at tab gives "a", "", "b". One memchr pass, one String per piece.
    public func splitUTF8(at separator: UInt8) -> [String] {
        var pieces: [String] = []
        forEachPiece(separatedBy: separator) { pieces.append($0) }
        return pieces
    }

    /// Calls `body` with each piece of the text between `separator` bytes in turn (as `splitUTF8(at:)`
    /// would list them), without collecting them: for the lines of a whole file.
    public func forEachPiece(separatedBy separator: UInt8, _ body: (String) -> Void) {
        withUTF8Bytes { u in
            guard let base = u.baseAddress else { return body("") }
            var start = 0
            while start <= u.count {
                let found = start < u.count ? memchr(base + start, Int32(separator), u.count - start) : nil
                let end = found.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? u.count
                body(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self))
                start = end + 1
            }
        }
    }

    /// The pieces of the text between occurrences of `separator` (compared byte for byte, like
    /// Foundation's `components(separatedBy:)` for the ASCII tags it is used with), empty pieces kept.
    public func splitUTF8(at separator: String) -> [String] {
        var separator = separator
        return separator.withUTF8 { n -> [String] in
            withUTF8Bytes { h -> [String] in
                guard let hb = h.baseAddress, !n.isEmpty else { return [String(decoding: h, as: UTF8.self)] }
                var pieces: [String] = []
                var start = 0
                while let found = UTF8Search.firstOffset(of: n, in: h, from: start) {
                    pieces.append(String(decoding: UnsafeBufferPointer(start: hb + start, count: found - start), as: UTF8.self))
                    start = found + n.count
                }
                pieces.append(String(decoding: UnsafeBufferPointer(start: hb + start, count: h.count - start), as: UTF8.self))
                return pieces
            }
        }
    }

    /// The first colon among the first `limit` characters ("Handlungsempfehlung: …"), searched in the
    /// UTF-8 bytes; characters are counted only when the colon lies beyond `limit` bytes.
    public func firstColon(withinCharacters limit: Int) -> String.Index? {
        guard let offset = firstUTF8Offset(of: UInt8(ascii: ":"), within: 4 * limit) else { return nil }
        let colon = utf8.index(startIndex, offsetBy: offset)
        return offset < limit || distance(from: startIndex, to: colon) < limit ? colon : nil
    }
}

/// Substring search on UTF-8 bytes: memchr for the first byte, memcmp for the rest.
public enum UTF8Search {
    /// Calls `body` with the byte range of each of the first `n` words between plain spaces (runs of
    /// spaces count as one); true when text follows them.
    @inlinable
    @discardableResult
    public static func forEachLeadingWord(_ n: Int, in u: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        var i = 0, words = 0
        while i < u.count {
            while i < u.count, u[i] == 32 { i += 1 }
            guard i < u.count else { break }
            if words == n { return true }
            let start = i
            while i < u.count, u[i] != 32 { i += 1 }
            body(start..<i)
            words += 1
        }
        return false
    }

    /// True when some occurrence of `byte` in `haystack` at or after `start` satisfies `test` (given its
    /// offset); the occurrences are found with memchr.
    @inlinable
    public static func contains(_ byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                                where test: (Int) -> Bool) -> Bool {
        guard let base = haystack.baseAddress else { return false }
        var from = start
        while from < haystack.count, let found = memchr(base + from, Int32(byte), haystack.count - from) {
            let offset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if test(offset) { return true }
            from = offset + 1
        }
        return false
    }

    /// The offset of the first occurrence of `needle` (not empty) in `haystack` at or after `start`.
    @inlinable
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                   from start: Int) -> Int? {
        guard let hb = haystack.baseAddress, let nb = needle.baseAddress, !needle.isEmpty else { return nil }
        var start = start
        let last = haystack.count - needle.count
        while start <= last, let found = memchr(hb + start, Int32(needle[0]), last - start + 1) {
            let offset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - hb
            if memcmp(hb + offset, nb, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
