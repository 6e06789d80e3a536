/// A fixed set of labels with their keys computed once, for matching many texts against the same labels
/// ("Status", "Stand", "Umsetzungsstand") without keying or looking up the labels on every call. A class:
/// the sets live in static lets, and using one costs one reference count, not one per array.
public final class LabelSet: Sendable {
    /// The labels as given.
    public let labels: [String]
    @usableFromInline let keys: [[Unicode.Scalar]]
    @usableFromInline let tolerances: [Int]
    @usableFromInline let masks: [LetterMask]
    @usableFromInline let histograms: [KeyHistogram]
    /// No text whose UTF-8 is shorter can match any label.
    @usableFromInline let shortest: Int
    /// No text whose key is longer can match any label.
    @usableFromInline let longest: Int

    /// Keys the labels.
    public init(_ labels: [String]) {
        self.labels = labels
        keys = labels.map { Fuzzy.key($0) }
        tolerances = keys.map { Fuzzy.tolerance(forLength: $0.count) }
        masks = keys.map { LetterMask($0) }
        histograms = keys.map { KeyHistogram($0) }
        shortest = zip(keys, tolerances).map { $0.count - $1 }.min() ?? 0
        longest = zip(keys, tolerances).map { $0.count + $1 }.max() ?? -1
    }

    /// The index of the first label `text` as a whole is (within each label's tolerance), or nil.
    @inlinable
    public func firstMatch<S: StringProtocol>(_ text: S) -> Int? { match(text, closest: false) }

    /// The index of the label `text` as a whole is closest to (the first of equally close ones), or nil.
    @inlinable
    public func closestMatch<S: StringProtocol>(_ text: S) -> Int? { match(text, closest: true) }

    /// True when `text` as a whole is one of the labels.
    @inlinable
    public func matches<S: StringProtocol>(_ text: S) -> Bool { firstMatch(text) != nil }

    /// Lengths, then letters, then letter counts rule labels out before any distance is computed.
    @inlinable
    func match<S: StringProtocol>(_ text: S, closest: Bool) -> Int? {
        guard !keys.isEmpty, text.utf8.count >= shortest else { return nil }
        return Fuzzy.withKey(of: text, maxLength: longest) { k -> Int? in
            var letters: LetterMask?
            var histogram: KeyHistogram?
            var found: (index: Int, distance: Int)?
            for i in keys.indices {
                let limit = tolerances[i]
                guard abs(keys[i].count - k.count) <= limit else { continue }
                if letters == nil { letters = LetterMask(k) }
                guard letters!.mayBeWithin(limit, of: masks[i]) else { continue }
                if histogram == nil { histogram = KeyHistogram(k) }
                guard histogram!.mayBeWithin(limit, of: histograms[i]),
                      let d = keys[i].withUnsafeBufferPointer({ Fuzzy.distance(k, $0, limit: limit) }) else { continue }
                if !closest { return i }
                if found == nil || d < found!.distance { found = (i, d) }
            }
            return found?.index
        } ?? nil
    }
}
