/// A person who may log in to the workspace: name, role and the bcrypt hash of the password.
public struct WorkspaceUser: Codable, Sendable, Hashable {
    public var name: String
    public var role: Role
    /// bcrypt ("$2b$…"); the password itself is never stored.
    public var passwordHash: String
    /// When the user was added (UTC, ISO 8601).
    public var created: String

    public init(name: String, role: Role, passwordHash: String, created: String) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.created = created
    }
}
