import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReport
import PlanwerkWriters
import PlanwerkXML
import XCTest
import ZIPFoundation

/// Council papers: the acceptance cases through the binary, ODT read back with LibreOffice and poppler,
/// content.xml against a golden file, templates that must be refused, routing and numbering.
final class CouncilPaperTests: XCTestCase {
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Records of the seeds written by `planwerk ingest` into a fresh folder.
    static let records: URL = {
        let dir = temporaryDirectory().appendingPathComponent("records")
        let r = try! runProcess(Fixtures.binary, ["ingest"] + Fixtures.seedFiles + ["--out", dir.path, "--catalog",
                                Fixtures.packageRoot.appendingPathComponent("inputs/strategic-goals.xml").path], cwd: Fixtures.packageRoot)
        precondition(r.status == 0, r.stderr)
        return dir
    }()

    func vorlage(_ date: String, _ extra: [String], out: URL) throws -> ProcessResult {
        let record = Self.records.appendingPathComponent("\(date)-steuerungsgruppe-sozialplanung.json").path
        return try runProcess(Fixtures.binary, ["vorlage", record, "--out", out.path] + extra, cwd: Fixtures.packageRoot, environment: Self.epoch)
    }

    func testCompletePaperAndRefusedThenDraftedPaper() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let ok = try vorlage("2021-03-05", ["--recommendation", "Sportverein"], out: out)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let base = "MV-2021-040-uebernahme-der-mitgliedsbeitraege-im-sportverein-fuer-famili"
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["odt", "html", "md"].map { "\(base).\($0)" }.sorted())
        let md = try String(contentsOf: out.appendingPathComponent("\(base).md"), encoding: .utf8)
        XCTAssertFalse(md.contains("FEHLT"))
        XCTAssertFalse(md.contains("ENTWURF"))
        XCTAssertTrue(md.contains("| Vorlagen-Nr. | MV/2021/040 |"))
        XCTAssertTrue(md.contains("| Datum | 14. November 2023 |"))
        XCTAssertTrue(md.contains("| Mitteleinsatz (jährlich) | 112.500 € |"))
        XCTAssertTrue(md.contains("| Art der Leistung | freiwillige Leistung |"))
        XCTAssertTrue(md.contains("- Ziel 3.1: Der Kreis Pinneberg"))
        XCTAssertTrue(md.contains("am 5. März 2021 beraten, aber nicht eingeschätzt."))
        XCTAssertTrue(md.contains("| 20. April 2021 | Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren | Vorberatung |"))
        XCTAssertTrue(md.contains("| 23. Juni 2021 | Kreistag | Entscheidung |"))
        let html = try String(contentsOf: out.appendingPathComponent("\(base).html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<th scope=\"row\">Betreff</th><td>Handlungsempfehlung „Übernahme der Mitgliedsbeiträge"))
        XCTAssertFalse(html.contains("http"))  // self-contained

        let refused = try vorlage("2023-05-12", ["--recommendation", "Rucksack"], out: out)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("keine Vorlage erstellt, es fehlen Pflichtangaben"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("[budget.missing]"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).count, 3)  // nothing else written

        let draft = try vorlage("2023-05-12", ["--recommendation", "Rucksack", "--draft"], out: out)
        XCTAssertEqual(draft.status, 0, draft.stderr)
        let draftBase = "MV-2023-040-ausweitung-des-modellprojekts-rucksack-kita-an-mindestens-ei"
        let draftMD = try String(contentsOf: out.appendingPathComponent("\(draftBase).md"), encoding: .utf8)
        XCTAssertEqual(draftMD.components(separatedBy: "[FEHLT: ").count - 1, 3)
        for gap in ["[FEHLT: Mitteleinsatz]", "[FEHLT: Art der Leistung]", "[FEHLT: strategische Ziele]"] { XCTAssertTrue(draftMD.contains(gap), gap) }
        XCTAssertTrue(draftMD.contains("**ENTWURF**"))
        let draftHTML = try String(contentsOf: out.appendingPathComponent("\(draftBase).html"), encoding: .utf8)
        XCTAssertEqual(draftHTML.components(separatedBy: "<mark class=\"fehlt\">").count - 1, 3)

        // The ODTs open in LibreOffice: converted to PDF in one batch, read back with poppler.
        let pdfDir = out.appendingPathComponent("pdf")
        let profile = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let soffice = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["soffice", "--headless", "-env:UserInstallation=file://\(profile.path)",
                                     "--convert-to", "pdf", "--outdir", pdfDir.path, out.appendingPathComponent("\(base).odt").path,
                                     out.appendingPathComponent("\(draftBase).odt").path])
        XCTAssertEqual(soffice.status, 0, soffice.stderr)
        let text = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", "-layout", pdfDir.appendingPathComponent("\(base).pdf").path, "-"]).stdout
        for expected in ["Betreff", "Übernahme der Mitgliedsbeiträge", "Beschlussformulierung", "112.500 €", "Beratungsfolge", "Hauptausschuss", "MV/2021/040"] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing in:\n\(text)")
        }
        let draftText = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", pdfDir.appendingPathComponent("\(draftBase).pdf").path, "-"]).stdout
        XCTAssertTrue(draftText.contains("ENTWURF"))
        XCTAssertTrue(draftText.contains("[FEHLT: Mitteleinsatz]"), draftText)

        // The ODT package and its content.xml against the golden file (compared as parsed XML).
        let archive = try Archive(url: out.appendingPathComponent("\(base).odt"), accessMode: .read)
        let entries = Array(archive)
        XCTAssertEqual(entries.first?.path, "mimetype")
        XCTAssertEqual(entries.first?.isCompressed, false)
        XCTAssertEqual(Set(entries.map(\.path)), ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"])
        var content = Data()
        _ = try archive.extract(archive["content.xml"]!) { content.append($0) }
        try assertGolden(content, "mv-sportverein-content.xml")
    }

    func testRunWritesPapersForTheDossierRecommendations() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: inputs)
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", inputs.path, "--outputs", dir.appendingPathComponent("outputs").path],
                               cwd: Fixtures.packageRoot, environment: Self.epoch)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Vorlagen: 8 nach"), r.stdout)
        XCTAssertTrue(r.stdout.contains("davon 1 Entwürfe mit markierten Lücken"), r.stdout)
        let papers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/vorlagen").path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(papers.count, 8)
        XCTAssertEqual(papers.first, "MV-2022-040-inklusive-deutsch-und-integrationskurse.md")
        XCTAssertTrue(papers.contains("MV-2023-044-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.md"))
        // Bildung is routed through the Jugendhilfeausschuss.
        let sprach = try String(contentsOf: dir.appendingPathComponent("outputs/vorlagen/MV-2023-044-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.md"), encoding: .utf8)
        XCTAssertTrue(sprach.contains("| 22. Juni 2023 | Jugendhilfeausschuss | Vorberatung |"), sprach)
        XCTAssertTrue(sprach.contains("als in hohem Maße steuerungsrelevant eingeschätzt"))
        XCTAssertTrue(sprach.contains("Sie wurde in das Planungsdossier „Sozialplanung Fokus 2023“ aufgenommen."))
    }

    func testPlaceholderFormats() {
        XCTAssertEqual(TemplateText.apply("euro", to: "112500"), "112.500 €")
        XCTAssertEqual(TemplateText.apply("euro", to: "112.500 €"), "112.500 €")
        XCTAssertEqual(TemplateText.apply("euro", to: "99999999999999999999"), "99999999999999999999")
        XCTAssertEqual(TemplateText.apply("datum", to: "2024-03-01"), "1. März 2024")
        XCTAssertEqual(TemplateText.apply("datum", to: "bald"), "bald")
        XCTAssertEqual(TemplateText.apply("text", to: "2024-03-01"), "2024-03-01")
        XCTAssertEqual(TemplateText.apply(nil, to: "48000"), "48000")
    }

    func testBadTemplatesAreRefusedWithFileAndLine() throws {
        let schema = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(TemplateLoader.defaultSchemaPath))
        func problems(_ name: String) -> [String] {
            do {
                _ = try TemplateLoader.parse(Fixtures.data("templates/\(name)"), file: name, schema: schema)
                return []
            } catch let e as ConfigError {
                return e.lines
            } catch {
                return ["\(error)"]
            }
        }
        XCTAssertEqual(problems("unknown-field.xml"), ["unknown-field.xml: Zeile 7: unbekanntes Feld „empfehlung.haushaltsstelle“"])
        XCTAssertTrue(problems("malformed.xml").first?.hasPrefix("malformed.xml: Zeile 8: Start- und End-Tag passen nicht zusammen") == true, "\(problems("malformed.xml"))")
        XCTAssertTrue(problems("xxe.xml").first?.contains("DOCTYPE") == true, "\(problems("xxe.xml"))")
        XCTAssertTrue(problems("entity-bomb.xml").first?.contains("DOCTYPE") == true, "\(problems("entity-bomb.xml"))")
        // The shipped templates load.
        for type in ["mitteilungsvorlage", "beschlussvorlage"] {
            XCTAssertNoThrow(try TemplateLoader.load(Fixtures.packageRoot.appendingPathComponent("inputs/templates/\(type).xml").path,
                                                     schema: Fixtures.packageRoot.appendingPathComponent(TemplateLoader.defaultSchemaPath).path))
        }
        // Through the binary: exit 1, the problem named, nothing written.
        let config = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        try FileManager.default.createDirectory(at: config.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs/vorlagen.json"), to: config.appendingPathComponent("vorlagen.json"))
        try Fixtures.data("templates/xxe.xml").write(to: config.appendingPathComponent("templates/mitteilungsvorlage.xml"))
        let out = config.appendingPathComponent("out")
        let r = try vorlage("2021-03-05", ["--recommendation", "Sportverein", "--config-dir", config.path], out: out)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("templates/mitteilungsvorlage.xml: "), r.stderr)
        XCTAssertFalse(r.stderr.contains("root:"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testRoutingAndNumbering() throws {
        var settings = try CouncilSettings.load(inputs: Fixtures.packageRoot.appendingPathComponent("inputs").path)
        settings.committees = [
            .init(name: "Jugendhilfeausschuss", meetings: ["2023-05-01", "2023-06-22", "2023-09-21"]),
            .init(name: "Hauptausschuss", meetings: ["2023-06-20", "2023-07-05"]),
            .init(name: "Kreistag", meetings: ["2023-07-19"]),
            .init(name: "Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren", meetings: ["2023-06-13"]),
        ]
        let planner = PaperPlanner(settings: settings)
        // Each committee's first meeting after the previous step.
        XCTAssertEqual(planner.consultation(field: "Bildung", after: "2023-05-12"), [
            ConsultationStep(date: "2023-06-22", committee: "Jugendhilfeausschuss", role: "Vorberatung"),
            ConsultationStep(date: "2023-07-05", committee: "Hauptausschuss", role: "Vorberatung"),
            ConsultationStep(date: "2023-07-19", committee: "Kreistag", role: "Entscheidung"),
        ])
        XCTAssertEqual(planner.consultation(field: "Gesundheitsversorgung und Pflege", after: "2023-05-12").map(\.committee),
                       ["Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren", "Kreistag"])
        XCTAssertEqual(planner.consultation(field: "Mobilität", after: "2023-07-01").map(\.date), ["2023-06-13", "2023-07-05", "2023-07-19"].map { $0 == "2023-06-13" ? nil : $0 })
        // The Handlungsfeld from the assignment file when the record has none (titles matched tolerantly).
        XCTAssertEqual(planner.field(of: Recommendation(title: "Bekenntnis der Kreispolitik zur Istanbul Konvention")), "Soziales Leben und Freizeit")
        // Numbers by position among the year's papers, sorted by meeting date and title.
        var a = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2023-05-12")
        a.recommendations = [Recommendation(title: "Zeta", includedInDossier: true), Recommendation(title: "Alpha", includedInDossier: true),
                             Recommendation(title: "Nicht aufgenommen", includedInDossier: false)]
        var b = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2023-11-24")
        b.recommendations = [Recommendation(title: "Beta", includedInDossier: true)]
        let numbers = planner.plan([b, a], type: "beschlussvorlage").map { "\($0.number) \($0.recommendation.title)" }
        XCTAssertEqual(numbers, ["BV/2023/010 Alpha", "BV/2023/011 Zeta", "BV/2023/012 Beta"])
    }

    func testWritersEscapeAndAreDeterministic() throws {
        let doc = ReportDocument(title: "Mitteilungsvorlage", fields: [("Betreff", [TextRun("<script>alert(1)</script> & „x“")])],
                                 blocks: [.heading(level: 1, text: "A <b>"), .paragraph([TextRun("**fett?** [link](x)")]),
                                          .table(header: ["a|b"], rows: [[[TextRun("1 | 2")]]])], date: "2023-11-14")
        let html = HTMLWriter.render(doc)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; „x“"))
        XCTAssertFalse(html.contains("<script>"))
        let md = MarkdownWriter.render(doc)
        XCTAssertTrue(md.contains("\\*\\*fett?\\*\\* \\[link\\](x)"))
        XCTAssertTrue(md.contains("| a\\|b |"))
        XCTAssertEqual(try ODTWriter.render(doc), try ODTWriter.render(doc))
    }
}

/// Compares XML with a golden file in Fixtures/golden as parsed trees (formatting aside). A missing
/// golden file, or UPDATE_GOLDEN=1, writes it into the source tree and fails, so a new baseline is reviewed.
func assertGolden(_ xml: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    guard let url = try goldenFile(xml, name, file: file, line: line) else { return }
    let expected = try SafeXMLParser.parse(Data(contentsOf: url))
    let actual = try SafeXMLParser.parse(xml)
    XCTAssertEqual(actual, expected, "content differs from golden \(name)", file: file, line: line)
}

/// The golden file to compare with; nil (and a failure) when it was just written.
func goldenFile(_ data: Data, _ name: String, file: StaticString, line: UInt) throws -> URL? {
    let url = Fixtures.packageRoot.appendingPathComponent("Tests/PlanwerkTests/Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
        try data.write(to: url)
        XCTFail("golden file \(name) written; review and commit it", file: file, line: line)
        return nil
    }
    return url
}
