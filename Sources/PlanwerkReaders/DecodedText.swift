import Foundation
import PlanwerkText

/// Text decoded from a file's bytes, with the encoding it was found in.
public struct DecodedText: Sendable {
    /// The text, NFC-normalised, line ends as "\n".
    public var text: String
    /// "utf-8", "utf-16", or "windows-1252".
    public var encoding: String

    /// The largest text file read: 16 MiB (a protocol, even a saved web page, is far smaller).
    public static let maxBytes = 16 * 1_048_576

    /// Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252/Latin-1),
    /// refuses empty and binary input, and converts to UTF-8.
    public static func decode(_ data: Data) throws -> DecodedText {
        // The file's bytes are read where they are (no copy).
        let (decoded, encoding) = try data.withUnsafeBytes { raw -> (String, String) in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw ReaderError.empty }
            let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
            if !utf16, looksBinary(bytes) { throw ReaderError.binary }
            guard bytes.count <= maxBytes else { throw ReaderError.tooLarge }
            if utf16 {
                guard let t = String(data: data, encoding: .utf16) else { throw ReaderError.undecodable }
                return (t, "utf-16")
            }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
            if let t = String(validating: body, as: UTF8.self) { return (t, "utf-8") }
            return (windows1252(body), "windows-1252")
        }
        var text = decoded
        if text.containsUTF8(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Combining marks (U+0300...U+036F start with 0xCC/0xCD) mean decomposed umlauts: compose them.
        if text.containsAnyUTF8((0xCC, 0xCD, 0xCD)) { text = text.precomposedStringWithCanonicalMapping }
        if !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { throw ReaderError.empty }
        return DecodedText(text: text, encoding: encoding)
    }

    /// NUL bytes, or more than 2% control characters other than tab, line feed, carriage return, form feed.
    static func looksBinary(_ all: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = UnsafeBufferPointer(rebasing: all.prefix(65_536))
        var control = 0
        for b in sample where b < 0x20 {
            if b == 0 { return true }
            if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return control * 50 > sample.count
    }

    /// Windows-1252 (a superset of Latin-1's printable range) to String.
    static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }
}
