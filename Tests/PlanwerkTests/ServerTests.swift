import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanwerkPipeline
import PlanwerkServer
import XCTest

/// The web workspace in process (HummingbirdTesting): every route refuses the unauthenticated (401, or the login
/// page), the wrong role (403) and a missing CSRF token (403); no path leaves inputs/ and outputs/ (404); uploads are
/// capped (413) and checked by content (a German 415); every answer carries the security headers; and a meeting goes
/// through correction, confirmation, four-eyes release and a Beschlussvorlage with the corrected amount.
final class ServerTests: XCTestCase {
    static let meeting = "2023-05-12-steuerungsgruppe-sozialplanung"

    struct Setup {
        let dir: URL
        let server: WorkspaceServer
        var inputs: URL { dir.appendingPathComponent("inputs") }
        var outputs: URL { dir.appendingPathComponent("outputs") }
    }

    /// A copy of the sample inputs with three users, the archive built once.
    static func setup() throws -> Setup {
        let dir = temporaryDirectory()
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        let bin = Fixtures.binary.deletingLastPathComponent()
        let pdf = PDFOptions(textWorker: bin.appendingPathComponent("planwerk-pdf-text").path, ocrWorker: bin.appendingPathComponent("planwerk-ocr").path, jobs: 2)
        let workspace = try Workspace(inputs: dir.appendingPathComponent("inputs").path, outputs: dir.appendingPathComponent("outputs").path, pdf: pdf,
                                      passwordCost: 4)
        try workspace.users.add(name: "leser", role: .read, password: "lesen-lesen", time: "2026-01-01T00:00:00Z")
        try workspace.users.add(name: "anna", role: .edit, password: "bearbeiten-1", time: "2026-01-01T00:00:00Z")
        try workspace.users.add(name: "bert", role: .release, password: "freigeben-1", time: "2026-01-01T00:00:00Z")
        let server = WorkspaceServer(workspace: workspace)
        server.jobs.submit(user: "test")
        server.jobs.waitUntilIdle()
        return Setup(dir: dir, server: server)
    }

    /// A logged-in client: cookie and CSRF token.
    struct Login {
        let cookie: String
        let csrf: String
        func headers(json: Bool = true, csrf withToken: Bool = true) -> HTTPFields {
            var h: HTTPFields = [.cookie: cookie]
            if json { h[.contentType] = "application/json" }
            if withToken { h[HTTPField.Name("X-CSRF-Token")!] = csrf }
            return h
        }
    }

