extension StringProtocol {
    /// The text lower-cased, like `lowercased()`, but on the UTF-8 bytes for the characters German
    /// protocols consist of (ASCII, Latin-1 letters such as Ä Ö Ü, and the general punctuation block
    /// with „ “ – €, which has no case); anything else goes through the Unicode mapping.
    @inlinable
    public var fastLowercased: String {
        let bytes = withUTF8Bytes { u -> [UInt8]? in
            var out = [UInt8](repeating: 0, count: u.count)
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 {
                    out[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    i += 1
                } else if b == 0xC2, i + 1 < u.count {
                    out[i] = b; out[i + 1] = u[i + 1]  // U+0080-U+00BF: no upper-case letters
                    i += 2
                } else if b == 0xC3, i + 1 < u.count {
                    let c = u[i + 1]
                    out[i] = b
                    out[i + 1] = c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c  // À-Þ except ×
                    i += 2
                } else if b == 0xE2, i + 2 < u.count, u[i + 1] >= 0x80 && u[i + 1] <= 0x82 {
                    out[i] = b; out[i + 1] = u[i + 1]; out[i + 2] = u[i + 2]  // U+2000-U+20BF
                    i += 3
                } else {
                    return nil
                }
            }
            return out
        }
        guard let bytes else { return lowercased() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
