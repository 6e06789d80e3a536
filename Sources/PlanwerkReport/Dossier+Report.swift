extension Dossier {
    /// The dossier as a linear report (ODT, Markdown): the votes as a drawn bar table.
    public var reportDocument: ReportDocument {
        var blocks: [ReportBlock] = [.heading(level: 1, text: "Vorwort"), .paragraph([TextRun(foreword)])]
        blocks.append(.heading(level: 1, text: "Sozialpolitische Zielvorschläge \(year)"))
        if goals.isEmpty {
            blocks.append(.paragraph([TextRun("Für \(year) liegen keine Zielvorschläge vor.")]))
        } else {
            let most = VoteBar.most(goals.flatMap { [$0.agree, $0.disagree] })
            func bar(_ n: Int?) -> String { n.map { String(repeating: "█", count: VoteBar.length($0, most: most, width: 20)) + " \($0)" } ?? "nicht lesbar" }
            blocks.append(.table(header: ["Zielvorschlag", "Stimme zu", "Passt für mich nicht", "Anmerkungen"],
                                 rows: goals.map { [[TextRun($0.title)], [TextRun(bar($0.agree))], [TextRun(bar($0.disagree))], [TextRun($0.comments.joined(separator: "; "))]] }))
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
        blocks.append(.heading(level: 1, text: "Anhang: offene Prüfbefunde"))
        blocks.append(findings.isEmpty ? .paragraph([TextRun("keine")])
                      : .bulletList(findings.map { [TextRun("\($0.severity): ", style: .strong), TextRun("\($0.recommendation): \($0.message)")] }))
        blocks.append(.heading(level: 1, text: "Quellen"))
        blocks.append(.bulletList(sources.map { [TextRun($0)] }))
        return ReportDocument(title: title, blocks: blocks, pageHeader: "\(kreis) – \(title)", pageFooter: "Erstellt mit Planwerk", date: date)
    }

    static func entryBlocks(_ e: Entry) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.paragraph([TextRun(e.title, style: .strong)])]
        var facts = ["Einschätzung: \(e.relevance.isEmpty ? "keine Angabe" : e.relevance)", "Sitzung: \(e.meetingDate)"]
        if !e.status.isEmpty { facts.append("Status: \(e.status)") }
        blocks.append(.paragraph([TextRun(facts.joined(separator: " · "))]))
        if !e.comments.isEmpty { blocks.append(.bulletList(e.comments.map { [TextRun("Anmerkung: \($0)")] })) }
        if !e.details.isEmpty {
            blocks.append(.table(header: ["Detailformular", ""], rows: e.details.map { [[TextRun($0.label)], [TextRun($0.value)]] }))
        }
        return blocks
    }
}
