import Foundation
import Hummingbird

/// A refused request: HTTP status, a stable code for programs and a German message for people. The API answers
/// it as JSON (`{"error": {"code", "message"}}`), the pages as a German error page.
public struct APIError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// Seconds until a refused login may be tried again (429).
    public var retryAfter: Int?

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }

    public static let unauthenticated = APIError(.unauthorized, "nicht_angemeldet", "Bitte zuerst anmelden.")
    public static let csrf = APIError(.forbidden, "csrf", "Die Anfrage trägt kein gültiges CSRF-Token (Seite neu laden und noch einmal versuchen).")
    public static let origin = APIError(.forbidden, "herkunft", "Die Anfrage kommt nicht von dieser Anwendung (Origin stimmt nicht).")
    public static let notFound = APIError(.notFound, "nicht_gefunden", "Diese Adresse gibt es nicht.")
    public static let tooLarge = APIError(.contentTooLarge, "zu_gross", "Die Datei ist zu groß (höchstens 50 MB).")

    /// The role needed for an action the user lacks.
    public static func forbidden(needs role: Role) -> APIError {
        APIError(.forbidden, "keine_berechtigung", "Dafür fehlt die Berechtigung (nötig: Rolle „\(role.german)“).")
    }

    /// A request that cannot be carried out as given.
    public static func invalid(_ message: String) -> APIError { APIError(.badRequest, "ungueltig", message) }

    /// The same refusal for another Hummingbird error (unknown route, wrong method, body too large).
    static func from(_ error: any Error) -> APIError {
        if let api = error as? APIError { return api }
        guard let http = error as? any HTTPResponseError else {
            return APIError(.internalServerError, "interner_fehler", "Ein interner Fehler ist aufgetreten; er wurde protokolliert.")
        }
        switch http.status {
        case .notFound: return .notFound
        case .methodNotAllowed: return APIError(.methodNotAllowed, "methode", "Diese Methode ist hier nicht erlaubt.")
        case .contentTooLarge: return .tooLarge
        case .unauthorized: return .unauthenticated
        case .badRequest: return .invalid("Die Anfrage ist fehlerhaft.")
        default: return APIError(http.status, "http_\(http.status.code)", "Die Anfrage wurde abgelehnt (\(http.status.code)).")
        }
    }

    /// The JSON body.
    var json: Data {
        JSONBody.data(["error": ["code": code, "message": message]])
    }
}
