import Foundation

extension StringProtocol {
    /// True when the text's UTF-8 contains `byte` (memchr on contiguous storage; the generic
    /// `utf8.contains` walks an iterator byte by byte).
    @inlinable
    public func containsUTF8(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// True when the text's UTF-8 contains any of `bytes` (one pass).
    @inlinable
    public func containsAnyUTF8(_ bytes: (UInt8, UInt8, UInt8)) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            for b in buffer where b == bytes.0 || b == bytes.1 || b == bytes.2 { return true }
            return false
        }) {
            return found
        }
        return utf8.contains { $0 == bytes.0 || $0 == bytes.1 || $0 == bytes.2 }
    }

    /// Runs `body` over the text's UTF-8 bytes without copying when they are contiguous (native strings
    /// always are), else over a copy: for tight per-byte loops.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
