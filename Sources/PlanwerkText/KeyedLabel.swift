/// A label keyed once, with its tolerance and the bounds that let most words be passed over without
/// computing an edit distance (for labels looked for word by word, such as "eingeschätzt").
public struct KeyedLabel: Sendable {
    /// The label's key (lower-cased letters and digits).
    public let key: [Unicode.Scalar]
    /// How many edits a word may be away from the key and still be the label.
    public let tolerance: Int
    /// The key's letter counts.
    public let histogram: KeyHistogram
    /// The key's letters.
    public let letters: LetterMask

    /// Keys `label`; the tolerance is the usual one for its length unless given.
    public init(_ label: String, tolerance: Int? = nil) {
        key = Fuzzy.key(label)
        self.tolerance = tolerance ?? Fuzzy.tolerance(forLength: key.count)
        histogram = KeyHistogram(key)
        letters = LetterMask(key)
    }

    /// True when `word` (a key) is within the tolerance of the label: lengths, then letters, then letter
    /// counts, and only then the distance.
    @inlinable
    public func matches(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if abs(word.count - key.count) > tolerance { return false }
        if tolerance == 0 { return word.elementsEqual(key) }
        guard LetterMask(word).mayBeWithin(tolerance, of: letters), KeyHistogram(word).mayBeWithin(tolerance, of: histogram)
        else { return false }
        return key.withUnsafeBufferPointer { Fuzzy.distance(word, $0, limit: tolerance) != nil }
    }
}
