/// Which letters occur in a key (the buckets of `KeyHistogram`, one bit each): the cheapest lower bound of
/// the edit distance. Every letter one key has and the other lacks needs an edit, and one edit (a
/// substitution) brings in at most one letter and takes away at most one.
public struct LetterMask: Sendable, Equatable {
    @usableFromInline var bits: UInt32 = 0

    /// No letters.
    @inlinable
    public init() {}

    /// The letters of a key.
    @inlinable
    public init<C: Collection>(_ key: C) where C.Element == Unicode.Scalar {
        for s in key { insert(s) }
    }

    /// Adds a key scalar's letter.
    @inlinable
    public mutating func insert(_ s: Unicode.Scalar) {
        bits |= 1 << UInt32(KeyHistogram.bucket(s))
    }

    /// False when keys with these letters cannot be within `limit` edits of each other.
    @inlinable
    public func mayBeWithin(_ limit: Int, of other: LetterMask) -> Bool {
        (bits & ~other.bits).nonzeroBitCount <= limit && (other.bits & ~bits).nonzeroBitCount <= limit
    }
}
