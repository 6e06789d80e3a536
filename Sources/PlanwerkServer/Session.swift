import Foundation

/// A logged-in person: the cookie's token, the user's name and role, the CSRF token that mutating requests must
/// send, and when the session ends.
public struct Session: Sendable, Hashable {
    public var token: String
    public var user: String
    public var role: Role
    public var csrfToken: String
    public var expires: Date

    /// A random token: 32 bytes from the system's generator, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
