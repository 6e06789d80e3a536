import PlanwerkModel
import PlanwerkReport

/// Fills a council template for one recommendation: head fields, Beratungsfolge, sections; gaps as
/// "[FEHLT: …]" (drafts), empty optional fields as "keine Angabe".
public struct CouncilPaperComposer: Sendable {
    /// Creates a composer.
    public init() {}

    /// The paper as a report document.
    public func compose(_ template: CouncilTemplate, _ context: PaperContext) -> ReportDocument {
        let gaps = PaperFields.gapLabels(context)
        var scope = Scope(context: context, template: template, variables: [:])
        let fields = template.headFields.map { (label: $0.label, value: scope.runs($0.text)) }
        var blocks = scope.blocks(template.body)
        let unmapped = context.errorFindings.filter { f in !PaperFields.required.values.contains { $0.field == f.field } }
        if !unmapped.isEmpty {
            blocks.append(.heading(level: 1, text: "Offene Prüfbefunde"))
            blocks.append(.bulletList(unmapped.map { [TextRun("[FEHLT: \($0.message)]", style: .gap)] }))
        }
        return ReportDocument(title: template.paperType, marker: gaps.isEmpty ? nil : "ENTWURF", fields: fields, blocks: blocks,
                              pageHeader: "\(context.office.kreis) – \(template.paperType) \(context.number)",
                              pageFooter: "Erstellt mit Planwerk aus dem Protokoll der Sitzung vom \(GermanFormat.date(context.record.date))",
                              date: context.date)
    }

    /// The fields in reach at one place of the template: the paper's, and loop variables.
    struct Scope {
        let context: PaperContext
        let template: CouncilTemplate
        var variables: [String: [String: FieldValue]]

        func value(_ name: String) -> FieldValue {
            if name == "vorlage.art" { return .text(template.paperType) }
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, let element = variables[parts[0]] { return element[parts[1]] ?? .empty }
            return PaperFields.value(name, context)
        }

        func runs(_ text: TemplateText) -> [TextRun] {
            var out: [TextRun] = []
            for piece in text.pieces {
                switch piece {
                case .literal(let s): out.append(TextRun(s))
                case .field(let name, let format):
                    switch value(name) {
                    case .text(let s): out.append(TextRun(TemplateText.apply(format, to: s)))
                    case .empty, .list: out.append(TextRun("keine Angabe"))
                    case .gap(let label): out.append(TextRun("[FEHLT: \(label)]", style: .gap))
                    }
                }
            }
            // Merge neighbouring plain runs.
            var merged: [TextRun] = []
            for run in out {
                if let last = merged.last, last.style == .plain, run.style == .plain { merged[merged.count - 1].text += run.text } else { merged.append(run) }
            }
            return merged
        }

        mutating func blocks(_ nodes: [TemplateNode]) -> [ReportBlock] {
            var out: [ReportBlock] = []
            // Lists that follow each other (also across conditions and loops) are one list.
            func merge(_ new: [ReportBlock]) {
                for block in new {
                    switch (block, out.last) {
                    case (.bulletList(let n), .bulletList(let o)?): out[out.count - 1] = .bulletList(o + n)
                    case (.numberedList(let n), .numberedList(let o)?): out[out.count - 1] = .numberedList(o + n)
                    default: out.append(block)
                    }
                }
            }
            func appendItem(_ runs: [TextRun], numbered: Bool) {
                switch out.last {
                case .bulletList(let items) where !numbered: out[out.count - 1] = .bulletList(items + [runs])
                case .numberedList(let items) where numbered: out[out.count - 1] = .numberedList(items + [runs])
                default: out.append(numbered ? .numberedList([runs]) : .bulletList([runs]))
                }
            }
            for node in nodes {
                switch node {
                case .section(let title, let children):
                    out.append(.heading(level: 1, text: title))
                    merge(blocks(children))
                case .subsection(let title, let children):
                    out.append(.heading(level: 2, text: title))
                    merge(blocks(children))
                case .paragraph(let text): out.append(.paragraph(runs(text)))
                case .item(let text): appendItem(runs(text), numbered: false)
                case .numbered(let text): appendItem(runs(text), numbered: true)
                case .table(let header, let rows): out.append(.table(header: header, rows: rows.map { $0.map(runs) }))
                case .consultation(let title):
                    if !title.isEmpty { out.append(.heading(level: 1, text: title)) }
                    let rows = context.consultation.map { step -> [[TextRun]] in
                        [[TextRun(step.date.map(GermanFormat.date) ?? "Termin offen")], [TextRun(step.committee)], [TextRun(step.role)]]
                    }
                    out.append(.table(header: ["Datum", "Gremium", "Zuständigkeit"], rows: rows))
                case .when(let field, let children, let otherwise):
                    let v = value(field)
                    if v.isPresent || { if case .gap = v { return true } else { return false } }() {
                        merge(blocks(children))
                    } else {
                        merge(blocks(otherwise))
                    }
                case .forEach(let field, let variable, let children, let empty):
                    switch value(field) {
                    case .gap(let label): appendItem([TextRun("[FEHLT: \(label)]", style: .gap)], numbered: false)
                    case .list(let items) where !items.isEmpty:
                        for item in items {
                            var inner = self
                            inner.variables[variable] = item
                            merge(inner.blocks(children))
                        }
                    default: merge(blocks(empty))
                    }
                }
            }
            return out
        }
    }
}
