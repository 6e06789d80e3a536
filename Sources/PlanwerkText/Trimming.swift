extension Substring {
    /// The text without leading and trailing spaces and tabs (Unicode space separators included), like
    /// Foundation's `trimmingCharacters(in: .whitespaces)` but without bridging through NSString.
    public var trimmedSpaces: String {
        var first = startIndex, last = endIndex
        let scalars = unicodeScalars
        while first < last, Self.isSpace(scalars[first]) { first = scalars.index(after: first) }
        while first < last {
            let before = scalars.index(before: last)
            guard Self.isSpace(scalars[before]) else { break }
            last = before
        }
        return String(self[first..<last])
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return s.properties.generalCategory == .spaceSeparator
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (see `Substring.trimmedSpaces`).
    public var trimmedSpaces: String {
        // Nothing to trim when both ends are ASCII other than space and tab: the text itself, not a copy.
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return self }
        return self[...].trimmedSpaces
    }
}
