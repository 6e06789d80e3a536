import PlanwerkModel
import PlanwerkReport

/// Fills a council template for one recommendation: head fields, Beratungsfolge, sections. A required field
/// that is empty, or that an error finding concerns, is a gap ("[FEHLT: …]") and makes the paper a draft
/// ("ENTWURF", with the reason on top); a block whose optional field is empty is left out, and so is a
/// heading with nothing under it. "keine Angabe" is never written.
public struct CouncilPaperComposer: Sendable {
    /// A composed paper and what it lacks.
    public struct Composed: Sendable {
        /// The document (a draft when `gaps` is not empty).
        public var document: ReportDocument
        /// The labels of what is missing, in the order met, each once.
        public var gaps: [String]
    }

    /// Creates a composer.
    public init() {}

    /// The paper as a report document, with its gaps.
    public func compose(_ template: CouncilTemplate, _ context: PaperContext) -> Composed {
        let gaps = GapLog()
        for label in PaperFields.gapLabels(context) { gaps.add(label) }
        if context.record.release == nil { gaps.add(PaperFields.releaseGap(context.record)) }
        var scope = Scope(context: context, template: template, variables: [:], gaps: gaps)
        let fields = template.headFields.compactMap { f in scope.runs(f.text).map { (label: f.label, value: $0) } }
        var blocks = scope.blocks(template.body)
        let unmapped = context.errorFindings.filter { f in !PaperFields.recordFields.values.contains { $0.field == f.field } }
        if !unmapped.isEmpty {
            blocks.append(.heading(level: 1, text: "Offene Prüfbefunde"))
            blocks.append(.bulletList(unmapped.map { [TextRun("[FEHLT: \($0.message)]", style: .gap)] }))
        }
        if !gaps.labels.isEmpty {
            let reason = "ENTWURF – nicht versandfähig. Es fehlen: \(gaps.labels.joined(separator: ", "))."
            blocks.insert(.paragraph([TextRun(reason, style: .gap)]), at: 0)
        }
        var document = ReportDocument(title: template.paperType, marker: gaps.labels.isEmpty ? nil : "ENTWURF", fields: fields, blocks: blocks,
                                      pageHeader: "\(context.office.kreis) – \(template.paperType) \(context.number)",
                                      pageFooter: "Erstellt mit Planwerk aus dem Protokoll der Sitzung vom \(GermanFormat.date(context.record.date))",
                                      date: context.date)
        document.properties = ("Handlungsempfehlung „\(context.recommendation.title)“", context.number, context.office.lead)
        return Composed(document: document, gaps: gaps.labels)
    }

    /// The gaps met while composing (shared by nested scopes).
    final class GapLog {
        private(set) var labels: [String] = []
        func add(_ label: String) { if !labels.contains(label) { labels.append(label) } }
    }

    /// The fields in reach at one place of the template: the paper's, and loop variables.
    struct Scope {
        let context: PaperContext
        let template: CouncilTemplate
        var variables: [String: [String: FieldValue]]
        let gaps: GapLog

        func value(_ name: String) -> FieldValue {
            if name == "vorlage.art" { return .text(template.paperType) }
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, let element = variables[parts[0]] { return element[parts[1]] ?? .empty }
            return PaperFields.value(name, context)
        }

        /// The value with required emptiness turned into a gap.
        func resolved(_ name: String) -> FieldValue {
            let v = value(name)
            if case .gap = v { return v }
            if !v.isPresent, template.required.contains(name) { return .gap(PaperFields.gapLabel(name)) }
            return v
        }

        /// The text's runs; nil when an optional field in it is empty (the block is left out).
        func runs(_ text: TemplateText) -> [TextRun]? {
            var out: [TextRun] = []
            for piece in text.pieces {
                switch piece {
                case .literal(let s): out.append(TextRun(s))
                case .field(let name, let format):
                    switch resolved(name) {
                    case .text(let s) where !s.isEmpty: out.append(TextRun(TemplateText.apply(format, to: s)))
                    case .gap(let label):
                        gaps.add(label)
                        out.append(TextRun("[FEHLT: \(label)]", style: .gap))
                    case .text, .empty, .list: return nil
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
            func appendItem(_ runs: [TextRun]?, numbered: Bool) {
                guard let runs else { return }
                merge([numbered ? .numberedList([runs]) : .bulletList([runs])])
            }
            func headed(_ level: Int, _ title: String, _ children: [ReportBlock]) {
                guard !children.isEmpty else { return }
                if !title.isEmpty { out.append(.heading(level: level, text: title)) }
                merge(children)
            }
            for node in nodes {
                switch node {
                case .section(let title, let children): headed(1, title, blocks(children))
                case .subsection(let title, let children): headed(2, title, blocks(children))
                case .paragraph(let text): if let runs = runs(text) { out.append(.paragraph(runs)) }
                case .item(let text): appendItem(runs(text), numbered: false)
                case .numbered(let text): appendItem(runs(text), numbered: true)
                case .table(let header, let rows):
                    // A row with an empty optional field is left out; a table without rows too.
                    let cells = rows.compactMap { row -> [[TextRun]]? in
                        let resolved = row.map(runs)
                        return resolved.contains { $0 == nil } ? nil : resolved.compactMap { $0 }
                    }
                    if !cells.isEmpty { out.append(.table(header: header, rows: cells)) }
                case .consultation(let title):
                    if !title.isEmpty { out.append(.heading(level: 1, text: title)) }
                    let rows = context.consultation.map { step -> [[TextRun]] in
                        [[TextRun(step.date.map(GermanFormat.date) ?? "Termin offen")], [TextRun(step.committee)], [TextRun(step.role)]]
                    }
                    out.append(.table(header: ["Datum", "Gremium", "Zuständigkeit"], rows: rows))
                case .when(let field, let children, let otherwise):
                    switch resolved(field) {
                    case .gap(let label):
                        gaps.add(label)
                        merge(blocks(children))
                    case let v where v.isPresent: merge(blocks(children))
                    default: merge(blocks(otherwise))
                    }
                case .forEach(let field, let variable, let children, let empty):
                    switch resolved(field) {
                    case .gap(let label):
                        gaps.add(label)
                        appendItem([TextRun("[FEHLT: \(label)]", style: .gap)], numbered: false)
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
