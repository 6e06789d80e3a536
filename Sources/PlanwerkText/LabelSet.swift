/// A fixed set of labels with their keys computed once, for matching many texts against the same labels
/// ("Status", "Stand", "Umsetzungsstand") without keying or looking up the labels on every call.
public struct LabelSet: Sendable {
    /// The labels as given.
    public let labels: [String]
    @usableFromInline let keys: [[Unicode.Scalar]]
    @usableFromInline let histograms: [KeyHistogram]
    /// No text whose UTF-8 is shorter can match any label.
    @usableFromInline let shortest: Int
    /// No text whose key is longer can match any label.
    @usableFromInline let longest: Int

    /// Keys the labels.
    public init(_ labels: [String]) {
        self.labels = labels
        keys = labels.map { Fuzzy.key($0) }
        histograms = keys.map { KeyHistogram($0) }
        shortest = keys.map { $0.count - Fuzzy.tolerance(forLength: $0.count) }.min() ?? 0
        longest = keys.map { $0.count + Fuzzy.tolerance(forLength: $0.count) }.max() ?? -1
    }

    /// The index of the first label `text` as a whole is (within each label's tolerance), or nil.
    @inlinable
    public func firstMatch<S: StringProtocol>(_ text: S) -> Int? {
        guard !keys.isEmpty, text.utf8.count >= shortest else { return nil }
        return Fuzzy.withKey(of: text, maxLength: longest) { k -> Int? in
            let histogram = KeyHistogram(k)
            for (i, key) in keys.enumerated() {
                let limit = Fuzzy.tolerance(forLength: key.count)
                guard abs(key.count - k.count) <= limit, histogram.mayBeWithin(limit, of: histograms[i]) else { continue }
                if key.withUnsafeBufferPointer({ Fuzzy.distance(k, $0, limit: limit) }) != nil { return i }
            }
            return nil
        } ?? nil
    }

    /// True when `text` as a whole is one of the labels.
    @inlinable
    public func matches<S: StringProtocol>(_ text: S) -> Bool { firstMatch(text) != nil }
}
