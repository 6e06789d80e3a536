import Foundation
import Hummingbird
import NIOCore

/// The request context of the workspace: the logged-in session (set by `SecurityMiddleware`) and the client's
/// address for the audit log.
public struct WorkspaceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The session of the request's cookie, if it is live.
    public var session: Session?
    /// The client's IP address ("-" when unknown, as in in-process tests).
    public let address: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "-"
    }

    /// The session, or 401.
    public func user() throws -> Session {
        guard let session else { throw APIError.unauthenticated }
        return session
    }

    /// The session if its role is at least `role`, else 401 or 403.
    public func user(_ role: Role) throws -> Session {
        let session = try user()
        guard session.role >= role else { throw APIError.forbidden(needs: role) }
        return session
    }
}