    static func login(_ client: some TestClientProtocol, _ name: String, _ password: String) async throws -> Login {
        try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(string: #"{"name":"\#(name)","password":"\#(password)"}"#)) { response in
            XCTAssertEqual(response.status, .ok, String(buffer: response.body))
            let cookie = try XCTUnwrap(response.headers[.setCookie])
            XCTAssertTrue(cookie.contains("HttpOnly"), cookie)
            XCTAssertTrue(cookie.contains("SameSite=Strict"), cookie)
            XCTAssertFalse(cookie.contains("Secure"), "no TLS here: \(cookie)")
            let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
            return Login(cookie: String(cookie.split(separator: ";")[0]), csrf: body["csrfToken"] as! String)
        }
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], String(buffer: response.body))
    }

    static func errorCode(_ response: TestResponse) -> String? {
        ((try? json(response))?["error"] as? [String: Any])?["code"] as? String
    }

    /// Every API route: method, path, the role it needs (nil: any logged-in user), whether it mutates.
    static let apiRoutes: [(HTTPRequest.Method, String, Role)] = [
        (.get, "/api/v1/meetings", .read), (.get, "/api/v1/meetings/\(meeting)", .read), (.get, "/api/v1/meetings/\(meeting)/facts", .read),
        (.post, "/api/v1/meetings/\(meeting)/corrections", .edit), (.post, "/api/v1/meetings/\(meeting)/confirmations", .edit),
        (.post, "/api/v1/meetings/\(meeting)/release", .release), (.post, "/api/v1/sources", .edit), (.get, "/api/v1/jobs/x", .read),
        (.get, "/api/v1/meetings/\(meeting)/sources/1/pages/1.png", .read), (.post, "/api/v1/papers", .edit), (.get, "/api/v1/papers/x.odt", .read),
        (.get, "/api/v1/search?q=Kita", .read), (.get, "/api/v1/history?title=Kita", .read),
    ]

    static let pages = ["/", "/hochladen", "/befunde", "/vorlagen", "/dossier", "/suche?q=Kita", "/verlauf?title=Kita", "/sitzungen/\(meeting)", "/auftraege/x"]

    func testAccessControlCSRFAndHeaders() async throws {
        let s = try Self.setup()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        try await s.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            // Unauthenticated: 401 JSON in the API, the login page for pages.
            for (method, path, _) in Self.apiRoutes {
                try await client.execute(uri: path, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")) { r in
                    XCTAssertEqual(r.status, .unauthorized, "\(method) \(path)")
                    XCTAssertEqual(Self.errorCode(r), "nicht_angemeldet", "\(method) \(path)")
                    XCTAssertEqual(r.headers[.contentType], "application/json; charset=utf-8")
                }
            }
            for path in Self.pages {
                try await client.execute(uri: path, method: .get) { r in
                    XCTAssertEqual(r.status, .seeOther, path)
                    XCTAssertTrue(r.headers[.location]?.hasPrefix("/anmelden?weiter=") == true, path)
                }
            }
            // Wrong role: 403 with the role that is needed.
            let reader = try await Self.login(client, "leser", "lesen-lesen")
            let editor = try await Self.login(client, "anna", "bearbeiten-1")
            for (method, path, role) in Self.apiRoutes where role > .read {
                let who = role == .release ? editor : reader
                try await client.execute(uri: path, method: method, headers: who.headers(), body: ByteBuffer(string: "{}")) { r in
                    XCTAssertEqual(r.status, .forbidden, "\(method) \(path)")
                    XCTAssertEqual(Self.errorCode(r), "keine_berechtigung", "\(method) \(path)")
                }
            }
            // Missing or wrong CSRF token: 403 before anything happens.
            for (method, path, _) in Self.apiRoutes where method == .post {
                for headers in [editor.headers(csrf: false), { var h = editor.headers(); h[HTTPField.Name("X-CSRF-Token")!] = "falsch"; return h }()] {
                    try await client.execute(uri: path, method: method, headers: headers, body: ByteBuffer(string: "{}")) { r in
                        XCTAssertEqual(r.status, .forbidden, "\(method) \(path)")
                        XCTAssertEqual(Self.errorCode(r), "csrf", "\(method) \(path)")
                    }
                }
            }
            // A page form without its token: 403 as well; a foreign Origin too.
            try await client.execute(uri: "/sitzungen/\(Self.meeting)/bestaetigen", method: .post,
                                     headers: [.cookie: editor.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "key=meeting%2Fdate")) { r in XCTAssertEqual(r.status, .forbidden) }
            var foreign = editor.headers()
            foreign[.origin] = "https://angreifer.example"
            try await client.execute(uri: "/api/v1/meetings/\(Self.meeting)/confirmations", method: .post, headers: foreign,
                                     body: ByteBuffer(string: #"{"keys":["meeting/date"]}"#)) { r in
                XCTAssertEqual(r.status, .forbidden)
                XCTAssertEqual(Self.errorCode(r), "herkunft")
            }
            // Security headers on pages, API answers and errors; no-store on the API.
            for (path, who) in [("/", reader.cookie), ("/api/v1/meetings", reader.cookie), ("/api/v1/nichts", reader.cookie), ("/anmelden", "")] {
                try await client.execute(uri: path, method: .get, headers: who.isEmpty ? [:] : [.cookie: who]) { r in
                    XCTAssertEqual(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'"), true, path)
                    XCTAssertEqual(r.headers[.contentSecurityPolicy]?.contains("script-src 'self'"), true, path)
                    XCTAssertFalse(r.headers[.contentSecurityPolicy]?.contains("unsafe-inline") ?? true, path)
                    XCTAssertEqual(r.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff", path)
                    XCTAssertEqual(r.headers[HTTPField.Name("X-Frame-Options")!], "DENY", path)
                    XCTAssertEqual(r.headers[.cacheControl], "no-store", path)
                }
            }
            try await client.execute(uri: "/api/v1/nichts", method: .get, headers: [.cookie: reader.cookie]) { r in
                XCTAssertEqual(r.status, .notFound)
                XCTAssertEqual(Self.errorCode(r), "nicht_gefunden")
            }
            // Behind TLS (a proxy says so) the cookie is Secure.
            try await client.execute(uri: "/api/v1/session", method: .post,
                                     headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-Proto")!: "https"],
                                     body: ByteBuffer(string: #"{"name":"leser","password":"lesen-lesen"}"#)) { r in
                XCTAssertEqual(r.headers[.setCookie]?.contains("; Secure"), true)
            }
            // Logout ends the session.
            try await client.execute(uri: "/api/v1/session", method: .delete, headers: reader.headers()) { r in XCTAssertEqual(r.status, .noContent) }
            try await client.execute(uri: "/api/v1/meetings", method: .get, headers: [.cookie: reader.cookie]) { r in XCTAssertEqual(r.status, .unauthorized) }
        }
    }

    func testPathsNeverLeaveTheFoldersAndUploadsAreChecked() async throws {
        let s = try Self.setup()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        try await s.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            let editor = try await Self.login(client, "anna", "bearbeiten-1")
            for path in ["/api/v1/papers/..%2F..%2Finputs%2Fbenutzer.json", "/api/v1/papers/../../inputs/benutzer.json", "/api/v1/papers/%2Fetc%2Fpasswd",
                         "/api/v1/papers/.benutzer.odt", "/dossier/dateien/..%2Fplanwerk.sqlite", "/dossier/dateien/%2e%2e%2fplanwerk.sqlite",
                         "/static/..%2F..%2Finputs%2Fbenutzer.json", "/api/v1/meetings/..%2F..%2Fetc%2Fpasswd",
                         "/api/v1/meetings/\(Self.meeting)/sources/1/pages/..%2F..%2Fplanwerk.sqlite", "/oparl/v1.1/..%2F..%2Finputs%2Fbenutzer.json",
                         "/oparl/v1.1/files/..%2Fplanwerk.sqlite"] {
                try await client.execute(uri: path, method: .get, headers: [.cookie: editor.cookie]) { r in
                    XCTAssertEqual(r.status, .notFound, path)
                    XCTAssertFalse(String(buffer: r.body).contains("passwordHash"), path)
                }
            }
            // Oversized: refused while it streams, before 50 MB are held.
            var big = editor.headers(json: false)
            big[.contentType] = "multipart/form-data; boundary=grenze"
            let huge = Self.multipart([("riesig.txt", Data(repeating: 0x41, count: 51 * 1024 * 1024))])
            try await client.execute(uri: "/api/v1/sources", method: .post, headers: big, body: ByteBuffer(bytes: huge)) { r in
                XCTAssertEqual(r.status, .contentTooLarge)
            }
            // A binary file: refused in German, nothing stored.
            let before = try FileManager.default.contentsOfDirectory(atPath: s.inputs.appendingPathComponent("protocols").path).sorted()
            var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
            png.append(Data(repeating: 0, count: 200))
            try await client.execute(uri: "/api/v1/sources", method: .post, headers: big, body: ByteBuffer(bytes: Self.multipart([("../../bild.txt", png)]))) { r in
                XCTAssertEqual(r.status, .unsupportedMediaType)
                XCTAssertEqual(Self.errorCode(r), "kein_protokoll_format")
                let message = ((try Self.json(r))["error"] as! [String: Any])["message"] as! String
                XCTAssertTrue(message.contains("„../../bild.txt“ ist weder ein PDF noch eine Textdatei"), message)
            }
            try await client.execute(uri: "/api/v1/sources", method: .post, headers: big,
                                     body: ByteBuffer(bytes: Self.multipart([("bericht.docx", Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 1, count: 100))]))) { r in
                XCTAssertEqual(r.status, .unsupportedMediaType)
                XCTAssertTrue(String(buffer: r.body).contains("Word- und Writer-Dateien bitte als PDF speichern"))
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: s.inputs.appendingPathComponent("protocols").path).sorted(), before)
            // JSON where a form is expected and the reverse: 415.
            try await client.execute(uri: "/api/v1/papers", method: .post, headers: editor.headers(json: false), body: ByteBuffer(string: "meeting=x")) { r in
                XCTAssertEqual(r.status, .unsupportedMediaType)
            }
            // Login throttling: after five wrong passwords even the right one waits (429 with Retry-After).
            for _ in 0..<5 {
                try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"name":"bert","password":"falsch"}"#)) { r in XCTAssertEqual(r.status, .unauthorized) }
            }
            try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"name":"bert","password":"freigeben-1"}"#)) { r in
                XCTAssertEqual(r.status, .tooManyRequests)
                XCTAssertNotNil(r.headers[.retryAfter])
                XCTAssertEqual(Self.errorCode(r), "zu_viele_versuche")
            }
        }
        let audit = AuditLog(inputs: s.inputs.path).entries()
        XCTAssertEqual(audit.filter { $0.action == "anmelden_fehlgeschlagen" && $0.subject == "bert" }.count, 5)
        XCTAssertFalse(audit.contains { $0.action == "hochladen" })
    }

    func testCorrectConfirmReleaseAndPaper() async throws {
        let s = try Self.setup()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        let m = "2021-03-05-steuerungsgruppe-sozialplanung"
        let budget = "recommendations/uebernahme-der-mitgliedsbeitraege-im-sportverein/details.annualBudget.amountEUR"
        try await s.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            let anna = try await Self.login(client, "anna", "bearbeiten-1")
            try await client.execute(uri: "/api/v1/meetings", method: .get, headers: [.cookie: anna.cookie]) { r in
                let meetings = try Self.json(r)["meetings"] as! [[String: Any]]
                XCTAssertEqual(meetings.map { $0["id"] as! String }.contains(m), true)
                XCTAssertEqual(meetings.first { $0["id"] as? String == m }?["reviewState"] as? String, "offen")
            }
            try await client.execute(uri: "/api/v1/meetings/\(m)/corrections", method: .post, headers: anna.headers(),
                                     body: ByteBuffer(string: #"{"key":"\#(budget)","value":115000,"reason":"laut Haushaltsplan"}"#)) { r in
                XCTAssertEqual(r.status, .created, String(buffer: r.body))
                let c = try Self.json(r)["correction"] as! [String: Any]
                XCTAssertEqual(c["value"] as? Int, 115000)
                XCTAssertEqual(c["author"] as? String, "anna")
            }
            // A value that does not fit: 422 in German.
            try await client.execute(uri: "/api/v1/meetings/\(m)/corrections", method: .post, headers: anna.headers(),
                                     body: ByteBuffer(string: #"{"key":"\#(budget)","value":"viel","reason":"x"}"#)) { r in
                XCTAssertEqual(r.status, .unprocessableContent)
                XCTAssertEqual(Self.errorCode(r), "abgelehnt")
            }
            let open = try await client.execute(uri: "/api/v1/meetings/\(m)/facts", method: .get, headers: [.cookie: anna.cookie]) { r in
                let facts = try Self.json(r)["facts"] as! [[String: Any]]
                XCTAssertEqual(facts.first { $0["key"] as? String == budget }?["state"] as? String, "berichtigt")
                XCTAssertEqual(facts.first { $0["key"] as? String == budget }?["value"] as? Int, 115000)
                return facts.filter { $0["state"] as? String == "erkannt" }.map { $0["key"] as! String }
            }
            let keys = try JSONSerialization.data(withJSONObject: ["keys": open])
            try await client.execute(uri: "/api/v1/meetings/\(m)/confirmations", method: .post, headers: anna.headers(), body: ByteBuffer(bytes: keys)) { r in
                XCTAssertEqual(r.status, .created, String(buffer: r.body))
            }
            let bert = try await Self.login(client, "bert", "freigeben-1")
            // Four eyes: the corrector may not release; the second person may.
            let annaReleases = try await Self.login(client, "anna", "bearbeiten-1")
            try await client.execute(uri: "/api/v1/meetings/\(m)/release", method: .post, headers: annaReleases.headers()) { r in
                XCTAssertEqual(r.status, .forbidden)
            }
            try await client.execute(uri: "/api/v1/meetings/\(m)/release", method: .post, headers: bert.headers()) { r in
                XCTAssertEqual(r.status, .created, String(buffer: r.body))
            }
            try await client.execute(uri: "/api/v1/meetings/\(m)", method: .get, headers: [.cookie: bert.cookie]) { r in
                let review = try Self.json(r)["review"] as! [String: Any]
                XCTAssertEqual(review["state"] as? String, "freigegeben")
                XCTAssertEqual((review["released"] as? [String: Any])?["by"] as? String, "bert")
            }
            let files = try await client.execute(uri: "/api/v1/papers", method: .post, headers: anna.headers(),
                                                 body: ByteBuffer(string: #"{"meeting":"\#(m)","recommendation":"Sportverein","kind":"beschlussvorlage","formats":["odt","md"]}"#)) { r in
                XCTAssertEqual(r.status, .created, String(buffer: r.body))
                let papers = try Self.json(r)["papers"] as! [[String: Any]]
                XCTAssertEqual(papers.count, 1)
                XCTAssertTrue((papers[0]["number"] as! String).hasPrefix("BV/"))
                // Released: what is left to a final paper is what the office adds in the register.
                XCTAssertFalse((papers[0]["draftReasons"] as! [String]).contains { $0.contains("Freigabe") }, "\(papers[0])")
                return (papers[0]["files"] as! [[String: Any]]).map { $0["name"] as! String }
            }
            XCTAssertEqual(files.map { ($0 as NSString).pathExtension }.sorted(), ["md", "odt"])
            let md = try XCTUnwrap(files.first { $0.hasSuffix(".md") })
            try await client.execute(uri: "/api/v1/papers/\(md)", method: .get, headers: [.cookie: anna.cookie]) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentDisposition], "attachment; filename=\"\(md)\"")
                XCTAssertTrue(String(buffer: r.body).contains("115.000"), String(buffer: r.body))
            }
            // The review page shows the corrected fact and the forms carry the token.
            try await client.execute(uri: "/sitzungen/\(m)", method: .get, headers: [.cookie: anna.cookie]) { r in
                let html = String(buffer: r.body)
                XCTAssertEqual(r.status, .ok)
                XCTAssertTrue(html.contains("115000"))
                XCTAssertTrue(html.contains("name=\"csrf\" value=\"\(anna.csrf)\""))
                XCTAssertFalse(html.contains("<script>"), "no inline script")
            }
        }
        s.server.jobs.waitUntilIdle()
        let audit = AuditLog(inputs: s.inputs.path).entries().map(\.action)
        XCTAssertTrue(audit.contains("berichtigen") && audit.contains("bestaetigen") && audit.contains("vorlage"), "\(audit)")
        // The background run after the changes wrote the corrected record.
        let record = try String(contentsOf: s.outputs.appendingPathComponent("records/\(m).json"), encoding: .utf8)
        XCTAssertTrue(record.contains("115000"))
    }

    func testUploadRunsInTheBackgroundAndShowsThePage() async throws {
        let s = try Self.setup()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        try await s.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            let anna = try await Self.login(client, "anna", "bearbeiten-1")
            var h = anna.headers(json: false)
            h[.contentType] = "multipart/form-data; boundary=grenze"
            let pdf = Fixtures.data("pdf/text/001_0d36a4d8b9d2c332.pdf")
            let job = try await client.execute(uri: "/api/v1/sources", method: .post, headers: h,
                                               body: ByteBuffer(bytes: Self.multipart([("Protokoll Mai 2022 (final).pdf", pdf)]))) { r in
                XCTAssertEqual(r.status, .accepted, String(buffer: r.body))
                return (try Self.json(r)["job"] as! [String: Any])["id"] as! String
            }
            s.server.jobs.waitUntilIdle()
            let meetings = try await client.execute(uri: "/api/v1/jobs/\(job)", method: .get, headers: [.cookie: anna.cookie]) { r in
                let j = try Self.json(r)["job"] as! [String: Any]
                XCTAssertEqual(j["state"] as? String, "done", "\(j)")
                XCTAssertEqual(j["files"] as? [String], ["Protokoll Mai 2022 (final).pdf"])
                return j["meetings"] as! [String]
            }
            XCTAssertEqual(meetings, ["2022-05-13-steuerungsgruppe-sozialplanung"])
            let stored = try FileManager.default.contentsOfDirectory(atPath: s.inputs.appendingPathComponent("protocols").path)
            XCTAssertTrue(stored.contains { $0.hasPrefix("protokoll-mai-2022-final-") && $0.hasSuffix(".pdf") }, "\(stored)")
            // The PDF source's page, rendered with the words highlighted.
            let record = try await client.execute(uri: "/api/v1/meetings/\(meetings[0])", method: .get, headers: [.cookie: anna.cookie]) { r in
                try Self.json(r)["record"] as! [String: Any]
            }
            let sources = (record["sources"] as! [[String: Any]]).map { $0["file"] as! String }
            let n = try XCTUnwrap(sources.firstIndex { $0.hasSuffix(".pdf") }) + 1
            try await client.execute(uri: "/api/v1/meetings/\(meetings[0])/sources/\(n)/pages/1.png?mark=Steuerungsgruppe%20Sozialplanung", method: .get,
                                     headers: [.cookie: anna.cookie]) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentType], "image/png")
                XCTAssertEqual(Array(Data(buffer: r.body).prefix(4)), [0x89, 0x50, 0x4E, 0x47])
            }
            try await client.execute(uri: "/api/v1/meetings/\(meetings[0])/sources/\(n)/pages/999.png", method: .get, headers: [.cookie: anna.cookie]) { r in
                XCTAssertEqual(r.status, .notFound)
            }
            // Every page renders for the editor, in German, with no inline script.
            for path in Self.pages + ["/auftraege/\(job)"] where path != "/auftraege/x" {
                try await client.execute(uri: path, method: .get, headers: [.cookie: anna.cookie]) { r in
                    XCTAssertEqual(r.status, .ok, path)
                    let html = String(buffer: r.body)
                    XCTAssertTrue(html.contains("<html lang=\"de\">"), path)
                    XCTAssertFalse(html.contains("<script>") || html.contains("style=\""), path)
                }
            }
        }
        XCTAssertTrue(AuditLog(inputs: s.inputs.path).entries().contains { $0.action == "hochladen" && $0.detail == "Protokoll Mai 2022 (final).pdf" })
    }

    func testOParlIsServedWithoutLoginOnlyForReleasedMeetings() async throws {
        let s = try Self.setup()
        defer { try? FileManager.default.removeItem(at: s.dir) }
        try await s.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: "/oparl/v1.1/system.json", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(try Self.json(r)["type"] as? String, "https://schema.oparl.org/1.1/System")
            }
            try await client.execute(uri: "/oparl/v1.1/body/nichts.json", method: .get) { r in XCTAssertEqual(r.status, .notFound) }
            try await client.execute(uri: "/oparl/v1.1/system.json", method: .post) { r in XCTAssertNotEqual(r.status, .ok) }
        }
    }

    func testUsersAreStoredHashedAndCanBeRemoved() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let users = UserDirectory(inputs: dir.path, cost: 4)
        try users.add(name: "clara", role: .edit, password: "sehr-geheim", time: "2026-01-01T00:00:00Z")
        let text = try String(contentsOfFile: users.path, encoding: .utf8)
        XCTAssertFalse(text.contains("sehr-geheim"))
        XCTAssertTrue(text.contains("$2b$04$"))
        XCTAssertEqual(users.authenticate(name: "clara", password: "sehr-geheim")?.role, .edit)
        XCTAssertNil(users.authenticate(name: "clara", password: "falsch"))
        XCTAssertNil(users.authenticate(name: "niemand", password: "sehr-geheim"))
        XCTAssertThrowsError(try users.add(name: "../x", role: .read, password: "sehr-geheim", time: "t"))
        XCTAssertThrowsError(try users.add(name: "kurz", role: .read, password: "kurz", time: "t"))
        try users.remove(name: "clara")
        XCTAssertEqual(try users.users(), [])
        XCTAssertThrowsError(try users.remove(name: "clara")) { XCTAssertEqual(($0 as? UserDirectory.Problem)?.message, "es gibt keinen Benutzer „clara“") }
    }

    /// A multipart/form-data body with files in field `file` (boundary "grenze").
    static func multipart(_ files: [(String, Data)], fields: [String: String] = [:]) -> Data {
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--grenze\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for (name, data) in files {
            body.append(Data("--grenze\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--grenze--\r\n".utf8))
        return body
    }
}
