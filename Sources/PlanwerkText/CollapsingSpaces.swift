extension StringProtocol {
    /// The text with runs of spaces, tabs and paragraph separators (U+2029), and with `lineBreaks` also
    /// line feeds, as one space, and none at either end. Works on the UTF-8 bytes.
    public func collapsingSpaces(lineBreaks: Bool) -> String {
        withUTF8Bytes { u -> String in
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var pendingSpace = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b == 32 || b == 9 || (b == 10 && lineBreaks) {
                    pendingSpace = !out.isEmpty
                    i += 1
                } else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA9 {
                    pendingSpace = !out.isEmpty
                    i += 3
                } else {
                    if pendingSpace { out.append(32); pendingSpace = false }
                    out.append(b)
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
