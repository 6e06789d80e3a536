import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReport
import PlanwerkText
import XCTest

/// Every sentence a council paper states about a recommendation is checked against the record it came from:
/// for every paper of the samples (both kinds, the dossier papers and every decided recommendation, taken in
/// or not), at a date within the calendar and one after it.
final class PaperTruthTests: XCTestCase {
    func testEveryPaperStatesOnlyWhatTheRecordSays() throws {
        let inputs = Fixtures.packageRoot.appendingPathComponent("inputs").path
        let settings = try CouncilSettings.load(inputs: inputs)
        let catalog = try CatalogLoader.load((inputs as NSString).appendingPathComponent("strategic-goals.xml"),
                                             schema: Fixtures.packageRoot.appendingPathComponent("schemas/strategic-goals.xsd").path)
        // Released meetings (a final paper must be possible); the release itself is tested in ReviewTests.
        let records = Fixtures.seedRecords.values.sorted { $0.date < $1.date }.map { r -> MeetingRecord in
            var released = r
            released.release = ReleaseMark(by: "Prüferin", time: "2023-06-01T10:00:00Z")
            return released
        }
        var checked = 0, final = 0, notIncluded = 0
        for kind in ["mitteilungsvorlage", "beschlussvorlage"] {
            let template = try TemplateLoader.load((inputs as NSString).appendingPathComponent("templates/\(kind).xml"),
                                                   schema: Fixtures.packageRoot.appendingPathComponent(TemplateLoader.defaultSchemaPath).path)
            for date in ["2023-06-05", "2026-12-04"] {
                let generator = CouncilPapers(settings: settings, template: template, kind: kind, catalog: catalog, date: date)
                var papers = generator.papers(records, draft: true, register: PaperRegister()).papers
                for record in records {
                    for rec in record.recommendations where rec.includedInDossier != nil || rec.details != nil {
                        papers += generator.papers(records, only: rec.title, in: record, draft: true, register: PaperRegister()).papers
                            .filter { $0.planned.recommendation.title == rec.title }
                    }
                }
                XCTAssertGreaterThan(papers.count, 10)
                for paper in papers {
                    let doc = try XCTUnwrap(paper.document)
                    assertTrue(doc, paper.planned.record, paper.planned.recommendation, kind: kind, date: date, catalog: catalog)
                    checked += 1
                    if paper.isFinal { final += 1 }
                    if paper.planned.recommendation.includedInDossier == false { notIncluded += 1 }
                }
            }
        }
        XCTAssertGreaterThan(final, 0)
        XCTAssertGreaterThan(notIncluded, 0)
        XCTAssertGreaterThan(checked, 40)
    }

    /// Both dossiers of the samples against the records: taken in and not taken in exactly as decided for that
    /// Fokus year, each with its assessment; earlier recommendations with the status the latest meeting up to
    /// that year stated; the goal votes as counted; sources only the meetings used.
    func testEveryDossierStatesOnlyWhatTheRecordsSay() throws {
        let records = Fixtures.seedRecords.values.sorted { $0.date < $1.date }
        let composer = DossierComposer(profile: .standard, fieldAssignments: [:], foreword: "Vorwort", date: "2023-06-05")
        XCTAssertEqual(DossierComposer.years(records), [2022, 2023])
        for year in DossierComposer.years(records) {
            let dossier = composer.compose(records, year: year)
            let decided = records.flatMap { r in r.recommendations.filter { $0.year == year && $0.includedInDossier != nil }.map { (r, $0) } }
            XCTAssertEqual(Set(dossier.takenIn.map(\.title)), Set(decided.filter { $0.1.includedInDossier == true }.map(\.1.title)))
            XCTAssertEqual(Set(dossier.notTakenIn.map(\.title)), Set(decided.filter { $0.1.includedInDossier == false }.map(\.1.title)))
            for entry in dossier.takenIn + dossier.notTakenIn {
                let (record, rec) = try XCTUnwrap(decided.first { $0.1.title == entry.title })
                XCTAssertEqual(entry.relevance, rec.relevance?.germanLabel ?? "", entry.title)
                XCTAssertEqual(entry.meetingDate, GermanFormat.date(record.date))
                XCTAssertEqual(entry.reason, rec.includedInDossier == true ? nil : rec.relevance.map { "als \($0.germanLabel) eingeschätzt" })
            }
            let statusMeetings = records.filter { (Int($0.date.prefix(4)) ?? 0) <= year && $0.recommendations.contains { $0.status != nil } }
            let statuses = statusMeetings.last.map { r in r.recommendations.filter { $0.status != nil && ($0.year ?? year) < year } } ?? []
            XCTAssertEqual(dossier.earlier.map(\.title).sorted(), statuses.map(\.title).sorted(), "\(year)")
            for entry in dossier.earlier { XCTAssertEqual(entry.status, statuses.first { $0.title == entry.title }?.status?.rawValue) }
            let goals = records.flatMap { $0.goalProposals.filter { $0.year == year } }
            for goal in dossier.goals {
                let source = try XCTUnwrap(goals.first { $0.title == goal.title })
                XCTAssertEqual([goal.agree, goal.disagree], [source.agree, source.disagree])
            }
            let used = Set(decided.map(\.0.date) + goals.compactMap { g in records.first { $0.goalProposals.contains(g) }?.date } + statusMeetings.suffix(1).map(\.date))
            XCTAssertEqual(dossier.sources, used.sorted().map { "Protokoll der Sitzung der Steuerungsgruppe Sozialplanung vom \(GermanFormat.date($0))" })
        }
    }

