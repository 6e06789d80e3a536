extension StringProtocol {
    /// True when the text has at most `n` characters; cheap for texts clearly shorter or longer
    /// (a character takes one to four UTF-8 bytes in the texts read here), exact near the limit.
    @inlinable
    public func isAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        if bytes > 4 * n + 16 { return false }
        // A character has at least one scalar: few enough scalars settle it without grapheme breaking.
        // Without carriage returns and without scalars that can join the one before (all of them from
        // U+0300 up, lead byte 0xCC or higher, except the punctuation U+2000-U+20BF bar ZWNJ and ZWJ)
        // every scalar is a character.
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
                }
                i += 1
            }
            return (scalars, joinable)
        }
        if scalars <= n { return true }
        if !joinable { return false }
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
