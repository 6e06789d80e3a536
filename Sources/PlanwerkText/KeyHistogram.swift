/// How often each letter occurs in a key: a cheap lower bound of the edit distance between two keys, to
/// skip the distance computation for labels that cannot match. An insertion or deletion changes one count
/// by one, a substitution two counts by one each, so keys within `limit` edits differ in their counts by
/// at most `2 * limit` in sum.
public struct KeyHistogram: Sendable, Equatable {
    /// Counts per bucket (saturating): a-z, ä, ö, ü, ß, one for digits, one for everything else.
    @usableFromInline var counts: SIMD32<UInt8>

    /// The histogram of a key.
    @inlinable
    public init<C: Collection>(_ key: C) where C.Element == Unicode.Scalar {
        var c = SIMD32<UInt8>()
        for s in key {
            let i = Self.bucket(s)
            if c[i] < 255 { c[i] += 1 }
        }
        counts = c
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
        let bound = 2 * limit
        var sum = 0
        for i in 0..<32 {
            let a = Int(counts[i]), b = Int(other.counts[i])
            sum += a > b ? a - b : b - a
            if sum > bound { return false }
        }
        return true
    }
}
