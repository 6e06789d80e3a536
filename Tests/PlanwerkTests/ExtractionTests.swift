import PlanwerkExtract
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkText
import XCTest

/// Exact fields of the seed records, and extraction details on small protocols.
final class ExtractionTests: XCTestCase {
    func testTwoSourcesOfOneMeetingMergeIntoOneRecord() throws {
        let r = try XCTUnwrap(Fixtures.seedRecords["2023-05-12"])
        XCTAssertEqual(Fixtures.seedRecords.count, 4)
        XCTAssertEqual(r.id, "2023-05-12-steuerungsgruppe-sozialplanung")
        XCTAssertEqual(r.sources.map { ($0.file as NSString).lastPathComponent }, ["000_d7293dfd3ddd6e9d.txt", "003_c4b3f6f01923f81c.txt"])
        XCTAssertEqual(r.location, "Kreishaus")
        XCTAssertFalse(r.online)
        let decided = r.recommendations.filter { $0.includedInDossier != nil }
        XCTAssertEqual(decided.count, 7)
        // The decision found only in the PDF text (003) is kept, and joins the detail form and status row of 000.
        let rucksack = try XCTUnwrap(r.recommendations.first { $0.title.contains("Rucksack") })
        XCTAssertEqual(rucksack.relevance, .relevant)
        XCTAssertEqual(rucksack.includedInDossier, true)
        XCTAssertEqual(rucksack.dossier, "Sozialplanung Fokus 2023")
        XCTAssertEqual(rucksack.status, .notDiscussed)
        XCTAssertNotNil(rucksack.details?.description)
        XCTAssertEqual(Set(rucksack.evidence.map { ($0.file as NSString).lastPathComponent }), ["000_d7293dfd3ddd6e9d.txt", "003_c4b3f6f01923f81c.txt"])
        let oepnv = try XCTUnwrap(r.recommendations.first { $0.title.hasPrefix("Übernahme der ÖPNV") })
        XCTAssertEqual(oepnv.title, "Übernahme der ÖPNV-Fahrtkosten für Auszubildende zur Pflegeassistenz")
        XCTAssertEqual(oepnv.relevance, .low)
        XCTAssertEqual(oepnv.includedInDossier, false)
        XCTAssertEqual(oepnv.comments, ["low hanging fruits analog normaler SchülerInnenbeförderung Kleine, wichtige benachteiligte Gruppe (viele Frauen)"])
        XCTAssertEqual(r.goalProposals.count, 7)
        XCTAssertEqual(r.goalProposals[2].title, "Sozialverträgliches Wohnen gewährleisten")
        XCTAssertEqual(r.goalProposals[2].agree, 15)
        XCTAssertEqual(r.goalProposals[2].disagree, 3)
        XCTAssertEqual(r.goalProposals[2].comments, ["Achtung Querschnittsthemen! Rechtlicher Rahmen + Kompetenzen"])
        XCTAssertEqual(r.resolutionProposals.count, 9)
        XCTAssertEqual(r.resolutionProposals[0].alternatives.count, 1)
        XCTAssertEqual(r.nextMeetings.map(\.date), ["2023-09-12", "2023-11-24"])
        XCTAssertEqual(r.nextMeetings[1].start, "13:00")
        XCTAssertEqual(r.nextMeetings[1].end, "16:00")
        XCTAssertEqual(r.nextMeetings[1].location, "Kreishaus")
        XCTAssertEqual(r.agenda.first?.title, "Einschätzungen kleben")
        XCTAssertTrue(r.agenda.contains { $0.title == "Pause" })
    }

