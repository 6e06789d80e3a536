import Foundation
import PlanwerkModel
import PlanwerkText

/// Findings of records grouped by meeting and recommendation, as text (terminal) or JSON; the Prüfbericht
/// document for people is `PruefberichtComposer`'s.
public struct ValidationReport: Sendable {
    /// The records reported on, in order.
    public let records: [MeetingRecord]

    /// Creates a report.
    public init(records: [MeetingRecord]) { self.records = records }

    /// True when any finding is an error.
    public var hasErrors: Bool { records.contains { $0.findings.contains { $0.severity == .error } } }

    /// "N Befunde: E Fehler, W Warnungen, H Hinweise".
    public var summaryLine: String {
        let all = records.flatMap(\.findings)
        let e = all.filter { $0.severity == .error }.count
        let w = all.filter { $0.severity == .warning }.count
        let h = all.filter { $0.severity == .info }.count
        return "\(all.count) Befund\(all.count == 1 ? "" : "e"): \(e) Fehler, \(w) Warnung\(w == 1 ? "" : "en"), \(h) Hinweis\(h == 1 ? "" : "e")"
    }

    /// Findings of one record grouped by the recommendation they concern (meeting-level ones first).
    public func groups(_ r: MeetingRecord) -> [(String?, [Finding])] {
        var order: [String?] = []
        var by: [String?: [Finding]] = [:]
        for f in r.findings {
            if by[f.recommendation] == nil { order.append(f.recommendation) }
            by[f.recommendation, default: []].append(f)
        }
        order.sort { ($0 ?? "") < ($1 ?? "") }
        return order.map { ($0, by[$0]!) }
    }

    static func place(_ evidence: [Evidence]) -> String {
        evidence.map { e in
            if let page = e.page { return "\(e.file), S. \(page)\(e.line.map { ", Z. \($0)" } ?? "")" }
            if let line = e.line { return "\(e.file):\(line)" }
            return e.file
        }.joined(separator: "; ")
    }

    /// Plain text for the terminal.
    public func text() -> String {
        var out = "Prüfbericht – \(summaryLine)\n"
        for r in records {
            out += "\nSitzung \(r.date) \(r.body) (\(r.findings.count) Befund\(r.findings.count == 1 ? "" : "e"))\n"
            if r.findings.isEmpty { out += "  keine Befunde\n" }
            for (rec, findings) in groups(r) {
                out += "  \(rec.map { "Handlungsempfehlung „\($0)“" } ?? "Sitzung allgemein")\n"
                for f in findings {
                    out += "    [\(f.severity.germanLabel)] \(f.rule): \(f.message)\n"
                    if !f.evidence.isEmpty { out += "      Fundstelle: \(Self.place(f.evidence))\n" }
                }
            }
        }
        return out
    }

    /// JSON: one entry per meeting with its findings.
    public func json() -> String {
        struct Entry: Encodable {
            let id: String
            let date: String
            let body: String
            let findings: [Finding]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = records.map { Entry(id: $0.id, date: $0.date, body: $0.body, findings: $0.findings) }
        return (try? String(decoding: encoder.encode(entries), as: UTF8.self) + "\n") ?? "[]\n"
    }

}
