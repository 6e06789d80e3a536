import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkMerge
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReport
import PlanwerkReview
import PlanwerkText
import PlanwerkValidate
import PlanwerkWriters

/// The bodies of the fuzz targets (see `FuzzTarget`).
enum FuzzTargets {
    static let date = "2024-01-15"

    static func textPath(_ data: Data, _ env: FuzzEnvironment) {
        let pipeline = IngestPipeline(profile: env.profile, validator: env.validator)
        guard case .success(let (record, _)) = pipeline.extract(data: data, file: "fuzz.txt") else { return }
        let merged = RecordMerger().merge([record, record]).map { env.validator.validate($0) }
        documents(merged, env)
    }

    static func editedRecord(_ data: Data, _ env: FuzzEnvironment) {
        guard let record = try? MeetingRecord.fromJSON(data) else { return }
        documents([env.validator.validate(record)], env)
        _ = try? record.jsonData()
    }

    /// Everything written from records: Prüfbericht, council papers (drafts too), dossiers, in every format.
    static func documents(_ records: [MeetingRecord], _ env: FuzzEnvironment) {
        let report = ValidationReport(records: records)
        _ = report.text() + report.json()
        render(PruefberichtComposer().compose(records, date: date))
        let papers = CouncilPapers(settings: env.settings, template: env.template, kind: "mitteilungsvorlage", catalog: env.catalog, date: date)
        for record in records {
            for paper in papers.papers(records, only: record.recommendations.first?.title, in: record, draft: true, register: PaperRegister()).papers {
                if let doc = paper.document { render(doc) }
                _ = paper.fileName
            }
        }
        let composer = DossierComposer(profile: env.profile, fieldAssignments: env.settings.fieldAssignments, foreword: "Vorwort {jahr}", date: date)
        for year in DossierComposer.years(records).prefix(2) {
            let dossier = composer.compose(records, year: year)
            _ = DossierHTMLWriter.render(dossier)
            render(dossier.reportDocument)
        }
    }

    static func render(_ doc: ReportDocument) {
        _ = MarkdownWriter.render(doc)
        _ = HTMLWriter.render(doc)
        _ = try? ODTWriter.render(doc)
    }

    static func parsers(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = AmountParser.annualBudget(in: text)
        _ = AmountParser.hasImplausibleAmount(in: text)
        for m in AmountParser.mentions(in: text) { _ = m.euros.map(EuroFormat.euros) }
        if let p = StatedProduct.find(in: text) {
            _ = p.value
            _ = p.factors.map(EuroFormat.number)
        }
        _ = DateScanner.dates(in: text)
        _ = DateScanner.timeRange(in: text)
        _ = GermanDate.validISO(text)?.longGerman
        _ = GermanDate(iso: text)?.longGerman
        _ = GermanFormat.date(text)
        _ = MarkdownText.escape(text) + MarkdownText.cell(text) + UnsafeCharacters.escaped(text) + UnsafeCharacters.removed(from: text)
        _ = TitleKey(text).sameTitle(as: TitleKey(String(text.reversed())))
        _ = CouncilPapers.sourceDateEpoch(environment: ["SOURCE_DATE_EPOCH": text])
    }

    static func xmlLoaders(_ data: Data, _ env: FuzzEnvironment) {
        _ = try? CatalogLoader.parse(data, file: "ziele.xml", schema: env.catalogSchema)
        _ = try? TemplateLoader.parse(data, file: "vorlage.xml", schema: env.templateSchema)
    }

    /// The sample record the corrections are applied to: one meeting with a decision, a detail form and a vote.
    static let correctedRecord: MeetingRecord = {
        var r = MeetingRecord(body: "Steuerungsgruppe Sozialplanung", date: "2030-05-10")
        var details = RecommendationDetails()
        details.annualBudget = AnnualBudget(text: "1.000 Euro", amountEUR: 1000)
        r.recommendations = [Recommendation(title: "Lotsen im Amt für alle Familien", year: 2030, relevance: .relevant, includedInDossier: true,
                                            dossier: "Sozialplanung Fokus 2030", details: details)]
        r.goalProposals = [GoalProposal(year: 2030, title: "Wohnen sichern", agree: 3, disagree: 1)]
        r.nextMeetings = [NextMeeting(date: "2030-11-08")]
        return r
    }()

    static func corrections(_ data: Data, _ env: FuzzEnvironment) {
        _ = FactValue.parse(String(decoding: data.prefix(4096), as: UTF8.self))
        let entries = (try? ReviewFolder.corrections(data, file: "korrekturen.json")) ?? []
        let outcome = CorrectionLayer().apply(entries, to: correctedRecord)
        _ = try? outcome.record.jsonData()
        let validated = env.validator.validate(outcome.record)
        let releases = (try? ReviewFolder.releases(data, file: "freigaben.json")) ?? []
        _ = ReleaseCheck.status(validated, releases: releases)
        _ = ReleaseCheck.problems(validated, states: outcome.states, corrections: entries, author: "A", fourEyes: true)
        documents([validated], env)
    }

    static func jsonConfig(_ data: Data) {
        _ = try? ProfileLoader.parse(data, file: "profile.json")
        _ = try? CouncilSettings.parse(settings: (data, "vorlagen.json"), calendar: nil, assignments: nil)
        let shipped = Data(#"{"geschaeftsstelle":{"kreis":"K","federfuehrend":"F","beteiligt":"B","bearbeitung":"S","status":"öffentlich"},"nummernmuster":"{kuerzel}/{jahr}/{nummer}","nummerierung":{},"routen":{},"standardroute":[]}"#.utf8)
        _ = try? CouncilSettings.parse(settings: (shipped, "vorlagen.json"), calendar: (data, "gremien.json"), assignments: (data, "handlungsfelder.json"))
    }
}
