import Foundation
import HTTPTypes
import Hummingbird
import PlanwerkPipeline
import PlanwerkReview

/// The workspace's pages: server-rendered German HTML, plain forms (each with the session's CSRF token) that post
/// and redirect back; the script only adds keyboard moves, drag and drop and live progress.
struct PageRoutes: Sendable {
    let api: APIRoutes
    var workspace: Workspace { api.workspace }
    var jobs: JobQueue { api.jobs }

    /// The CSRF token of a posted form; 403 when it does not match the session's.
    static func checkForm(_ fields: [String: String], session: Session) throws {
        guard let token = fields["csrf"], SecurityMiddleware.constantTimeEqual(token, session.csrfToken) else { throw APIError.csrf }
    }

    /// A posted form with a valid token.
    static func form(_ request: Request, session: Session) async throws -> FormBody {
        let form = try await FormBody.read(request)
        try checkForm(form.values.compactMapValues(\.first), session: session)
        return form
    }

    /// A local path to go back to after login (never another site).
    static func localPath(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\") else { return "/" }
        return text
    }

    func add(to router: Router<WorkspaceContext>) {
        router.get("anmelden") { request, context -> Response in
            if context.session != nil { return HTMLPage.redirect("/") }
            return HTMLPage.response(LoginPage.render(next: Self.localPath(request.uri.queryParameters["weiter"].map(String.init)), message: nil))
        }
        router.post("anmelden") { request, context -> Response in
            let form = try await FormBody.read(request)
            let next = Self.localPath(form["weiter"])
            do {
                let (session, _) = try await api.authenticate(name: form["name"] ?? "", password: form["password"] ?? "", address: context.address)
                return Response(status: .seeOther, headers: [.location: next,
                                                             .setCookie: SecurityMiddleware.sessionCookie(session.token, secure: SecurityMiddleware.isSecure(request))])
            } catch let refusal as APIError {
                var response = HTMLPage.response(LoginPage.render(next: next, message: refusal.message), status: refusal.status)
                if let wait = refusal.retryAfter { response.headers[.retryAfter] = String(wait) }
                return response
            }
        }
        router.post("abmelden") { request, context -> Response in
            let session = try context.user()
            _ = try await Self.form(request, session: session)
            await api.sessions.close(session.token)
            try workspace.log("abmelden", subject: session.user, user: session.user, address: context.address)
            return Response(status: .seeOther, headers: [.location: "/anmelden",
                                                         .setCookie: SecurityMiddleware.sessionCookie("", secure: SecurityMiddleware.isSecure(request), maxAge: 0)])
        }
        router.get("/") { _, context -> Response in
            let session = try context.user(.read)
            let papers = (try? FileManager.default.contentsOfDirectory(atPath: (workspace.outputs as NSString).appendingPathComponent("vorlagen"))) ?? []
            return HTMLPage.response(OverviewPage.render(try workspace.meetings(), papers: papers, jobs: jobs.recent(), session: session))
        }
        router.get("hochladen") { _, context -> Response in
            let session = try context.user(.edit)
            return HTMLPage.response(UploadPage.render(session: session, jobs: jobs.recent(10)))
        }
        router.post("hochladen") { request, context -> Response in
            let session = try context.user(.edit)
            let job = try await api.upload(request, context, session: session, form: true)
            return HTMLPage.redirect("/auftraege/\(job.id)")
        }
        router.get("auftraege/{id}") { _, context -> Response in
            let session = try context.user(.read)
            guard let job = jobs.job(try context.parameters.require("id")) else { throw APIError.notFound }
            var response = HTMLPage.response(JobPage.render(job, session: session))
            if job.state == .queued || job.state == .running { response.headers[HTTPField.Name("Refresh")!] = "3" }
            return response
        }
        router.get("sitzungen/{id}") { request, context -> Response in
            let session = try context.user(.read)
            let id = try context.parameters.require("id")
            let m = try workspace.meeting(id)
            return HTMLPage.response(ReviewPage.render(m, texts: workspace.sourceTexts(meeting: id), session: session,
                                                       notice: request.uri.queryParameters["hinweis"].map(String.init)))
        }
        router.post("sitzungen/{id}/bestaetigen") { request, context -> Response in
            let session = try context.user(.edit)
            let id = try context.parameters.require("id")
            let form = try await Self.form(request, session: session)
            let keys = form.values["key"] ?? []
            try workspace.confirm(id, keys: keys, user: session.user)
            try workspace.log("bestaetigen", subject: id, detail: keys.joined(separator: ", "), user: session.user, address: context.address)
            jobs.submit(user: session.user)
            return back(id, notice: keys.count == 1 ? "Bestätigt: \(keys[0])" : "\(keys.count) Angaben bestätigt.", key: keys.count == 1 ? keys[0] : nil)
        }
        router.post("sitzungen/{id}/berichtigen") { request, context -> Response in
            let session = try context.user(.edit)
            let id = try context.parameters.require("id")
            let form = try await Self.form(request, session: session)
            guard let action = Correction.Action(rawValue: form["action"] ?? "setzen"), action != .confirm else { throw APIError.invalid("Unbekannte Aktion.") }
            var key = form["key"] ?? ""
            var value = FactValue.null
            if action == .add {
                let section = form["section"] ?? ""
                let text = (form["value"] ?? "").trimmingCharacters(in: .whitespaces)
                key = "\(section)/\(section == "nextMeetings" ? text : RecordFacts.itemKey(text))"
                value = .string(text)
            } else if action == .set {
                value = FactValue.parse(form["value"] ?? "")
            }
            let entry = try workspace.correct(id, key: key, action: action, value: value, reason: form["reason"] ?? "", user: session.user)
            try workspace.log("berichtigen", subject: "\(id) \(key)", detail: "\(action.rawValue): \(entry.base) -> \(entry.value)", user: session.user,
                              address: context.address)
            jobs.submit(user: session.user)
            return back(id, notice: "Gespeichert: \(key) (\(action.rawValue)).", key: action == .set ? key : nil)
        }
        router.post("sitzungen/{id}/freigeben") { request, context -> Response in
            let session = try context.user(.release)
            let id = try context.parameters.require("id")
            _ = try await Self.form(request, session: session)
            try workspace.release(id, user: session.user)
            try workspace.log("freigeben", subject: id, user: session.user, address: context.address)
            jobs.submit(user: session.user)
            return back(id, notice: "Sitzung freigegeben.", key: nil)
        }
        router.get("befunde") { _, context -> Response in
            let session = try context.user(.read)
            return HTMLPage.response(FindingsPage.render(try workspace.meetings(), session: session))
        }
        router.get("vorlagen") { request, context -> Response in
            let session = try context.user(.read)
            return HTMLPage.response(PapersPage.render(records: try workspace.meetings(), files: paperFiles(), generated: [], session: session,
                                                       selected: request.uri.queryParameters["sitzung"].map(String.init)))
        }
        router.post("vorlagen") { request, context -> Response in
            let session = try context.user(.edit)
            let form = try await Self.form(request, session: session)
            let meeting = form["meeting"] ?? ""
            let formats = (form.values["format"] ?? ["odt", "html", "md"]).compactMap { DocumentFormat(rawValue: $0) }
            let recommendation = form["recommendation"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            let papers = try workspace.papers(meeting: meeting, recommendation: recommendation, kind: form["kind"] ?? "beschlussvorlage",
                                              formats: formats.isEmpty ? DocumentFormat.native : formats)
            try workspace.log("vorlage", subject: meeting, detail: papers.map(\.paper.planned.number).joined(separator: ", "), user: session.user,
                              address: context.address)
            return HTMLPage.response(PapersPage.render(records: try workspace.meetings(), files: paperFiles(), generated: papers, session: session,
                                                       selected: meeting), status: .created)
        }
        router.get("dossier") { _, context -> Response in
            let session = try context.user(.read)
            let dir = URL(fileURLWithPath: workspace.outputs).appendingPathComponent("dossier")
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
            return HTMLPage.response(DossierPage.render(files: files, session: session))
        }
        router.get("dossier/dateien/{name}") { _, context -> Response in
            _ = try context.user(.read)
            return try Download.response(try workspace.dossierFile(try context.parameters.require("name")))
        }
        router.get("suche") { request, context -> Response in
            let session = try context.user(.read)
            let q = request.uri.queryParameters["q"].map(String.init) ?? ""
            let year = request.uri.queryParameters["year"].map(String.init) ?? ""
            let field = request.uri.queryParameters["field"].map(String.init) ?? ""
            let hits = q.trimmingCharacters(in: .whitespaces).isEmpty ? nil
                : try workspace.store.search(q, year: Int(year), field: field.isEmpty ? nil : field, limit: 50)
            return HTMLPage.response(SearchPage.render(query: q, year: year, field: field, hits: hits, session: session))
        }
        router.get("verlauf") { request, context -> Response in
            let session = try context.user(.read)
            let title = request.uri.queryParameters["title"].map(String.init) ?? ""
            let history = title.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try workspace.store.history(title)
            return HTMLPage.response(HistoryPage.render(title: title, history: history, session: session))
        }
    }

    func back(_ id: String, notice: String, key: String?) -> Response {
        let query = notice.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return HTMLPage.redirect("/sitzungen/\(SecurityMiddleware.percentEncoded(id))?hinweis=\(query)" + (key.map { "#" + ReviewPage.anchor($0) } ?? ""))
    }

    /// The papers on file, newest names first.
    func paperFiles() -> [String] {
        var names: Set<String> = []
        for dir in [workspace.requestedPapers.path, (workspace.outputs as NSString).appendingPathComponent("vorlagen")] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where Workspace.isPlainFileName(name) { names.insert(name) }
        }
        return names.sorted(by: >)
    }
}
