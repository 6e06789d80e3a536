import Foundation
import XCTest

/// The Planungsdossier through the binary: contents of 2022 and 2023, golden Markdown and ODT content,
/// the ODT read back through LibreOffice and poppler, the HTML page in headless Chromium.
final class DossierTests: XCTestCase {
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Records of the seeds, ingested with paths relative to the fixtures (stable sources in golden files).
    static let records: URL = {
        let dir = temporaryDirectory().appendingPathComponent("records")
        let seeds = Fixtures.seedFiles.map { "seeds/" + ($0 as NSString).lastPathComponent }
        let r = try! runProcess(Fixtures.binary, ["ingest"] + seeds + ["--out", dir.path, "--catalog",
                                Fixtures.packageRoot.appendingPathComponent("inputs/strategic-goals.xml").path, "--profile",
                                Fixtures.packageRoot.appendingPathComponent("inputs/profile.json").path], cwd: Fixtures.root)
        precondition(r.status == 0, r.stderr)
        return dir
    }()

    func dossier(_ year: Int, out: URL, formats: String = "odt,html,md") throws -> ProcessResult {
        try runProcess(Fixtures.binary, ["dossier", "--year", String(year), "--records", Self.records.path, "--out", out.path, "--format", formats],
                       cwd: Fixtures.packageRoot, environment: Self.epoch)
    }

    static let taken2023 = ["Sprachstandserhebung von Kindern in Kindertageseinrichtungen",
                            "Ausweitung des Modellprojekts Rucksack KiTa an mindestens einem weiteren Standort im Kreis Pinneberg",
                            "Konzeptentwicklung Interkommunale Zusammenarbeit / Zweckverband Soziales",
                            "Bekenntnis der Kreispolitik zur Istanbul Konvention", "Mittelgewährung in Verbindung mit Gewaltschutzkonzepten",
                            "Ämterlotsinnen/Ämterlotsen"]

    func testDossiersOf2022And2023() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try dossier(2023, out: out)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Sozialplanung Fokus 2023: 6 aufgenommene, 1 nicht aufgenommene Handlungsempfehlungen, 7 Zielvorschläge"), r.stdout)
        let md = try String(contentsOf: out.appendingPathComponent("sozialplanung-fokus-2023.md"), encoding: .utf8)
        let taken = md.components(separatedBy: "## Nicht aufgenommene")[0]
        for title in Self.taken2023 { XCTAssertTrue(taken.contains("**\(title)**"), title) }
        XCTAssertTrue(md.contains("### Handlungsfeld: Bildung"))
        XCTAssertTrue(md.contains("- **Übernahme der ÖPNV-Fahrtkosten für Auszubildende zur Pflegeassistenz** – als weniger steuerungsrelevant eingeschätzt"))
        XCTAssertTrue(md.contains("| Zweckbindungen | 2021 | steuerungsrelevant | Beratung |"))
        try assertGoldenText(Data(md.utf8), "dossier-2023.md")

        let r22 = try dossier(2022, out: out)
        XCTAssertEqual(r22.status, 0, r22.stderr)
        let md22 = try String(contentsOf: out.appendingPathComponent("sozialplanung-fokus-2022.md"), encoding: .utf8)
        let taken22 = md22.components(separatedBy: "## Nicht aufgenommene")[0].components(separatedBy: "## Handlungsempfehlungen 2022").last!
        XCTAssertEqual(taken22.components(separatedBy: "\n**").count - 1, 2)
        // 2022 as it stood in 2022: no status rows or sources from the 2023 meeting, no file paths, no findings,
        // no sticky notes or table debris, no placeholders.
        XCTAssertFalse(md22.contains("Zweckbindungen"))
        XCTAssertTrue(md22.contains("## Quellen\n\n- Protokoll der Sitzung der Steuerungsgruppe Sozialplanung vom 13. Mai 2022\n\n---"), md22)
        for dossierText in [md, md22] {
            for absent in ["2023-05-12", ".txt", "SHA-256", "Prüfbefund", "Anmerkung", "keine Angabe", "Kein Detailformular", "Platzhalter", "█"] {
                XCTAssertFalse(dossierText.contains(absent), absent)
            }
        }
        XCTAssertFalse(md.contains("Handreichung für die Eingangsphase"))
        // Its meetings are not released: drafts, and they say why.
        XCTAssertTrue(md22.contains("**ENTWURF – nicht zur Veröffentlichung. Es fehlen: Freigabe der Sitzung vom 13. Mai 2022 (planwerk release).**"), md22)
        XCTAssertTrue(taken22.contains("**Inklusive Deutsch- und Integrationskurse**"))
        XCTAssertTrue(taken22.contains("**Koordination Gruppenangebote für Kinder aus suchtbelasteten Familien bzw. Kinder psychisch kranker Eltern**"))

