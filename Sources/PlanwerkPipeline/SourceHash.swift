// PlanwerkPipeline: the only module that knows the order of the stages: files -> readers -> extract ->
// merge -> validate -> files. It owns file I/O (atomic writes) and the German summaries.
import Crypto
import Foundation

/// The hash that names a source's content in records and the archive: SHA-256 as lower-case hex,
/// computed by swift-crypto (BoringSSL, with the processor's SHA instructions where it has them).
public enum SourceHash {
    /// The SHA-256 digest of `data` as 64 lower-case hex characters.
    public static func hex(_ data: Data) -> String {
        hex(digest: Crypto.SHA256.hash(data: data))
    }

    /// The SHA-256 digest of `bytes` as 64 lower-case hex characters.
    public static func hex(_ bytes: [UInt8]) -> String {
        hex(digest: Crypto.SHA256.hash(data: bytes))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(digest: SHA256Digest) -> String {
        String(unsafeUninitializedCapacity: 64) { out in
            var i = 0
            for byte in digest {
                out[i] = digits[Int(byte >> 4)]
                out[i + 1] = digits[Int(byte & 0x0F)]
                i += 2
            }
            return 64
        }
    }
}
