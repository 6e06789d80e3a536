import PlanwerkText

/// Random key pairs for the edit-distance bounds: a random key and a copy with up to four random edits.
enum RandomKeyPairs {
    static let letters = Array("abcdeäöüßxyz019".unicodeScalars)

    static func make(_ count: Int) -> [([Unicode.Scalar], [Unicode.Scalar])] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let a = (0..<Int.random(in: 0...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            var b = a
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0...2, using: &generator) {
                case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &generator))
                case 1: b.insert(letters.randomElement(using: &generator)!, at: Int.random(in: 0...b.count, using: &generator))
                default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &generator)] = letters.randomElement(using: &generator)! }
                }
            }
            return (a, b)
        }
    }
}
