/// How often each letter occurs in a key: a cheap lower bound of the edit distance between two keys, to
/// skip the distance computation for labels that cannot match. An insertion or deletion changes one count
/// by one, a substitution two counts by one each, so keys within `limit` edits differ in their counts by
/// at most `2 * limit` in sum.
public struct KeyHistogram: Sendable, Hashable {
    /// 32 one-byte counts (saturating at 255) packed into four words: a-z, ä, ö, ü, ß, digits, the rest.
    @usableFromInline var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    /// The histogram of a key.
    @inlinable
    public init<C: Collection>(_ key: C) where C.Element == Unicode.Scalar {
        for s in key { add(Self.bucket(s)) }
    }

    @inlinable
    mutating func add(_ bucket: Int) {
        let shift = UInt64((bucket & 7) * 8)
        switch bucket >> 3 {
        case 0: if (w0 >> shift) & 0xFF != 0xFF { w0 &+= 1 << shift }
        case 1: if (w1 >> shift) & 0xFF != 0xFF { w1 &+= 1 << shift }
        case 2: if (w2 >> shift) & 0xFF != 0xFF { w2 &+= 1 << shift }
        default: if (w3 >> shift) & 0xFF != 0xFF { w3 &+= 1 << shift }
        }
    }

    @inlinable
    static func bucket(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x61 && v <= 0x7A { return Int(v - 0x61) }
        if v >= 0x30 && v <= 0x39 { return 30 }
        switch v {
        case 0xE4: return 26
        case 0xF6: return 27
        case 0xFC: return 28
        case 0xDF: return 29
        default: return 31
        }
    }

    /// False when keys with these histograms cannot be within `limit` edits of each other.
    @inlinable
    public func mayBeWithin(_ limit: Int, of other: KeyHistogram) -> Bool {
        var remaining = 2 * limit
        return Self.subtract(w0, other.w0, from: &remaining) && Self.subtract(w1, other.w1, from: &remaining)
            && Self.subtract(w2, other.w2, from: &remaining) && Self.subtract(w3, other.w3, from: &remaining)
    }

    /// Subtracts the byte-wise differences of two packed count words; false once `remaining` is below zero.
    @inlinable
    static func subtract(_ a: UInt64, _ b: UInt64, from remaining: inout Int) -> Bool {
        if a == b { return true }
        var shift: UInt64 = 0
        while shift < 64 {
            let x = Int((a >> shift) & 0xFF), y = Int((b >> shift) & 0xFF)
            remaining -= x > y ? x - y : y - x
            if remaining < 0 { return false }
            shift += 8
        }
        return true
    }
}
