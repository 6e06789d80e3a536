import PlanwerkModel
import PlanwerkText

/// Runs every extractor over one source's blocks and returns that source's meeting record. Items are not yet
/// de-duplicated: a recommendation's decision, detail form and status row arrive as separate entries that
/// PlanwerkMerge joins. Extraction findings (a form that breaks off, a decision stated twice) are attached.
public struct RecordExtractor: Sendable {
    let profile: Profile

    /// The most recommendation mentions (decisions, detail forms, status rows) one source may hold. A real
    /// protocol has a few dozen; the limit keeps the title comparisons of merging bounded for any input.
    public static let maxRecommendations = 2_000

    /// Creates an extractor for a profile.
    public init(profile: Profile) { self.profile = profile }

    /// The record of one source.
    public func extract(_ document: ProtocolDocument) throws -> MeetingRecord {
        let blocks = document.blocks
        guard let header = MeetingHeaderExtractor(profile: profile).extract(blocks),
              let meetingDate = GermanDate(iso: header.date) else { throw ExtractionError.noMeetingFound }
        var record = MeetingRecord(body: header.body, date: header.date, location: header.location, online: header.online,
                                   sessionNumber: header.sessionNumber, sources: [document.source])
        record.agenda = AgendaExtractor().extract(blocks)
        record.goalProposals = GoalProposalExtractor().extract(blocks, meetingYear: meetingDate.year)
        record.goalConclusions = GoalConclusionExtractor().extract(blocks)
        let decisions = DecisionExtractor(profile: profile).extract(blocks)
        let forms = DetailFormExtractor().extract(blocks)
        let rows = StatusTableExtractor(profile: profile).extract(blocks)
        record.recommendations = decisions
            + forms.map { Recommendation(title: $0.title, details: $0.details, evidence: [$0.evidence]) }
            + rows.map { Recommendation(title: $0.title, year: $0.year, relevance: $0.relevance, status: $0.status,
                                        field: $0.field, evidence: [$0.evidence]) }
        guard record.recommendations.count <= Self.maxRecommendations else {
            throw ExtractionError.tooManyRecommendations(record.recommendations.count)
        }
        record.resolutionProposals = ResolutionProposalExtractor().extract(blocks)
        record.agreements = AgreementExtractor().extract(blocks)
        record.nextMeetings = NextMeetingExtractor(profile: profile).extract(blocks, meetingDate: meetingDate)
        record.findings = truncatedForms(forms, blocks: blocks)
        return record
    }

    /// `details.truncated`: a detail form that stops before its last field (the protocol breaks off or the slide is cut).
    func truncatedForms(_ forms: [DetailForm], blocks: [Block]) -> [Finding] {
        forms.filter(\.isTruncated).map { form in
            let missing = DetailFormField.allCases.filter { !form.fields.contains($0) }.map(\.label)
            let last = form.fields.last?.label ?? ""
            return Finding(rule: "details.truncated", severity: .warning, recommendation: form.title,
                           message: "Das Detailformular von „\(form.title)“ bricht nach „\(last)“ ab; es fehlen: \(missing.joined(separator: ", ")). Bitte den vollständigen Text nachtragen.",
                           evidence: [form.evidence], field: "details")
        }
    }
}