        // ODT: content.xml against the golden file, and the text through LibreOffice and poppler.
        let odt = out.appendingPathComponent("sozialplanung-fokus-2022.odt")
        let unzip = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c",
            "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); n=z.namelist(); assert n[0]=='mimetype' and z.getinfo('mimetype').compress_type==0, n; sys.stdout.buffer.write(z.read('content.xml'))", odt.path])
        XCTAssertEqual(unzip.status, 0, unzip.stderr)
        try assertGolden(Data(unzip.stdout.utf8), "dossier-2022-content.xml")
        let profile = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let soffice = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["soffice", "--headless", "-env:UserInstallation=file://\(profile.path)",
                                     "--convert-to", "pdf", "--outdir", out.path, out.appendingPathComponent("sozialplanung-fokus-2023.odt").path])
        XCTAssertEqual(soffice.status, 0, soffice.stderr)
        let text = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", out.appendingPathComponent("sozialplanung-fokus-2023.pdf").path, "-"]).stdout
            .replacingOccurrences(of: "\n", with: " ")
        // The chart is a drawing (its title is only in the SVG), the footer counts the pages.
        for expected in ["Sozialplanung Fokus 2023", "Sprachstandserhebung von Kindern", "Ämterlotsinnen/Ämterlotsen", "Nicht aufgenommene Handlungsempfehlungen",
                         "Abstimmung über die Zielvorschläge 2023", "Seite 1 von "] {
            XCTAssertTrue(text.contains(expected), "\(expected) missing in \(text)")
        }

        // Markdown of both dossiers is CommonMark: every emphasis is markup, no link, no raw HTML.
        let check = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("markdown/commonmark_check.py").path,
                                   out.appendingPathComponent("sozialplanung-fokus-2023.md").path, out.appendingPathComponent("sozialplanung-fokus-2022.md").path])
        XCTAssertEqual(check.status, 0, check.stderr)
        let parsed = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: [String: Any]]
        for (file, result) in parsed {
            XCTAssertEqual(result["problems"] as? [String], [], file)
            XCTAssertGreaterThan(result["strong"] as? Int ?? 0, 2, file)
            XCTAssertGreaterThan(result["tables"] as? Int ?? 0, 0, file)
        }
    }

    func testDossierWithoutForewordIsADraft() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try runProcess(Fixtures.binary, ["dossier", "--year", "2023", "--records", Self.records.path, "--out", dir.path, "--format", "md,html",
                                                 "--config-dir", dir.path], cwd: Fixtures.packageRoot, environment: Self.epoch)
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = try String(contentsOf: dir.appendingPathComponent("sozialplanung-fokus-2023.md"), encoding: .utf8)
        XCTAssertTrue(md.hasPrefix("# Sozialplanung Fokus 2023\n\n**ENTWURF**\n\n**ENTWURF – nicht zur Veröffentlichung. Es fehlen: Vorwort (inputs/dossier-vorwort.txt), Freigabe der Sitzung vom 12. Mai 2023 (planwerk release).**"), md)
        XCTAssertTrue(md.contains("## Vorwort\n\n**[FEHLT: Vorwort]**"))
        let html = try String(contentsOf: dir.appendingPathComponent("sozialplanung-fokus-2023.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<p class=\"entwurf\">ENTWURF – nicht zur Veröffentlichung."))
    }

    func testHTMLDossierInABrowser() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        XCTAssertEqual(try dossier(2023, out: out, formats: "html").status, 0)
        let html = out.appendingPathComponent("sozialplanung-fokus-2023.html")
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertFalse(page.contains("src=\"http"))
        XCTAssertFalse(page.contains("href=\"http"))
        let shot = Fixtures.packageRoot.appendingPathComponent(".build/test-output/dossier-2023.png")
        try FileManager.default.createDirectory(at: shot.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("browser/dossier_check.py").path, html.path, shot.path,
                                                                       "ausweitung-des-modellprojekts-rucksack-kita-an-mindestens-einem-weiteren-standort-im-kreis-pinneberg"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let seen = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        XCTAssertEqual((seen["all"] as! [String]).count, 6 + 1 + 9)
        XCTAssertEqual(seen["count"] as? String, "16 Handlungsempfehlungen")
        XCTAssertEqual(Set(seen["high"] as! [String]), ["Sprachstandserhebung von Kindern in Kindertageseinrichtungen",
                                                        "Konzeptentwicklung Interkommunale Zusammenarbeit / Zweckverband Soziales"])
        XCTAssertEqual(seen["search"] as? [String], ["Bekenntnis der Kreispolitik zur Istanbul Konvention"])
        XCTAssertEqual(seen["afterClear"] as? Int, 16)
        XCTAssertEqual(seen["detailBefore"] as? Bool, false)
        XCTAssertEqual(seen["detailAfterClick"] as? Bool, true)
        XCTAssertEqual(seen["openAfterEnter"] as? Bool, false)
        XCTAssertTrue((seen["detailText"] as? String)?.contains("Beschreibung der Empfehlung") == true)
        XCTAssertEqual(seen["printNoteFiltered"] as? String,
                       "Gedruckt mit aktivem Filter (Steuerungsrelevanz: in hohem Maße steuerungsrelevant): 2 Handlungsempfehlungen von 16 werden gezeigt.")
        XCTAssertEqual(seen["printNoteAll"] as? String, "")
        XCTAssertEqual(seen["errors"] as? [String], [])
        XCTAssertGreaterThan(seen["screenshotDistinctBytes"] as? Int ?? 0, 20)
    }

    /// The pages people read (overview, Prüfbericht, dossier, a paper) in headless Chromium at 360 px: axe-core
    /// finds no serious or critical violation, and nothing makes the page wider than the phone.
    func testPagesAreAccessibleAndFitAPhone() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        let run = try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir, environment: Self.epoch)
        XCTAssertEqual(run.status, 0, run.stderr)
        let outputs = dir.appendingPathComponent("outputs")
        let paper = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: outputs.appendingPathComponent("vorlagen").path).first { $0.hasSuffix(".html") })
        let pages = ["index.html", "pruefbericht.html", "dossier/sozialplanung-fokus-2023.html", "vorlagen/\(paper)"].map { outputs.appendingPathComponent($0).path }
        let r = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", Fixtures.url("browser/a11y_check.py").path] + pages)
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: [String: Any]]
        XCTAssertEqual(report.count, 4)
        for (page, result) in report {
            let violations = result["violations"] as? [[String: Any]] ?? []
            let grave = violations.filter { ["serious", "critical"].contains($0["impact"] as? String ?? "") }
            XCTAssertEqual(grave.count, 0, "\(page): \(grave)")
            XCTAssertEqual(result["viewport"] as? Int, 360)
            XCTAssertLessThanOrEqual(result["scrollWidth"] as? Int ?? 9999, 360, page)
        }
    }

    func testTitlesAreEscaped() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var record = try Fixtures.record("""
        Protokoll der Steuerungsgruppe Sozialplanung am 01.02.2030

        Die Handlungsempfehlung „Platzhalter“ wird als steuerungsrelevant eingeschätzt und in das Planungsdossier „Sozialplanung Fokus 2030“ aufgenommen.
        """)
        record.recommendations[0].title = "<script>alert('x')</script> & Co"
        record.recommendations[0].comments = ["<img src=x onerror=alert(1)>"]  // a sticky note: never in the dossier
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("records"), withIntermediateDirectories: true)
        try record.jsonData().write(to: dir.appendingPathComponent("records/r.json"))
        let r = try runProcess(Fixtures.binary, ["dossier", "--year", "2030", "--records", dir.appendingPathComponent("records").path,
                                                 "--out", dir.path, "--format", "html"], cwd: Fixtures.packageRoot, environment: Self.epoch)
        XCTAssertEqual(r.status, 0, r.stderr)
        let page = try String(contentsOf: dir.appendingPathComponent("sozialplanung-fokus-2030.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"))
        XCTAssertFalse(page.contains("onerror"))
        XCTAssertEqual(page.components(separatedBy: "<script>").count - 1, 1)  // only the page's own script
    }
}

/// Compares text with a golden file in Fixtures/golden byte for byte (see `assertGolden`).
func assertGoldenText(_ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    guard let url = try goldenFile(data, name, file: file, line: line) else { return }
    XCTAssertEqual(String(decoding: data, as: UTF8.self), try String(contentsOf: url, encoding: .utf8), "differs from golden \(name)", file: file, line: line)
}