    /// The statements of one paper against its record.
    func assertTrue(_ doc: ReportDocument, _ record: MeetingRecord, _ rec: Recommendation, kind: String, date: String,
                    catalog: StrategicGoalCatalog, file: StaticString = #filePath, line: UInt = #line) {
        let text = doc.plainText
        let name = "\(kind) „\(rec.title)“ (\(date))"
        func check(_ condition: Bool, _ message: String) { XCTAssertTrue(condition, "\(name): \(message)\n\(text)", file: file, line: line) }
        var rows: [String: String] = [:]
        var consultation: [[String]] = []
        for block in doc.blocks {
            guard case .table(let header, let cells) = block else { continue }
            for row in cells.map({ $0.map { $0.map(\.text).joined() } }) {
                if header == ["Datum", "Gremium", "Zuständigkeit"] { consultation.append(row) } else if row.count == 2 { rows[row[0]] = row[1] }
            }
        }
        let fields = Dictionary(doc.fields.map { ($0.label, $0.value.map(\.text).joined()) }, uniquingKeysWith: { a, _ in a })
        let d = rec.details

        check(!text.contains("keine Angabe"), "„keine Angabe“")
        // Final only when nothing is missing.
        check((doc.marker == nil) == !text.contains("[FEHLT"), "marker and gaps disagree")
        check(fields["Betreff"] == "Handlungsempfehlung „\(rec.title)“", "Betreff")
        check(fields["Datum"] == GermanFormat.date(date), "Datum")
        // Assessment: only with a relevance, in its words, at the meeting's date.
        if let relevance = rec.relevance {
            check(text.contains("am \(GermanFormat.date(record.date)) als „\(relevance.germanLabel)“ eingeschätzt"), "assessment")
        } else {
            check(!text.contains("eingeschätzt"), "an assessment the record does not hold")
        }
        // Inclusion: said exactly as decided.
        check(text.contains("in dieser Sitzung in das Planungsdossier") == (rec.includedInDossier == true), "inclusion")
        check(text.contains("nicht in das Planungsdossier") == (rec.includedInDossier == false), "non-inclusion")
        for match in text.matches(of: /Fokus (\d{4})/) {
            check(rec.dossier?.contains("Fokus \(match.1)") == true, "year \(match.1) not in the record's dossier \(rec.dossier ?? "nil")")
        }
        // Budget and Art der Leistung: the record's values or a gap.
        let budget = rows["Mitteleinsatz (jährlich)"]
        if let amount = d?.annualBudget.amountEUR { check(budget == EuroFormat.euros(amount), "budget \(budget ?? "nil")") }
        else if let stated = d?.annualBudget.text { check(budget == stated || budget == "[FEHLT: Mitteleinsatz]", "budget text") }
        else { check(budget == "[FEHLT: Mitteleinsatz]", "budget gap") }
        let service = rows["Art der Leistung"]
        switch d?.serviceType.kind {
        case .voluntary: check(service == "freiwillige Leistung", "service")
        case .mandatory: check(service == "Pflichtleistung", "service")
        case nil: check(service == d?.serviceType.text || service == "[FEHLT: Art der Leistung]", "service gap")
        }
        // Goals: exactly the record's references, with the catalogue's words.
        let goals = text.split(separator: "\n").filter { $0.hasPrefix("Ziel ") && $0.contains(":") }
        let refs = d?.strategicGoals.refs ?? []
        check(goals.count == refs.count, "goals \(goals)")
        for ref in refs { check(text.contains("Ziel \(ref): \(catalog.goal(ref)?.text ?? "")"), "goal \(ref)") }
        // The description only from the record.
        if let description = d?.description { check(text.contains(description), "description") } else {
            check(text.contains("[FEHLT: Beschreibung der Empfehlung]"), "description gap")
        }
        // Beratungsfolge: after the paper's date, in order; the kind decides the roles.
        var last = date
        for row in consultation where row[0] != "Termin offen" {
            let iso = GermanDate.validISO(settingsDate(row[0]) ?? "")?.iso ?? ""
            check(iso > last, "committee date \(row[0]) not after \(last)")
            last = iso
        }
        if kind == "mitteilungsvorlage" {
            check(consultation.allSatisfy { $0[2] == "Kenntnisnahme" }, "roles of a Mitteilungsvorlage")
            check(!text.contains("beauftragt"), "a Mitteilungsvorlage requests nothing")
        } else {
            check(consultation.last?[2] == "Entscheidung", "a Beschlussvorlage ends with Entscheidung")
        }
    }

    /// "22. Juni 2023" -> "2023-06-22".
    func settingsDate(_ german: String) -> String? {
        let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        let parts = german.replacingOccurrences(of: ".", with: "").split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: String(parts[1])), let year = Int(parts[2]) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month + 1, day)
    }
}
