import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReport
import PlanwerkReview
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

    /// A copy of the sample inputs/ (the paper register is written there, never into the checkout).
    static func inputsCopy() throws -> URL {
        let inputs = temporaryDirectory().appendingPathComponent("inputs")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: inputs)
        return inputs
    }

    /// A release of the meeting in the config copy's freigaben/ (as `planwerk release` writes it).
    func release(_ recordID: String, config: URL) throws {
        let record = try MeetingRecord.fromJSON(Data(contentsOf: Self.records.appendingPathComponent("\(recordID).json")))
        let folder = ReviewFolder(inputs: config.path)
        try FileManager.default.createDirectory(atPath: (folder.releasesPath(recordID) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try ReviewFolder.file(releases: [Release(author: "B. Meyer", time: "2023-11-13T09:00:00Z", facts: ReleaseCheck.usedValues(record))])
            .write(to: URL(fileURLWithPath: folder.releasesPath(recordID)))
    }

    func vorlage(_ date: String, _ extra: [String], out: URL, config: URL, epoch: [String: String] = CouncilPaperTests.epoch) throws -> ProcessResult {
        let record = Self.records.appendingPathComponent("\(date)-steuerungsgruppe-sozialplanung.json").path
        return try runProcess(Fixtures.binary, ["vorlage", record, "--out", out.path, "--config-dir", config.path] + extra,
                              cwd: Fixtures.packageRoot, environment: epoch)
    }

    func testCompletePaperAndRefusedThenDraftedPaper() throws {
        let out = temporaryDirectory()
        let config = try Self.inputsCopy()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: config) }
        try release("2021-03-05-steuerungsgruppe-sozialplanung", config: config)
        let ok = try vorlage("2021-03-05", ["--recommendation", "Sportverein"], out: out, config: config)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let base = "MV-2023-040-uebernahme-der-mitgliedsbeitraege-im-sportverein-fuer-famili"
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["odt", "html", "md"].map { "\(base).\($0)" }.sorted())
        let md = try String(contentsOf: out.appendingPathComponent("\(base).md"), encoding: .utf8)
        XCTAssertFalse(md.contains("FEHLT"))
        XCTAssertFalse(md.contains("ENTWURF"))
        XCTAssertFalse(md.contains("keine Angabe"))
        // The number continues the paper's year (the year of its date), the date is the day it was numbered.
        XCTAssertTrue(md.contains("| Vorlagen-Nr. | MV/2023/040 |"))
        XCTAssertTrue(md.contains("| Datum | 14. November 2023 |"))
        XCTAssertTrue(md.contains("| Mitteleinsatz (jährlich) | 112.500 € |"))
        XCTAssertTrue(md.contains("| Art der Leistung | freiwillige Leistung |"))
        XCTAssertTrue(md.contains("- Ziel 3.1: Der Kreis Pinneberg"))
        // The meeting did not assess it: the paper says nothing about an assessment or the dossier.
        XCTAssertFalse(md.contains("eingeschätzt"))
        XCTAssertFalse(md.contains("Planungsdossier"))
        // Kenntnisnahme only, at committee dates after the paper's date; the formulation is offered, not requested.
        XCTAssertTrue(md.contains("| 28. November 2023 | Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren | Kenntnisnahme |"), md)
        XCTAssertTrue(md.contains("| 17. April 2024 | Kreistag | Kenntnisnahme |"))
        XCTAssertFalse(md.contains("Entscheidung"))
        XCTAssertFalse(md.contains("beauftragt"))
        XCTAssertTrue(md.contains("Der Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren nimmt die Handlungsempfehlung „Übernahme der Mitgliedsbeiträge"))
        XCTAssertTrue(md.contains("ist kein Beschlussvorschlag dieser Mitteilungsvorlage"))
        XCTAssertTrue(md.contains("Im Auftrag\n\nStabsstelle Sozialplanung und Steuerung"))
        XCTAssertFalse(md.contains("## Anlagen"))
        let html = try String(contentsOf: out.appendingPathComponent("\(base).html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<th scope=\"row\">Betreff</th><td>Handlungsempfehlung „Übernahme der Mitgliedsbeiträge"))
        XCTAssertFalse(html.contains("http"))  // self-contained

        let refused = try vorlage("2023-05-12", ["--recommendation", "Rucksack"], out: out, config: config)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("keine Vorlage erstellt, es fehlen Pflichtangaben"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("  - Mitteleinsatz\n"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("  - Ausgangslage\n"), refused.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).count, 3)  // nothing else written

        let draft = try vorlage("2023-05-12", ["--recommendation", "Rucksack", "--draft"], out: out, config: config)
        XCTAssertEqual(draft.status, 0, draft.stderr)
        let draftBase = "MV-2023-041-ausweitung-des-modellprojekts-rucksack-kita-an-mindestens-ei"
        let draftMD = try String(contentsOf: out.appendingPathComponent("\(draftBase).md"), encoding: .utf8)
        let gaps = ["[FEHLT: Mitteleinsatz]", "[FEHLT: Art der Leistung]", "[FEHLT: strategische Ziele]", "[FEHLT: Ausgangslage]", "[FEHLT: Ziele/Effekte/Wirkungen]"]
        // The meeting is not released: that is said in the reason (no place in the text to mark).
        XCTAssertEqual(draftMD.components(separatedBy: "[FEHLT: ").count - 1, gaps.count, draftMD)
        for gap in gaps { XCTAssertTrue(draftMD.contains(gap), gap) }
        XCTAssertTrue(draftMD.contains("**ENTWURF**"))
        XCTAssertTrue(draftMD.contains("ENTWURF – nicht versandfähig. Es fehlen: Mitteleinsatz, Art der Leistung, strategische Ziele, Freigabe der Sitzung vom 12. Mai 2023 (planwerk release), Ausgangslage, Ziele/Effekte/Wirkungen."), draftMD)
        XCTAssertFalse(draftMD.contains("keine Angabe"))
        let draftHTML = try String(contentsOf: out.appendingPathComponent("\(draftBase).html"), encoding: .utf8)
        XCTAssertEqual(draftHTML.components(separatedBy: "<mark class=\"fehlt\">").count - 1, gaps.count + 1)

        // The ODTs open in LibreOffice: converted to PDF in one batch, read back with poppler.
        let pdfDir = out.appendingPathComponent("pdf")
        let profile = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let soffice = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["soffice", "--headless", "-env:UserInstallation=file://\(profile.path)",
                                     "--convert-to", "pdf", "--outdir", pdfDir.path, out.appendingPathComponent("\(base).odt").path,
                                     out.appendingPathComponent("\(draftBase).odt").path])
        XCTAssertEqual(soffice.status, 0, soffice.stderr)
        let text = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", "-layout", pdfDir.appendingPathComponent("\(base).pdf").path, "-"]).stdout
        for expected in ["Betreff", "Übernahme der Mitgliedsbeiträge", "Beschlussformulierung", "112.500 €", "Beratungsfolge", "Hauptausschuss", "MV/2023/040"] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing in:\n\(text)")
        }
        XCTAssertTrue(text.contains("Seite 1 von 3"), text)
        let draftText = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", pdfDir.appendingPathComponent("\(draftBase).pdf").path, "-"]).stdout
        XCTAssertTrue(draftText.contains("ENTWURF"))
        // The Markdown of both papers is CommonMark: every emphasis and gap is markup, no link.
        let check = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("markdown/commonmark_check.py").path,
                                   out.appendingPathComponent("\(base).md").path, out.appendingPathComponent("\(draftBase).md").path])
        XCTAssertEqual(check.status, 0, check.stderr)
        let parsed = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: [String: Any]]
        XCTAssertEqual(parsed.values.map { $0["problems"] as? [String] ?? ["?"] }, [[], []], check.stdout)
        XCTAssertEqual(parsed[out.appendingPathComponent("\(draftBase).md").path]?["strong"] as? Int, 7)  // marker, reason, five gaps
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
        let outputs = dir.appendingPathComponent("outputs")
        func run(_ epoch: String) throws -> ProcessResult {
            try runProcess(Fixtures.binary, ["run", "--inputs", inputs.path, "--outputs", outputs.path, "--pdf"], cwd: Fixtures.packageRoot,
                           environment: ["SOURCE_DATE_EPOCH": epoch])
        }
        let r = try run("1686000000")  // 2023-06-05
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Vorlagen: 8 nach"), r.stdout)
        XCTAssertTrue(r.stdout.contains("davon 8 Entwürfe mit markierten Lücken"), r.stdout)
        func papers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: outputs.appendingPathComponent("vorlagen").path).filter { $0.hasSuffix(".md") }.sorted()
        }
        let first = try papers()
        XCTAssertEqual(first.count, 8)
        // Numbered in the order of meeting date, then German title order (Ä as A).
        XCTAssertEqual(first.prefix(4), ["MV-2023-040-inklusive-deutsch-und-integrationskurse.md",
                                         "MV-2023-041-koordination-gruppenangebote-fuer-kinder-aus-suchtbelasteten.md",
                                         "MV-2023-042-aemterlotsinnen-aemterlotsen.md",
                                         "MV-2023-043-ausweitung-des-modellprojekts-rucksack-kita-an-mindestens-ei.md"])
        let sprachName = "MV-2023-047-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.md"
        XCTAssertTrue(first.contains(sprachName))
        // Bildung is routed through the Jugendhilfeausschuss; a Mitteilungsvorlage only for Kenntnisnahme.
        let sprach = try String(contentsOf: outputs.appendingPathComponent("vorlagen/\(sprachName)"), encoding: .utf8)
        XCTAssertTrue(sprach.contains("| 22. Juni 2023 | Jugendhilfeausschuss | Kenntnisnahme |"), sprach)
        XCTAssertTrue(sprach.contains("als „in hohem Maße steuerungsrelevant“ eingeschätzt"))
        XCTAssertTrue(sprach.contains("in dieser Sitzung in das Planungsdossier „Sozialplanung Fokus 2023“ aufgenommen."))
        XCTAssertFalse(sprach.contains("keine Angabe"))
        // The overview lists the papers by title (German order) with their state and links.
        let index = try String(contentsOf: outputs.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("<li><strong>Ämterlotsinnen/Ämterlotsen</strong> <span class=\"stand entwurf\">ENTWURF – es fehlen: Freigabe der Sitzung vom 12. Mai 2023 (planwerk release), Beschreibung der Empfehlung"), index)
        XCTAssertTrue(index.contains("<a href=\"vorlagen/MV-2023-042-aemterlotsinnen-aemterlotsen.odt\" aria-label=\"Ämterlotsinnen/Ämterlotsen – ODT\">ODT</a>"), index)
        XCTAssertLessThan(index.range(of: "Ämterlotsinnen")!.lowerBound, index.range(of: "Bekenntnis")!.lowerBound)
        let register = try String(contentsOf: inputs.appendingPathComponent("vorlagen-register.json"), encoding: .utf8)
        XCTAssertTrue(register.contains("\"nummer\" : \"MV/2023/047\""), register)

        // run writes a PDF/A-2b beside every ODT (LibreOffice, one batch): fonts embedded, tagged, metadata from the
        // paper, "Seite 1 von N", the dossiers' chart; Planwerk's own PDF reader reads the paper back in order.
        let odts = try FileManager.default.subpathsOfDirectory(atPath: outputs.path).filter { $0.hasSuffix(".odt") }
        XCTAssertEqual(odts.count, 8 + 2)
        func tool(_ args: [String]) throws -> String { try runProcess(URL(fileURLWithPath: "/usr/bin/env"), args).stdout }
        for odt in odts {
            let pdf = outputs.appendingPathComponent((odt as NSString).deletingPathExtension + ".pdf").path
            XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), pdf)
            let fonts = try tool(["pdffonts", pdf]).split(separator: "\n").dropFirst(2)
            XCTAssertFalse(fonts.isEmpty, pdf)
            for font in fonts { XCTAssertEqual(font.split(separator: " ", omittingEmptySubsequences: true).dropLast(4).last, "yes", "\(pdf): \(font)") }
            let xmp = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
            XCTAssertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), pdf)
            let info = try tool(["pdfinfo", pdf])
            XCTAssertTrue(info.contains("Tagged:          yes"), info)
            let text = try tool(["pdftotext", pdf, "-"])
            XCTAssertTrue(text.contains("Seite 1 von "), pdf)
            if odt.hasPrefix("dossier/") { XCTAssertTrue(text.contains("Abstimmung über die Zielvorschläge"), pdf) } else { XCTAssertTrue(text.contains("ENTWURF"), pdf) }
        }
        let sprachPDF = outputs.appendingPathComponent("vorlagen/MV-2023-047-sprachstandserhebung-von-kindern-in-kindertageseinrichtungen.pdf").path
        let info = try tool(["pdfinfo", sprachPDF])
        XCTAssertTrue(info.contains("Title:           Handlungsempfehlung „Sprachstandserhebung von Kindern in Kindertageseinrichtungen“"), info)
        XCTAssertTrue(info.contains("Subject:         MV/2023/047"), info)
        XCTAssertTrue(info.contains("Author:          Stabsstelle Sozialplanung und Steuerung"), info)
        let read = try runProcess(Fixtures.binary, ["blocks", sprachPDF]).stdout
        let order = ["Vorlagen-Nr. | MV/2023/047", "Betreff | Handlungsempfehlung „Sprachstandserhebung", "Beratungsfolge", "para\tMitteilung\n", "Finanzielle Auswirkungen"]
        let places = order.map { read.range(of: $0)?.lowerBound }
        XCTAssertFalse(places.contains(nil), read)
        XCTAssertEqual(places.compactMap { $0 }, places.compactMap { $0 }.sorted(), read)

        // Later: outputs deleted, run again on another day -> the same numbers and dates.
        try FileManager.default.removeItem(at: outputs)
        let again = try run("1733300000")  // 2024-12-04
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try papers(), first)
        let sprachAgain = try String(contentsOf: outputs.appendingPathComponent("vorlagen/\(sprachName)"), encoding: .utf8)
        XCTAssertTrue(sprachAgain.contains("| Datum | 5. Juni 2023 |"))
        XCTAssertEqual(try String(contentsOf: inputs.appendingPathComponent("vorlagen-register.json"), encoding: .utf8), register)

        // One more paper (not taken into the dossier) gets the next number of its own year; none changes.
        let record = outputs.appendingPathComponent("records/2023-05-12-steuerungsgruppe-sozialplanung.json").path
        let more = try runProcess(Fixtures.binary, ["vorlage", record, "--recommendation", "ÖPNV", "--draft", "--config-dir", inputs.path,
                                                    "--out", outputs.appendingPathComponent("vorlagen").path],
                                  cwd: Fixtures.packageRoot, environment: ["SOURCE_DATE_EPOCH": "1733300000"])
        XCTAssertEqual(more.status, 0, more.stderr)
        XCTAssertTrue(more.stdout.contains("Mitteilungsvorlage MV/2024/040 „Übernahme der ÖPNV-Fahrtkosten"), more.stdout)
        let third = try run("1733300000")
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertEqual(try papers(), first)  // the extra paper is not a dossier paper: run removes it, its number stays taken
        let finalRegister = try PaperRegister.load(inputs: inputs.path)
        XCTAssertEqual(finalRegister.entries.map(\.number), (40...47).map { "MV/2023/0\($0)" } + ["MV/2024/040"])
    }

    func testWithoutLibreOfficeEverythingButThePDFsIsWritten() throws {
        let config = try Self.inputsCopy()
        let dir = config.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runProcess(Fixtures.binary, ["run", "--inputs", config.path, "--outputs", dir.appendingPathComponent("outputs").path, "--pdf"],
                               cwd: dir, environment: Self.epoch.merging(["PATH": "/nonexistent"]) { $1 })
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("LibreOffice fehlt (soffice nicht gefunden); ohne es entstehen keine PDF-Dateien. Installieren: apt-get install libreoffice-writer-nogui"), r.stderr)
        let papers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("outputs/vorlagen").path)
        XCTAssertEqual(papers.filter { $0.hasSuffix(".odt") }.count, 8)
        XCTAssertEqual(papers.filter { $0.hasSuffix(".pdf") }.count, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("outputs/index.html").path))
    }

    func testBeschlussvorlageNeedsTheBudgetFactsOfTheOffice() throws {
        let out = temporaryDirectory()
        let config = try Self.inputsCopy()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: config) }
        try release("2021-03-05-steuerungsgruppe-sozialplanung", config: config)
        // Costs are known, but not Haushaltsjahr and Deckung: refused, nothing written; the number is taken.
        let refused = try vorlage("2021-03-05", ["--recommendation", "Sportverein", "--type", "beschlussvorlage"], out: out, config: config)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("  - Haushaltsjahr\n  - Deckung\n"), refused.stderr)
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [], [])
        // The office enters them in the register: the paper is final, Vorberatung then Entscheidung.
        var register = try PaperRegister.load(inputs: config.path)
        XCTAssertEqual(register.entries.map(\.number), ["BV/2023/010"])
        register.entries[0].budgetYear = "2024"
        register.entries[0].coverage = "Produkt 31.10.01, Mehraufwand aus der allgemeinen Rücklage"
        try register.json().write(to: config.appendingPathComponent(PaperRegister.fileName))
        let ok = try vorlage("2021-03-05", ["--recommendation", "Sportverein", "--type", "beschlussvorlage"], out: out, config: config)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let md = try String(contentsOf: out.appendingPathComponent("BV-2023-010-uebernahme-der-mitgliedsbeitraege-im-sportverein-fuer-famili.md"), encoding: .utf8)
        XCTAssertFalse(md.contains("ENTWURF"))
        XCTAssertTrue(md.contains("1. Der Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren empfiehlt, der Kreistag beschließt die Umsetzung der Handlungsempfehlung „Übernahme der Mitgliedsbeiträge"), md)
        XCTAssertTrue(md.contains("| Haushaltsjahr | 2024 |"))
        XCTAssertTrue(md.contains("| Deckung | Produkt 31.10.01, Mehraufwand aus der allgemeinen Rücklage |"))
        XCTAssertTrue(md.contains("| 28. November 2023 | Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren | Vorberatung |"))
        XCTAssertTrue(md.contains("| 17. April 2024 | Kreistag | Entscheidung |"))
    }

    func testRegisterNeverGivesANumberTwice() throws {
        var settings = try CouncilSettings.load(inputs: Fixtures.packageRoot.appendingPathComponent("inputs").path)
        settings.numberPattern = "{kuerzel}-{nummer}"  // no year: numbers of different years could collide
        let planner = PaperPlanner(settings: settings)
        var a = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2023-05-12")
        a.recommendations = [Recommendation(title: "Zeta", includedInDossier: true), Recommendation(title: "Ärger in der Nachbarschaft vermeiden", includedInDossier: true),
                             Recommendation(title: "Nicht aufgenommen", includedInDossier: false)]
        var b = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2023-11-24")
        b.recommendations = [Recommendation(title: "Beta", includedInDossier: true)]
        let first = planner.plan([b, a], kind: "beschlussvorlage", register: PaperRegister(), date: "2023-12-01")
        XCTAssertEqual(first.papers.map { "\($0.number) \($0.recommendation.title)" }, ["BV-010 Ärger in der Nachbarschaft vermeiden", "BV-011 Zeta", "BV-012 Beta"])
        XCTAssertEqual(first.register.entries.map(\.date), Array(repeating: "2023-12-01", count: 3))
        // A year later, a new paper: the year restarts at 10, but BV-010 is taken, so it gets the first free number.
        var c = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2024-05-10")
        c.recommendations = [Recommendation(title: "Alpha", includedInDossier: true)]
        let second = planner.plan([a, b, c], kind: "beschlussvorlage", register: first.register, date: "2024-06-01")
        XCTAssertEqual(second.papers.map(\.number), ["BV-010", "BV-011", "BV-012", "BV-013"])
        XCTAssertEqual(second.papers.map(\.isNew), [false, false, false, true])
        XCTAssertEqual(second.papers.first?.date, "2023-12-01")
        // A slightly different title (an OCR slip) finds its entry; a Mitteilungsvorlage is numbered on its own.
        a.recommendations[1].title = "Arger in der Nachbarschaft verrneiden"
        XCTAssertEqual(planner.plan([a], kind: "beschlussvorlage", register: second.register, date: "2025-01-01").papers.map(\.number), ["BV-010", "BV-011"])
        XCTAssertEqual(planner.plan([a], kind: "mitteilungsvorlage", register: second.register, date: "2025-01-01").papers.map(\.number), ["MV-040", "MV-041"])
        // The register file round-trips; a number given twice by hand is refused with the file named.
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try second.register.json().write(to: dir.appendingPathComponent(PaperRegister.fileName))
        XCTAssertEqual(try PaperRegister.load(inputs: dir.path), second.register)
        var broken = second.register
        broken.entries.append(broken.entries[0])
        try broken.json().write(to: dir.appendingPathComponent(PaperRegister.fileName))
        XCTAssertThrowsError(try PaperRegister.load(inputs: dir.path)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["Vorlagen-Nr. „BV-010“ ist mehrfach vergeben (bei vorlagen.4)"])
        }
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
        let r = try vorlage("2021-03-05", ["--recommendation", "Sportverein"], out: out, config: config)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("templates/mitteilungsvorlage.xml: "), r.stderr)
        XCTAssertFalse(r.stderr.contains("root:"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testRouting() throws {
        var settings = try CouncilSettings.load(inputs: Fixtures.packageRoot.appendingPathComponent("inputs").path)
        settings.committees = [
            .init(name: "Jugendhilfeausschuss", meetings: ["2023-05-01", "2023-06-22", "2023-09-21"]),
            .init(name: "Hauptausschuss", meetings: ["2023-06-20", "2023-07-05"]),
            .init(name: "Kreistag", meetings: ["2023-07-19"]),
            .init(name: "Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren", meetings: ["2023-06-13"]),
        ]
        let planner = PaperPlanner(settings: settings)
        // Each committee's first meeting after the previous step; a Beschlussvorlage keeps the route's roles.
        XCTAssertEqual(planner.consultation(field: "Bildung", kind: "beschlussvorlage", after: "2023-05-12"), [
            ConsultationStep(date: "2023-06-22", committee: "Jugendhilfeausschuss", role: "Vorberatung"),
            ConsultationStep(date: "2023-07-05", committee: "Hauptausschuss", role: "Vorberatung"),
            ConsultationStep(date: "2023-07-19", committee: "Kreistag", role: "Entscheidung"),
        ])
        // A Mitteilungsvorlage goes to the same committees for Kenntnisnahme, never Entscheidung.
        XCTAssertEqual(planner.consultation(field: "Bildung", kind: "mitteilungsvorlage", after: "2023-05-12").map(\.role),
                       ["Kenntnisnahme", "Kenntnisnahme", "Kenntnisnahme"])
        XCTAssertEqual(planner.consultation(field: "Gesundheitsversorgung und Pflege", kind: "beschlussvorlage", after: "2023-05-12").map(\.committee),
                       ["Ausschuss für Soziales, Gesundheit, Gleichstellung und Senioren", "Kreistag"])
        // No meeting after the paper's date: "Termin offen", and so for every later step.
        XCTAssertEqual(planner.consultation(field: "Mobilität", kind: "beschlussvorlage", after: "2023-07-01").map(\.date), [nil, nil, nil])
        XCTAssertEqual(planner.consultation(field: "Bildung", kind: "beschlussvorlage", after: "2023-07-06").map(\.date), ["2023-09-21", nil, nil])
        // The Handlungsfeld from the assignment file when the record has none (titles matched tolerantly).
        XCTAssertEqual(planner.field(of: Recommendation(title: "Bekenntnis der Kreispolitik zur Istanbul Konvention")), "Soziales Leben und Freizeit")
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
