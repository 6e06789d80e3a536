import Foundation
import Hummingbird
import PlanwerkPipeline
import PlanwerkReview

/// The JSON API under /api/v1 (schemas/planwerk-api.yaml). Each handler checks the role, calls the workspace and
/// answers; mutations are logged.
struct APIRoutes: Sendable {
    let workspace: Workspace
    let sessions: SessionStore
    let throttle: LoginThrottle
    let jobs: JobQueue

    struct Login: Decodable { var name: String; var password: String }
    struct CorrectionRequest: Decodable { var key: String; var action: String?; var value: FactValue?; var reason: String }
    struct ConfirmationRequest: Decodable { var keys: [String] }
    struct PaperRequest: Decodable { var meeting: String; var recommendation: String?; var kind: String?; var formats: [String]? }

    func add(to router: Router<WorkspaceContext>) {
        let api = router.group("api/v1")
        api.post("session") { request, context in try await login(request, context) }
        api.delete("session") { request, context -> Response in
            let session = try context.user()
            await sessions.close(session.token)
            try workspace.log("abmelden", subject: session.user, user: session.user, address: context.address)
            return Response(status: .noContent, headers: [.setCookie: SecurityMiddleware.sessionCookie("", secure: SecurityMiddleware.isSecure(request), maxAge: 0)])
        }
        api.get("meetings") { _, context -> Response in
            _ = try context.user(.read)
            return JSONBody.response(["meetings": try workspace.meetings().map(Presenter.meetingSummary)])
        }
        api.get("meetings/{id}") { _, context -> Response in
            _ = try context.user(.read)
            return JSONBody.response(Presenter.meeting(try workspace.meeting(try context.parameters.require("id"))))
        }
        api.get("meetings/{id}/facts") { _, context -> Response in
            _ = try context.user(.read)
            let m = try workspace.meeting(try context.parameters.require("id"))
            return JSONBody.response(["meeting": m.reviewed.id, "facts": m.facts.map { Presenter.fact($0, sources: m.reviewed.sources) }])
        }
        api.post("meetings/{id}/corrections") { request, context -> Response in
            let session = try context.user(.edit)
            let id = try context.parameters.require("id")
            let body = try await Self.decode(CorrectionRequest.self, request, context)
            guard let action = Correction.Action(rawValue: body.action ?? "setzen"), action != .confirm else {
                throw APIError.invalid("„action“ muss setzen, leeren, hinzufuegen, entfernen oder zuruecknehmen sein.")
            }
            let entry = try workspace.correct(id, key: body.key, action: action, value: body.value ?? .null, reason: body.reason, user: session.user)
            try workspace.log("berichtigen", subject: "\(id) \(body.key)", detail: "\(action.rawValue): \(entry.base) -> \(entry.value)", user: session.user,
                              address: context.address)
            jobs.submit(user: session.user)
            return JSONBody.response(["correction": Presenter.correction(entry)], status: .created)
        }
        api.post("meetings/{id}/confirmations") { request, context -> Response in
            let session = try context.user(.edit)
            let id = try context.parameters.require("id")
            let body = try await Self.decode(ConfirmationRequest.self, request, context)
            let entries = try workspace.confirm(id, keys: body.keys, user: session.user)
            try workspace.log("bestaetigen", subject: id, detail: body.keys.joined(separator: ", "), user: session.user, address: context.address)
            jobs.submit(user: session.user)
            return JSONBody.response(["confirmed": entries.map(\.key)], status: .created)
        }
        api.post("meetings/{id}/release") { _, context -> Response in
            let session = try context.user(.release)
            let id = try context.parameters.require("id")
            try workspace.release(id, user: session.user)
            try workspace.log("freigeben", subject: id, user: session.user, address: context.address)
            jobs.submit(user: session.user)
            return JSONBody.response(["meeting": id, "releasedBy": session.user], status: .created)
        }
        api.post("sources") { request, context -> Response in
            let session = try context.user(.edit)
            let job = try await upload(request, context, session: session)
            return JSONBody.response(["job": Presenter.job(job)], status: .accepted, headers: [.location: "/api/v1/jobs/\(job.id)"])
        }
        api.get("jobs/{id}") { _, context -> Response in
            _ = try context.user(.read)
            guard let job = jobs.job(try context.parameters.require("id")) else { throw APIError.notFound }
            return JSONBody.response(["job": Presenter.job(job)])
        }
        api.get("meetings/{id}/sources/{n}/pages/{page}") { request, context -> Response in
            _ = try context.user(.read)
            let page = try context.parameters.require("page")
            guard page.hasSuffix(".png"), let p = Int(page.dropLast(4)), let n = Int(try context.parameters.require("n")) else { throw APIError.notFound }
            let png = try workspace.pageImage(meeting: try context.parameters.require("id"), source: n, page: p, mark: request.uri.queryParameters["mark"].map(String.init))
            return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, max-age=3600"], body: .init(byteBuffer: ByteBuffer(bytes: png)))
        }
        api.post("papers") { request, context -> Response in
            let session = try context.user(.edit)
            let body = try await Self.decode(PaperRequest.self, request, context)
            let formats = try (body.formats ?? ["odt", "html", "md"]).map { name -> DocumentFormat in
                guard let format = DocumentFormat(rawValue: name.lowercased()) else { throw APIError.invalid("Format „\(name)“ gibt es nicht (odt, html, md, pdf).") }
                return format
            }
            let papers = try workspace.papers(meeting: body.meeting, recommendation: body.recommendation, kind: body.kind ?? "beschlussvorlage", formats: formats)
            try workspace.log("vorlage", subject: body.meeting, detail: papers.map(\.paper.planned.number).joined(separator: ", "), user: session.user,
                              address: context.address)
            return JSONBody.response(["papers": papers.map { Presenter.paper($0.paper, files: $0.files) }], status: .created)
        }
        api.get("papers/{name}") { _, context -> Response in
            _ = try context.user(.read)
            return try Download.response(try workspace.paperFile(try context.parameters.require("name")))
        }
        api.get("search") { request, context -> Response in
            _ = try context.user(.read)
            let q = request.uri.queryParameters["q"].map(String.init) ?? ""
            guard !q.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError.invalid("Suchbegriff „q“ fehlt.") }
            let year = try request.uri.queryParameters["year"].map { text -> Int in
                guard let y = Int(text), (1900...2999).contains(y) else { throw APIError.invalid("„year“ muss eine Jahreszahl sein.") }
                return y
            }
            let hits = try workspace.store.search(q, year: year, field: request.uri.queryParameters["field"].map(String.init), limit: 50)
            return JSONBody.response(["query": q, "hits": hits.map(Presenter.hit)])
        }
        api.get("history") { request, context -> Response in
            _ = try context.user(.read)
            guard let title = request.uri.queryParameters["title"].map(String.init), !title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw APIError.invalid("Titel „title“ fehlt.")
            }
            return JSONBody.response(["title": title, "recommendations": try workspace.store.history(title).map(Presenter.history)])
        }
    }

    /// POST /session: name and password -> session cookie and CSRF token; throttled.
    func login(_ request: Request, _ context: WorkspaceContext) async throws -> Response {
        let body = try await Self.decode(Login.self, request, context)
        let (session, _) = try await authenticate(name: body.name, password: body.password, address: context.address)
        return JSONBody.response(["user": session.user, "role": session.role.rawValue, "csrfToken": session.csrfToken],
                                 headers: [.setCookie: SecurityMiddleware.sessionCookie(session.token, secure: SecurityMiddleware.isSecure(request))])
    }

    /// Checks a login (also for the login page); 429 when throttled, 401 when wrong.
    func authenticate(name: String, password: String, address: String) async throws -> (Session, WorkspaceUser) {
        if let wait = await throttle.wait(address: address, name: name) {
            throw APIError(.tooManyRequests, "zu_viele_versuche", "Zu viele fehlgeschlagene Anmeldungen; bitte in \(wait) Sekunden erneut versuchen.", retryAfter: wait)
        }
        let directory = workspace.users
        let user = await Task.detached { directory.authenticate(name: name, password: password) }.value
        guard let user else {
            await throttle.failed(address: address, name: name)
            try? workspace.log("anmelden_fehlgeschlagen", subject: String(name.prefix(64)), user: "-", address: address)
            throw APIError(.unauthorized, "anmeldung_falsch", "Name oder Passwort stimmt nicht.")
        }
        await throttle.succeeded(name: name)
        let session = await sessions.open(user: user.name, role: user.role)
        try workspace.log("anmelden", subject: user.name, user: user.name, address: address)
        return (session, user)
    }

    /// Stores the uploaded files and queues their job; one refused file refuses the upload (nothing stored).
    func upload(_ request: Request, _ context: WorkspaceContext, session: Session, form: Bool = false) async throws -> BackgroundJob {
        let upload = try await MultipartUpload.read(request)
        if form { try PageRoutes.checkForm(upload.fields, session: session) }
        guard !upload.files.isEmpty else { throw APIError.invalid("Keine Datei im Feld „file“.") }
        for file in upload.files { _ = try file.content() }
        let paths = try upload.files.map { try $0.store(in: workspace.protocols) }
        let names = upload.files.map { ProtocolUpload.printable($0.originalName) }
        for (path, name) in zip(paths, names) {
            try workspace.log("hochladen", subject: (path as NSString).lastPathComponent, detail: name, user: session.user, address: context.address)
        }
        return jobs.submit(files: paths, originalNames: names, user: session.user)
    }

    /// A JSON request body (at most 1 MB) as `T`; 415 for another content type, 400 when it does not fit.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: WorkspaceContext) async throws -> T {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw APIError(.unsupportedMediaType, "kein_json", "Erwartet wird JSON (Content-Type: application/json).")
        }
        var data = Data()
        for try await chunk in request.body {
            data.append(contentsOf: chunk.readableBytesView)
            if data.count > 1 << 20 { throw APIError.tooLarge }
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw APIError.invalid("Der JSON-Inhalt passt nicht zur Anfrage (\(Self.describe(error))).")
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "Feld „\(key.stringValue)“ fehlt"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "Feld „\(c.codingPath.map(\.stringValue).joined(separator: "."))“ hat den falschen Typ"
        default: return "kein gültiges JSON"
        }
    }
}
