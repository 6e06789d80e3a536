extension StringProtocol {
    /// True when the text has at most `n` characters; cheap for texts clearly shorter or longer
    /// (a character takes one to four UTF-8 bytes in the texts read here), exact near the limit.
    @inlinable
    public func isAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        if bytes > 4 * n + 16 { return false }
        // A character has at least one scalar: few enough scalars settle it without grapheme breaking.
        var scalars = 0
        for b in utf8 where b & 0xC0 != 0x80 { scalars += 1 }
        if scalars <= n { return true }
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
