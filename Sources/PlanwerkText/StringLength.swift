extension StringProtocol {
    /// True when the text has at most `n` characters, exactly, but without grapheme breaking for texts
    /// whose characters are single scalars (ASCII, Latin-1, German punctuation): those are settled from
    /// their byte and scalar counts in one pass, which stops after n + 2 scalars.
    @inlinable
    public func isAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        // Without carriage returns and without scalars that can join the one before (all of them from
        // U+0300 up, lead byte 0xCC or higher, except the punctuation U+2000-U+20BF bar ZWNJ and ZWJ)
        // every scalar is a character, and counting scalars settles it; otherwise characters are counted.
        let (scalars, joinable) = withUTF8Bytes { u -> (Int, Bool) in
            var scalars = 0, joinable = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b & 0xC0 != 0x80 {
                    scalars += 1
                    if b == 0x0D {
                        joinable = true
                    } else if b >= 0xCC {
                        let punctuation = b == 0xE2 && i + 2 < u.count && u[i + 1] >= 0x80 && u[i + 1] <= 0x82
                            && !(u[i + 1] == 0x80 && (u[i + 2] == 0x8C || u[i + 2] == 0x8D))
                        if !punctuation { joinable = true }
                    }
                    if joinable { break }  // the characters are counted below
                    // Every scalar before the last one seen is a whole character: more than n of them settle it.
                    if scalars > n + 1 { break }
                }
                i += 1
            }
            return (scalars, joinable)
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
