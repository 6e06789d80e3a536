/// Which scalars can join the character before them, decided on UTF-8 bytes: a carriage return (before a
/// line feed) and every scalar from U+0300 up (lead byte 0xCC or higher: combining marks, joiners,
/// variation selectors, emoji modifiers, Hangul and Indic syllable parts), except the punctuation
/// U+2000-U+20BF (dashes, quotes, bullets, currency signs) bar ZWNJ and ZWJ. A text without any is one
/// character per scalar, and character work can be done on scalars or bytes.
public enum UTF8Joining {
    /// True when the scalar whose lead byte is at `i` may join the character before it.
    @inlinable
    public static func mayJoin(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = u[i]
        if b == 0x0D { return true }
        if b < 0xCC { return false }
        let punctuation = b == 0xE2 && i + 2 < u.count && u[i + 1] >= 0x80 && u[i + 1] <= 0x82
            && !(u[i + 1] == 0x80 && (u[i + 2] == 0x8C || u[i + 2] == 0x8D))
        return !punctuation
    }

    /// True when every scalar of the bytes is a character of its own.
    @inlinable
    public static func scalarsAreCharacters(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<u.count where u[i] >= 0xCC || u[i] == 0x0D {
            if mayJoin(u, at: i) { return false }
        }
        return true
    }
}
