/// Title keys in insertion order, indexed so that finding the first one with the same title as a new key
/// does not compare it with every key so far: equal titles are found by hash, and the fuzzy comparison runs
/// only against keys with the same number tokens (titles whose numbers differ are never the same). Thousands
/// of numbered titles cost linear time; the answer is exactly that of a scan in order with `sameTitle`.
public struct TitleIndex: Sendable {
    /// The keys, by position.
    public private(set) var keys: [TitleKey] = []
    private var byNormalized: [String: [Int]] = [:]
    private var byKey: [[Unicode.Scalar]: [Int]] = [:]
    private var byNumbers: [[String]: [Int]] = [:]

    /// An empty index.
    public init() {}

    /// Adds a key at the next position; returns the position.
    @discardableResult
    public mutating func append(_ key: TitleKey) -> Int {
        let i = keys.count
        keys.append(key)
        byNormalized[key.normalized, default: []].append(i)
        byKey[key.key, default: []].append(i)
        byNumbers[key.numberTokens, default: []].append(i)
        return i
    }

    /// The first position whose key is the same title as `key` and that satisfies `also`.
    public func first(sameTitleAs key: TitleKey, where also: (Int) -> Bool = { _ in true }) -> Int? {
        var best: Int?
        func consider(_ positions: [Int]?, check: Bool) {
            for i in positions ?? [] {
                if let b = best, i >= b { break }  // positions are ascending
                if (!check || keys[i].sameTitle(as: key)) && also(i) { best = i; break }
            }
        }
        consider(byNormalized[key.normalized], check: false)
        consider(byKey[key.key], check: false)
        consider(byNumbers[key.numberTokens], check: true)
        return best
    }
}
