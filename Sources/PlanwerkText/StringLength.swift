extension StringProtocol {
    /// True when the text has at most `n` characters; cheap for texts clearly shorter or longer
    /// (a character takes one to four UTF-8 bytes in the texts read here), exact near the limit.
    @inlinable
    public func isAtMost(_ n: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= n { return true }
        if bytes > 4 * n + 16 { return false }
        return count <= n
    }
}
