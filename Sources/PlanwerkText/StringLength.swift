extension StringProtocol {
    /// True when the text has at most `n` characters, exactly, but without grapheme breaking for texts
    /// whose characters are single scalars (ASCII, Latin-1, German punctuation): those are settled from
    /// their byte and scalar counts in one pass, which stops after n + 2 scalars.
    @inlinable
    public func isAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        // Without scalars that can join the one before (see UTF8Joining) every scalar is a character, and
        // counting scalars settles it; otherwise characters are counted.
        let (scalars, joinable) = withUTF8Bytes { u -> (Int, Bool) in
            var scalars = 0
            var i = 0
            while i < u.count {
                if u[i] & 0xC0 != 0x80 {
                    if UTF8Joining.mayJoin(u, at: i) { return (scalars + 1, true) }  // characters are counted below
                    scalars += 1
                    // Every scalar before the last one seen is a whole character: more than n of them settle it.
                    if scalars > n + 1 { break }
                }
                i += 1
            }
            return (scalars, false)
        }
        if !joinable { return scalars <= n }
        // Count characters, but no further than the limit.
        var i = startIndex, characters = 0
        while i < endIndex {
            characters += 1
            if characters > n { return false }
            i = index(after: i)
        }
        return true
    }
}