    func testSeedDetailFormAndNextMeetings() throws {
        let r = try XCTUnwrap(Fixtures.seedRecords["2021-03-05"])
        XCTAssertEqual(r.location, "Virtuelle Sitzung")
        XCTAssertTrue(r.online)
        let rec = try XCTUnwrap(r.recommendations.first)
        XCTAssertEqual(rec.title, "Übernahme der Mitgliedsbeiträge im Sportverein für Familien im SGB II-Bezug")
        let d = try XCTUnwrap(rec.details)
        XCTAssertEqual(d.annualBudget.amountEUR, 112_500)
        XCTAssertEqual(d.serviceType.kind, .voluntary)
        XCTAssertEqual(d.strategicGoals.refs, ["3.1"])
        XCTAssertNotNil(d.steeringGroupAssessment)  // OCR'd label "Einsetzung der Steuerungsgruppe"
        XCTAssertEqual(d.responsible, "Fachdienste Soziales und Gesundheit Kreisparverband, Sportvereine im Kreis")
        XCTAssertEqual(r.nextMeetings.map(\.date), ["2021-05-07", "2021-12-03"])
        XCTAssertTrue(r.findings.isEmpty, "\(r.findings)")
        let old = try XCTUnwrap(Fixtures.seedRecords["2018-11-30"])
        XCTAssertEqual(old.sessionNumber, 4)
        XCTAssertNil(old.location)
        XCTAssertEqual(old.agenda.map(\.title), ["Einstieg & Kennenlernen", "Kommunale Betrachtungsräume", "Arbeitsstrukturen", "Nächste Termine"])
        XCTAssertEqual(old.agenda[2].items, ["Rückblick", "Erfahrungsaustausch", "Ausblick", "ggfls Diskussion + Abstimmung"])
        XCTAssertEqual(old.nextMeetings.map { "\($0.date) \($0.start ?? "-")" }, ["2019-02-01 13:00", "2019-05-17 13:00"])
        let y2022 = try XCTUnwrap(Fixtures.seedRecords["2022-05-13"])
        XCTAssertEqual(y2022.nextMeetings.first { $0.date == "2022-11-18" }?.start, "13:00")
        XCTAssertEqual(y2022.recommendations.first { $0.title.hasPrefix("Inklusive") }?.dossier, "Sozialplanung Fokus 2022")
    }

    func testDecisionSentencesInEveryQuoteStyle() throws {
        let text = """
        Protokoll der Steuerungsgruppe Sozialplanung am 01.03.2030 im Rathaus

        Die Handlungsempfehlung "Projekt Alpha" wird als in hohem Maße steuerungsrelevant eingeschätzt und in das Planungsdossier "Sozialplanung Fokus 2030" aufgenommen.

        Die Handlungsempfehlung »Projekt Beta« wird als weniger
        steuerungsrelevant eingeschätzt und nicht in das
        Planungsdosier »Sozialplanung Fokus 2030« aufgenommen.

        Die Handlungsempfehlung Projekt Gamma wird als steuerungsrelevant eingeschaetzt und in das Planungsdossier Sozialplanung Fokus 2030 aufgenomen.
        """
        let r = try Fixtures.record(text)
        XCTAssertEqual(r.date, "2030-03-01")
        XCTAssertEqual(r.location, "Rathaus")
        XCTAssertEqual(r.recommendations.map(\.title), ["Projekt Alpha", "Projekt Beta", "Projekt Gamma"])
        XCTAssertEqual(r.recommendations.map(\.relevance), [.high, .low, .relevant])
        XCTAssertEqual(r.recommendations.map(\.includedInDossier), [true, false, true])
        XCTAssertEqual(r.recommendations.map(\.year), [2030, 2030, 2030])
    }

    /// Tables as a scan lays them out: cells merged, a count glued to the title, a status wrapped.
    func testScannedTableRowsWithMergedAndWrappedCells() throws {
        let text = """
        Protokoll der Steuerungsgruppe Sozialplanung am 01.03.2030 im Rathaus

        Sozialpolitische Zielvorschläge 2030
        Zielvorschlag\tStimme zu\tPasst für mich nicht\tMeine Anmerkungen
        Wohnen sichern\t12\t0
        Fachkräfte nachhaltig binden12\t1\tPlan B

        Stand der Handlungsempfehlungen:
        Handlungsfeld\tHandlungsempfehlung\tSteuerungsrelevanz\tJahre Status
        \tProjekt Alpha\tsteuerungsrelevant 2027 nicht beraten\tmehr
        Projekt Beta\tsteuerungsrelevant\t2028\tberaten
        und beschlossen\tmehr
        Projekt Gamma\tsteuerungsrelevant\t2029\tBeratung\tmehr
        Projekt Delta steuerungsrelevant
        2030\tnicht beraten\tmehr
        """
        let r = try Fixtures.record(text)
        XCTAssertEqual(r.goalProposals.map(\.title), ["Wohnen sichern", "Fachkräfte nachhaltig binden"])
        XCTAssertEqual(r.goalProposals.map(\.agree), [12, 12])
        XCTAssertEqual(r.goalProposals.map(\.disagree), [0, 1])
        XCTAssertEqual(r.recommendations.map(\.title), ["Projekt Alpha", "Projekt Beta", "Projekt Gamma", "Projekt Delta"])
        XCTAssertEqual(r.recommendations.map(\.status), [.notDiscussed, .resolved, .inDiscussion, .notDiscussed])
        XCTAssertEqual(r.recommendations.map(\.year), [2027, 2028, 2029, 2030])
        XCTAssertEqual(r.recommendations.map(\.relevance), [.relevant, .relevant, .relevant, .relevant])
    }

