import Foundation
import PlanwerkModel
import PlanwerkReport
import PlanwerkValidate

/// The Prüfbericht for people: per meeting and recommendation, each finding in plain German with where to
/// look and what to do next; dates in words, files by name only, no rule ids.
public struct PruefberichtComposer: Sendable {
    /// Creates a composer.
    public init() {}

    /// The report of `records`, dated `date` ("YYYY-MM-DD").
    public func compose(_ records: [MeetingRecord], date: String) -> ReportDocument {
        let report = ValidationReport(records: records)
        var blocks: [ReportBlock] = [
            .paragraph([TextRun("So lesen Sie diesen Bericht: ", style: .strong),
                        TextRun("Ein Fehler verhindert eine versandfähige Vorlage zu der Handlungsempfehlung; eine Warnung sollte geprüft werden; "
                                + "ein Hinweis nennt, was die Prüfung nicht prüfen konnte. Zu jedem Befund steht, wo er im Protokoll steht und was zu tun ist.")]),
        ]
        for record in records.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            blocks.append(.heading(level: 1, text: "Sitzung vom \(GermanFormat.date(record.date)) – \(record.body)"))
            let files = record.sources.map { ($0.file as NSString).lastPathComponent }
            if !files.isEmpty { blocks.append(.paragraph([TextRun("Gelesen aus: \(files.joined(separator: ", "))")])) }
            if record.findings.isEmpty {
                blocks.append(.paragraph([TextRun("Keine Befunde.")]))
                continue
            }
            for (recommendation, findings) in report.groups(record) {
                blocks.append(.heading(level: 2, text: recommendation.map { "Handlungsempfehlung „\($0)“" } ?? "Die Sitzung im Ganzen"))
                blocks.append(.bulletList(findings.map(item)))
            }
        }
        return ReportDocument(title: "Prüfbericht", fields: [("Stand", [TextRun(GermanFormat.date(date))]), ("Ergebnis", [TextRun(report.summaryLine)])],
                              blocks: blocks, pageHeader: "Prüfbericht", pageFooter: "Erstellt mit Planwerk", date: date)
    }

    /// One finding: its weight, what it says, where, and what to do.
    func item(_ f: Finding) -> [TextRun] {
        var text = " \(f.message)"
        let places = f.evidence.map(Self.place)
        if !places.isEmpty { text += "\nFundstelle: \(places.joined(separator: "; "))" }
        text += "\nWas tun: \(FindingAdvice.nextStep(f))"
        return [TextRun("\(f.severity.germanLabel):", style: .strong), TextRun(text)]
    }

    /// "Datei 000_….txt, Zeile 158" / "…, Seite 3".
    static func place(_ e: Evidence) -> String {
        var out = "Datei \((e.file as NSString).lastPathComponent)"
        if let page = e.page { out += ", Seite \(page)" }
        if let line = e.line { out += ", Zeile \(line)" }
        return out
    }
}
