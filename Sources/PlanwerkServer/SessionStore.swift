import Foundation

/// The open sessions, in memory (a restart logs everyone out). A session ends after `idle` without a request.
public actor SessionStore {
    var sessions: [String: Session] = [:]
    let idle: TimeInterval

    public init(idle: TimeInterval = 8 * 3600) { self.idle = idle }

    /// A new session for `user`.
    public func open(user: String, role: Role, now: Date = Date()) -> Session {
        sessions = sessions.filter { $0.value.expires > now }
        let session = Session(token: Session.randomToken(), user: user, role: role, csrfToken: Session.randomToken(), expires: now + idle)
        sessions[session.token] = session
        return session
    }

    /// The live session of `token` (its end moved on), or nil.
    public func session(_ token: String, now: Date = Date()) -> Session? {
        guard var session = sessions[token] else { return nil }
        guard session.expires > now else {
            sessions[token] = nil
            return nil
        }
        session.expires = now + idle
        sessions[token] = session
        return session
    }

    /// Ends a session.
    public func close(_ token: String) { sessions[token] = nil }

    /// Ends every session of a user (removed or changed).
    public func close(user: String) { sessions = sessions.filter { $0.value.user != user } }
}
