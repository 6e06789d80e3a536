import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkStore

/// The JSON shapes of the API's answers (described in schemas/planwerk-api.yaml), built from pipeline values.
enum Presenter {
    /// The review state of a stored meeting: released, with a conflict, or open.
    static func reviewState(_ record: MeetingRecord) -> String {
        if record.release != nil { return "freigegeben" }
        if record.findings.contains(where: { $0.rule.hasPrefix("correction.") }) { return "konflikt" }
        return "offen"
    }

    static func openErrors(_ record: MeetingRecord) -> Int { record.findings.filter { $0.severity == .error }.count }

    static func meetingSummary(_ record: MeetingRecord) -> [String: Any] {
        ["id": record.id, "date": record.date, "body": record.body, "location": record.location ?? NSNull(),
         "reviewState": reviewState(record), "openErrors": openErrors(record), "recommendations": record.recommendations.count,
         "sources": record.sources.map { ($0.file as NSString).lastPathComponent }]
    }

    static func finding(_ f: Finding) -> [String: Any] {
        ["rule": f.rule, "severity": f.severity.rawValue, "message": f.message, "recommendation": f.recommendation ?? NSNull(),
         "field": f.field ?? NSNull(), "evidence": f.evidence.map(evidence)]
    }

    static func evidence(_ e: Evidence) -> [String: Any] {
        ["file": (e.file as NSString).lastPathComponent, "line": e.line ?? NSNull(), "page": e.page ?? NSNull()]
    }

    static func fact(_ f: Fact, sources: [Source]) -> [String: Any] {
        ["key": f.key, "value": JSONBody.object(encoding: f.value), "state": f.state.rawValue, "quote": f.quote ?? NSNull(),
         "confidence": (f.confidence(sources: sources) * 100).rounded() / 100, "evidence": f.evidence.map(evidence)]
    }

    static func meeting(_ m: ReviewSession.Meeting) -> [String: Any] {
        let record = m.reviewed
        let counts = Dictionary(grouping: m.facts, by: { $0.state.rawValue }).mapValues(\.count)
        return ["record": JSONBody.object((try? record.jsonData()) ?? Data("null".utf8)),
                "review": ["state": reviewState(record), "released": record.release.map { ["by": $0.by, "time": $0.time] } ?? NSNull(),
                           "facts": counts, "corrections": m.corrections.count],
                "findings": record.findings.map(finding)]
    }

    static func correction(_ c: Correction) -> [String: Any] {
        ["action": c.action.rawValue, "key": c.key, "base": JSONBody.object(encoding: c.base), "value": JSONBody.object(encoding: c.value),
         "reason": c.reason, "author": c.author, "time": c.time]
    }

    static func job(_ job: BackgroundJob) -> [String: Any] {
        ["id": job.id, "state": job.state.rawValue, "stateText": job.state.german, "progress": (job.progress * 100).rounded() / 100,
         "done": job.done, "total": job.total, "files": job.originalNames, "meetings": job.meetings, "errors": job.errors,
         "created": job.created, "url": "/api/v1/jobs/\(job.id)"]
    }

    static func paper(_ paper: CouncilPapers.Paper, files: [URL]) -> [String: Any] {
        ["number": paper.planned.number, "title": paper.planned.recommendation.title, "meeting": paper.planned.record.id,
         "final": paper.isFinal, "draftReasons": paper.missing,
         "files": files.map { ["name": $0.lastPathComponent, "url": "/api/v1/papers/\($0.lastPathComponent)"] }]
    }

    static func hit(_ h: SearchHit) -> [String: Any] {
        ["kind": h.kind, "meeting": h.meetingID, "title": h.title, "snippet": h.snippet]
    }

    static func history(_ h: (title: String, events: [HistoryEvent])) -> [String: Any] {
        ["title": h.title, "events": h.events.map { ["date": $0.date, "meeting": $0.meetingID, "title": $0.title, "events": $0.events] }]
    }
}