    func testRecommendationsThatDifferInACodeStaySeparate() throws {
        let text = """
        Protokoll der Steuerungsgruppe Sozialplanung am 04.03.2031 im Kreishaus

        Die Handlungsempfehlung „Ausbau der Betreuungsplätze U3“ wird als steuerungsrelevant eingeschätzt und in das Planungsdossier „Sozialplanung Fokus 2031“ aufgenommen.
        Die Handlungsempfehlung „Ausbau der Betreuungsplätze Ü3“ wird als weniger steuerungsrelevant eingeschätzt und nicht in das Planungsdossier „Sozialplanung Fokus 2031“ aufgenommen.
        Die Handlungsempfehlung „Empf04 Lotsendienst“ wird als steuerungsrelevant eingeschätzt und in das Planungsdossier „Sozialplanung Fokus 2031“ aufgenommen.
        Die Handlungsempfehlung „Empf05 Lotsendienst“ wird als steuerungsrelevant eingeschätzt und in das Planungsdossier „Sozialplanung Fokus 2031“ aufgenommen.
        """
        let r = try Fixtures.record(text)
        XCTAssertEqual(r.recommendations.map(\.title), ["Ausbau der Betreuungsplätze U3", "Ausbau der Betreuungsplätze Ü3", "Empf04 Lotsendienst", "Empf05 Lotsendienst"])
        XCTAssertEqual(r.recommendations.map(\.includedInDossier), [true, false, true, true])
        XCTAssertFalse(r.findings.contains { $0.rule == "recommendation.duplicate" })
    }

    func testNoMeetingIsAnError() {
        let result = Fixtures.pipeline.extract(data: Data("Einkaufsliste: Milch, Brot.".utf8), file: "liste.txt")
        guard case .failure(let failure) = result else { return XCTFail("expected failure") }
        XCTAssertEqual(failure.file, "liste.txt")
        XCTAssertEqual(failure.cause, .extraction(.noMeetingFound))
        XCTAssertTrue(failure.reason.hasPrefix("kein Sitzungsprotokoll erkannt"))
    }

    func testTruncatedProtocolGivesRecordAndWarning() throws {
        let seed = String(decoding: Fixtures.data("seeds/000_d7293dfd3ddd6e9d.txt"), as: UTF8.self)
        let cut = String(seed.prefix(upTo: seed.range(of: " Art der Leistung\n\nWeiterentwicklung")!.upperBound))
        let r = try Fixtures.record(cut)
        XCTAssertEqual(r.date, "2023-05-12")
        XCTAssertTrue(r.findings.contains { $0.rule == "details.truncated" && $0.severity == .warning })
    }

    func testDatesAndTimes() {
        let m = DateScanner.dates(in: "Am Freitag, 24.11.2023 von 13:00 bis 16:00 Uhr; 7.5.21 und 12. Mai 2023 um 9.30 Uhr")
        XCTAssertEqual(m.map(\.date.iso), ["2023-11-24", "2021-05-07", "2023-05-12"])
        XCTAssertEqual(m[0].startTime, "13:00")
        XCTAssertEqual(m[0].endTime, "16:00")
        XCTAssertEqual(m[2].startTime, "09:30")
        XCTAssertTrue(DateScanner.dates(in: "1.438 Kinder, 3.525 Plätze").isEmpty)
    }
}
