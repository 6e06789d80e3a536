import Foundation
import HTTPTypes
import Hummingbird

/// Every request passes here: the session is looked up from the cookie, mutating requests are checked for their
/// origin and (in the API) their CSRF token, errors become German answers (JSON in the API, a page elsewhere),
/// and every answer carries the security headers.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext
    let sessions: SessionStore

    static let cookieName = "planwerk_sitzung"
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = Self.cookie(Self.cookieName, in: request) { context.session = await sessions.session(token) }
        let path = request.uri.path
        let api = path.hasPrefix("/api/")
        var response: Response
        do {
            try check(request, context: context, api: api)
            response = try await next(request, context)
        } catch {
            let refusal = APIError.from(error)
            if refusal.status == .internalServerError { context.logger.error("\(request.method) \(path): \(error)") }
            if api || path.hasPrefix("/oparl/") {
                response = Response(status: refusal.status, headers: [.contentType: "application/json; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(bytes: refusal.json)))
            } else if refusal.status == .unauthorized {
                response = Response(status: .seeOther, headers: [.location: "/anmelden?weiter=" + Self.percentEncoded(request.uri.description)])
            } else {
                response = HTMLPage.response(HTMLPage.error(refusal, session: context.session), status: refusal.status)
            }
            if refusal.status == .tooManyRequests, let wait = refusal.retryAfter { response.headers[.retryAfter] = String(wait) }
        }
        addHeaders(to: &response, api: api, path: path)
        return response
    }

    /// Origin of mutating requests; the CSRF header in the API (login excepted: it has no session yet).
    func check(_ request: Request, context: WorkspaceContext, api: Bool) throws {
        guard ![.get, .head, .options].contains(request.method) else { return }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else { throw APIError.origin }
        }
        guard api, let session = context.session, request.uri.path != "/api/v1/session" || request.method == .delete else { return }
        guard let token = request.headers[HTTPField.Name("X-CSRF-Token")!], Self.constantTimeEqual(token, session.csrfToken) else {
            throw APIError.csrf
        }
    }

    func addHeaders(to response: inout Response, api: Bool, path: String) {
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        if !path.hasPrefix("/static/") || api { response.headers[.cacheControl] = "no-store" }
    }

    /// A cookie's value from the request's Cookie headers.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == name { return String(parts[1]) }
            }
        }
        return nil
    }

    /// The Set-Cookie value of a session (Secure when the request came through TLS).
    static func sessionCookie(_ token: String, secure: Bool, maxAge: Int? = nil) -> String {
        var cookie = "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { cookie += "; Max-Age=\(maxAge)" }
        if secure { cookie += "; Secure" }
        return cookie
    }

    /// True when the request reached us through TLS (a reverse proxy says so in X-Forwarded-Proto).
    static func isSecure(_ request: Request) -> Bool {
        request.head.scheme == "https" || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? "/"
    }
}
