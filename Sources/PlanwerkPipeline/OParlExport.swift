import Crypto
import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkReport

/// A static OParl 1.1 tree of the archive: System, Body (the Kreis), Organization (the steering group and the
/// committees of the calendar), Meeting with embedded AgendaItem, Paper for every generated Vorlage (with its
/// Beratungsfolge as Consultation and its files as File), Location; lists as OParl pages. Every id is
/// `<base>/<path>` and the object lies in `<dir>/<path>`, so the tree can be served as it is; ids follow what
/// the protocols state (dates, titles, Vorlagen-Nr.) and stay the same across runs. Vote counts and
/// assessments, which OParl lacks, are in `planwerk:`-prefixed keys.
public struct OParlExport: Sendable {
    public let base: String
    public let profile: Profile
    public let settings: CouncilSettings?
    /// "YYYY-MM-DDTHH:MM:SSZ", the export's `modified`.
    public let stamp: String

    public init(base: String, profile: Profile, settings: CouncilSettings?, stamp: String) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.profile = profile
        self.settings = settings
        self.stamp = stamp
    }

    /// A generated paper with its files.
    public struct PaperFiles: Sendable {
        public var paper: CouncilPapers.Paper
        public var files: [URL]
        public init(paper: CouncilPapers.Paper, files: [URL]) {
            self.paper = paper
            self.files = files
        }
    }

    /// The papers of `records` that the register in inputs/ knows (no number is given here), with their files as
    /// the last run wrote them into outputs/vorlagen. Errors: `ConfigError` (templates, register).
    public static func registeredPapers(_ records: [MeetingRecord], inputs: String, outputs: String, catalog: StrategicGoalCatalog?) throws -> [PaperFiles] {
        let generator = try CouncilPapers.load(inputs: inputs, kind: "mitteilungsvorlage", catalog: catalog, date: CouncilPapers.documentDate())
        let register = try PaperRegister.load(inputs: inputs)
        let dir = URL(fileURLWithPath: outputs).appendingPathComponent("vorlagen")
        return generator.papers(records, draft: true, register: register).papers.filter { !$0.planned.isNew }.map { paper in
            let files = DocumentFormat.allCases.map { dir.appendingPathComponent("\(paper.fileName).\($0.rawValue)") }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
            return PaperFiles(paper: paper, files: files)
        }
    }

    static let version = "https://schema.oparl.org/1.1/"
    func type(_ name: String) -> String { Self.version + name }
    /// The id (address) of the object at `path`.
    public func url(_ path: String) -> String { "\(base)/\(path)" }

    /// The objects by path (each written to `<dir>/<path>`), and the papers' files copied to `files/`.
    public func objects(records: [MeetingRecord], papers: [PaperFiles]) -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        let body = Slug.make(profile.kreis)
        let bodyPath = "body/\(body).json"
        let steering = "organization/\(Slug.make(profile.body)).json"
        func list(_ path: String, _ items: [[String: Any]]) {
            out[path] = ["data": items, "pagination": ["totalElements": items.count, "elementsPerPage": max(1, items.count), "currentPage": 1, "totalPages": 1],
                         "links": ["first": url(path), "last": url(path)]]
        }
        out["system.json"] = ["id": url("system.json"), "type": type("System"), "oparlVersion": Self.version, "body": url("bodies.json"),
                              "name": "Planwerk – \(profile.kreis)", "created": stamp, "modified": stamp]
        let bodyObject: [String: Any] = [
            "id": url(bodyPath), "type": type("Body"), "system": url("system.json"), "name": profile.kreis,
            "organization": url("body/\(body)/organizations.json"), "person": url("body/\(body)/people.json"),
            "meeting": url("body/\(body)/meetings.json"), "paper": url("body/\(body)/papers.json"), "legislativeTerm": [] as [Any],
            "created": stamp, "modified": stamp,
        ]
        out[bodyPath] = bodyObject
        list("bodies.json", [bodyObject])
        list("body/\(body)/people.json", [])

        // Organizations: the steering group and the committees of the calendar (and of the routes).
        var organizations: [[String: Any]] = []
        func organization(_ name: String, _ kind: String) -> String {
            let path = "organization/\(Slug.make(name)).json"
            if out[path] == nil {
                let o: [String: Any] = ["id": url(path), "type": type("Organization"), "body": url(bodyPath), "name": name, "organizationType": kind,
                                        "created": stamp, "modified": stamp]
                out[path] = o
                organizations.append(o)
            }
            return url(path)
        }
        _ = organization(profile.body, "Gremium")
        for c in settings?.committees ?? [] { _ = organization(c.name, "Gremium") }

        // Meetings with their agenda and, in the extension, the decisions with votes and assessments.
        var meetings: [[String: Any]] = []
        for record in records.sorted(by: { $0.date < $1.date }) {
            let path = "meeting/\(record.id).json"
            var m: [String: Any] = ["id": url(path), "type": type("Meeting"), "name": "Sitzung der \(record.body) am \(GermanFormat.date(record.date))",
                                    "start": Self.dateTime(record.date, nil), "organization": [url(steering)],
                                    "created": Self.dateTime(record.date, nil), "modified": stamp]
            if let place = record.location {
                let lpath = "location/\(Slug.make(place)).json"
                let location: [String: Any] = ["id": url(lpath), "type": type("Location"), "description": place, "created": stamp, "modified": stamp]
                out[lpath] = location
                m["location"] = location
            }
            m["agendaItem"] = record.agenda.map { item -> [String: Any] in
                ["id": url("meeting/\(record.id)/agenda/\(item.position).json"), "type": type("AgendaItem"), "meeting": url(path),
                 "order": item.position, "number": String(item.position), "name": item.title, "created": Self.dateTime(record.date, nil), "modified": stamp]
            }
            m["planwerk:handlungsempfehlungen"] = record.recommendations.filter { $0.includedInDossier != nil }.map { rec -> [String: Any] in
                ["titel": rec.title, "steuerungsrelevanz": rec.relevance?.rawValue ?? NSNull(), "insDossier": rec.includedInDossier ?? NSNull(),
                 "dossier": rec.dossier ?? NSNull()]
            }
            m["planwerk:zielvorschlaege"] = record.goalProposals.map { g -> [String: Any] in
                ["titel": g.title, "stimmeZu": g.agree ?? NSNull(), "passtNicht": g.disagree ?? NSNull()]
            }
            out[path] = m
            for item in (m["agendaItem"] as? [[String: Any]]) ?? [] {
                out["meeting/\(record.id)/agenda/\(item["order"]!).json"] = item
            }
            meetings.append(m)
        }
        list("body/\(body)/meetings.json", meetings)

        // Papers with their Beratungsfolge and files.
        var paperObjects: [[String: Any]] = []
        for item in papers {
            guard let document = item.paper.document else { continue }
            let p = item.paper
            let slug = p.fileName
            let path = "paper/\(slug).json"
            let lead = organization(settings?.office.lead ?? profile.leadOffice, "Verwaltung")
            let consultations = Self.consultation(document).enumerated().map { i, step -> [String: Any] in
                ["id": url("paper/\(slug)/consultation/\(i + 1).json"), "type": type("Consultation"), "paper": url(path),
                 "organization": [organization(step.committee, "Gremium")], "role": step.role, "authoritative": step.role == "Entscheidung",
                 "created": "\(p.planned.date)T00:00:00Z", "modified": stamp]
            }
            var files: [[String: Any]] = []
            for file in item.files.sorted(by: { Self.rank($0) < Self.rank($1) }) {
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                let fpath = "file/\(slug)-\(file.pathExtension).json"
                var f: [String: Any] = ["id": url(fpath), "type": type("File"), "name": "\(document.title) \(p.planned.number) (\(file.pathExtension.uppercased()))",
                                        "fileName": file.lastPathComponent, "mimeType": Self.mime(file.pathExtension), "size": data.count,
                                        "sha512Checksum": SHA512.hash(data: data).map { String(format: "%02x", $0) }.joined(),
                                        "accessUrl": url("files/\(file.lastPathComponent)"), "date": p.planned.date, "paper": [url(path)],
                                        "created": "\(p.planned.date)T00:00:00Z", "modified": stamp]
                if file.pathExtension == "md" { f["text"] = String(decoding: data, as: UTF8.self) }
                out[fpath] = f
                files.append(f)
            }
            for (i, c) in consultations.enumerated() { out["paper/\(slug)/consultation/\(i + 1).json"] = c }
            var paper: [String: Any] = ["id": url(path), "type": type("Paper"), "body": url(bodyPath), "name": "Handlungsempfehlung „\(p.planned.recommendation.title)“",
                                        "reference": p.planned.number, "date": p.planned.date, "paperType": document.title, "underDirectionOf": [lead],
                                        "consultation": consultations, "created": "\(p.planned.date)T00:00:00Z", "modified": stamp,
                                        "planwerk:entwurf": !p.missing.isEmpty]
            if let main = files.first { paper["mainFile"] = main }
            if files.count > 1 { paper["auxiliaryFile"] = Array(files.dropFirst()) }
            out[path] = paper
            paperObjects.append(paper)
        }
        list("body/\(body)/papers.json", paperObjects)
        list("body/\(body)/organizations.json", organizations)
        return out
    }

    /// Writes the tree into `dir` (objects as JSON, the papers' files under files/), atomically per file; returns the count.
    public func write(records: [MeetingRecord], papers: [PaperFiles], to dir: URL) throws -> Int {
        let objects = objects(records: records, papers: papers)
        for (path, object) in objects {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try AtomicFileWriter.write(data + Data("\n".utf8), to: dir.appendingPathComponent(path))
        }
        for file in papers.flatMap(\.files) {
            if let data = FileManager.default.contents(atPath: file.path) { try AtomicFileWriter.write(data, to: dir.appendingPathComponent("files/\(file.lastPathComponent)")) }
        }
        return objects.count
    }

    /// The Beratungsfolge rows of a paper (committee, role) as written in it.
    static func consultation(_ doc: ReportDocument) -> [(committee: String, role: String)] {
        for block in doc.blocks {
            if case .table(let header, let rows) = block, header == ["Datum", "Gremium", "Zuständigkeit"] {
                return rows.compactMap { row in row.count == 3 ? (row[1].map(\.text).joined(), row[2].map(\.text).joined()) : nil }
            }
        }
        return []
    }

    /// PDF first (the main file), then ODT, HTML, Markdown.
    static func rank(_ url: URL) -> Int { ["pdf": 0, "odt": 1, "html": 2, "md": 3][url.pathExtension] ?? 9 }

    static func mime(_ ext: String) -> String {
        ["pdf": "application/pdf", "odt": "application/vnd.oasis.opendocument.text", "html": "text/html", "md": "text/markdown"][ext] ?? "application/octet-stream"
    }

    /// "2023-05-12T13:00:00+02:00": a meeting time in Europe/Berlin (midnight when no time is known).
    static func dateTime(_ date: String, _ time: String?) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let d = date.split(separator: "-").compactMap { Int($0) }
        let t = (time ?? "00:00").split(separator: ":").compactMap { Int($0) }
        guard d.count == 3, t.count == 2, let moment = calendar.date(from: DateComponents(year: d[0], month: d[1], day: d[2], hour: t[0], minute: t[1])) else {
            return "\(date)T00:00:00Z"
        }
        let offset = TimeZone(identifier: "Europe/Berlin")!.secondsFromGMT(for: moment) / 3600
        return String(format: "%@T%02d:%02d:00+%02d:00", date, t[0], t[1], offset)
    }
}
