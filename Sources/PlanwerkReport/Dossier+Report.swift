extension Dossier {
    /// The dossier as a linear report (ODT, Markdown): the votes as a chart.
    public var reportDocument: ReportDocument {
        var blocks: [ReportBlock] = []
        if !missing.isEmpty {
            blocks.append(.paragraph([TextRun("ENTWURF – nicht zur Veröffentlichung. Es fehlen: \(missing.joined(separator: ", ")).", style: .gap)]))
        }
        blocks += [.heading(level: 1, text: "Vorwort"), .paragraph([foreword.map { TextRun($0) } ?? TextRun("[FEHLT: Vorwort]", style: .gap)])]
        blocks.append(.heading(level: 1, text: "Sozialpolitische Zielvorschläge \(year)"))
        if goals.isEmpty {
            blocks.append(.paragraph([TextRun("Für \(year) liegen keine Zielvorschläge vor.")]))
        } else {
            blocks.append(.chart(voteChart))
        }
        if !conclusions.isEmpty {
            blocks.append(.heading(level: 2, text: "Ergebnis der Steuerungsgruppe"))
            blocks.append(.bulletList(conclusions.map { [TextRun($0)] }))
        }
        blocks.append(.heading(level: 1, text: "Handlungsempfehlungen \(year)"))
        if takenIn.isEmpty { blocks.append(.paragraph([TextRun("Keine Handlungsempfehlung wurde in das Dossier aufgenommen.")])) }
        for field in fields {
            blocks.append(.heading(level: 2, text: "Handlungsfeld: \(field)"))
            for e in takenIn where e.field == field { blocks += Self.entryBlocks(e) }
        }
        blocks.append(.heading(level: 1, text: "Nicht aufgenommene Handlungsempfehlungen"))
        blocks.append(notTakenIn.isEmpty ? .paragraph([TextRun("keine")])
                      : .bulletList(notTakenIn.map { [TextRun($0.title, style: .strong), TextRun(" – \($0.reason ?? "")")] }))
        blocks.append(.heading(level: 1, text: "Stand früherer Handlungsempfehlungen"))
        blocks.append(earlier.isEmpty ? .paragraph([TextRun("keine")])
                      : .table(header: ["Handlungsempfehlung", "Jahr", "Steuerungsrelevanz", "Status"],
                               rows: earlier.map { [[TextRun($0.title)], [TextRun($0.year.map(String.init) ?? "")], [TextRun($0.relevance)], [TextRun($0.status)]] }))
        blocks.append(.heading(level: 1, text: "Quellen"))
        blocks.append(.bulletList(sources.map { [TextRun($0)] }))
        return ReportDocument(title: title, marker: missing.isEmpty ? nil : "ENTWURF", blocks: blocks, pageHeader: "\(kreis) – \(title)", pageFooter: "Erstellt mit Planwerk", date: date)
    }

    /// The goal proposals' votes as a chart.
    public var voteChart: VoteChart {
        VoteChart(title: "Abstimmung über die Zielvorschläge \(year)", series: ["Stimme zu", "Passt für mich nicht"],
                  rows: goals.map { VoteChart.Row(label: $0.title, counts: [$0.agree, $0.disagree]) })
    }

    static func entryBlocks(_ e: Entry) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.paragraph([TextRun(e.title, style: .strong)])]
        var facts = e.relevance.isEmpty ? [] : ["Einschätzung: \(e.relevance)"]
        facts.append("Sitzung: \(e.meetingDate)")
        if !e.status.isEmpty { facts.append("Status: \(e.status)") }
        blocks.append(.paragraph([TextRun(facts.joined(separator: " · "))]))
        if !e.details.isEmpty {
            blocks.append(.table(header: ["Detailformular", ""], rows: e.details.map { [[TextRun($0.label)], [TextRun($0.value)]] }))
        }
        return blocks
    }
}
