import Foundation
import PlanwerkConfig
import PlanwerkXML

/// Loads a council template: parsed safely and checked against schemas/council-template.xsd by libxml2
/// (hostile XML refused), then every placeholder, condition and loop checked against the known fields;
/// problems name the file and line.
public enum TemplateLoader {
    /// The schema's default location, relative to the project folder.
    public static let defaultSchemaPath = "schemas/council-template.xsd"

    /// The template in `path`, checked against the schema in `schema` (default: found beside the project).
    public static func load(_ path: String, schema: String? = nil) throws -> CouncilTemplate {
        try template(ValidatedXMLFile.load(path, schema: schema ?? SchemaLocator.path("council-template.xsd", near: path)), file: path)
    }

    /// The template in `data` (named `file` in messages).
    public static func parse(_ data: Data, file: String, schema: Data) throws -> CouncilTemplate {
        try template(ValidatedXMLFile.parse(data, file: file, schema: schema), file: file)
    }

    static func template(_ root: XMLElement, file: String) throws -> CouncilTemplate {
        var checker = Checker()
        let head = root.child(named: "kopf")!.children(named: "feld").map { f in
            (label: f.attributes["name"] ?? "", text: checker.text(f.text, line: f.line, variables: [:]))
        }
        let body = checker.nodes(root.children, variables: [:])
        let required = (root.attributes["pflicht"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        for name in required { checker.check(name, line: root.line, variables: [:], list: PaperFields.lists[name] != nil) }
        if !checker.problems.isEmpty { throw ConfigError(file: file, problems: checker.problems) }
        let type = root.attributes["typ"] ?? "mitteilungsvorlage"
        return CouncilTemplate(paperType: root.attributes["art"] ?? type, abbreviation: type == "beschlussvorlage" ? "BV" : "MV",
                               headFields: head, body: body, required: PaperFields.alwaysRequired.union(required), file: file)
    }

    /// Builds nodes and collects every problem (not just the first).
    struct Checker {
        var problems: [String] = []

        mutating func text(_ raw: String, line: Int, variables: [String: Set<String>]) -> TemplateText {
            let collapsed = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            do {
                let t = try TemplateText.parse(collapsed)
                for name in t.fieldNames { check(name, line: line, variables: variables, list: false) }
                return t
            } catch let e as TemplateTextError {
                problems.append("Zeile \(line): \(e.message)")
            } catch {
                problems.append("Zeile \(line): \(error)")
            }
            return TemplateText(pieces: [])
        }

        mutating func check(_ name: String, line: Int, variables: [String: Set<String>], list: Bool) {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, let names = variables[parts[0]] {
                if !names.contains(parts[1]) {
                    problems.append("Zeile \(line): unbekanntes Feld „\(name)“ (ein Element hat: \(names.sorted().joined(separator: ", ")))")
                }
                return
            }
            let known = list ? PaperFields.lists[name] != nil : (PaperFields.scalars[name] != nil || name == "vorlage.art")
            let conditionOnList = !list && PaperFields.lists[name] != nil
            if !known && !conditionOnList {
                problems.append("Zeile \(line): unbekanntes Feld „\(name)“")
            }
        }

        mutating func nodes(_ elements: [XMLElement], variables: [String: Set<String>]) -> [TemplateNode] {
            elements.compactMap { node($0, variables: variables) }
        }

        mutating func node(_ e: XMLElement, variables: [String: Set<String>]) -> TemplateNode? {
            switch e.name {
            case "kopf", "sonst", "leer": return nil
            case "abschnitt": return .section(title: e.attributes["titel"] ?? "", children: nodes(e.children, variables: variables))
            case "schluss": return .section(title: "", children: nodes(e.children, variables: variables))
            case "unterabschnitt": return .subsection(title: e.attributes["titel"] ?? "", children: nodes(e.children, variables: variables))
            case "absatz": return .paragraph(text(e.text, line: e.line, variables: variables))
            case "punkt": return .item(text(e.text, line: e.line, variables: variables))
            case "nummer": return .numbered(text(e.text, line: e.line, variables: variables))
            case "beratungsfolge": return .consultation(title: e.attributes["titel"] ?? "")
            case "tabelle":
                let header = e.child(named: "kopfzeile").map { $0.children(named: "zelle").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } }
                let rows = e.children(named: "zeile").map { row in row.children(named: "zelle").map { text($0.text, line: $0.line, variables: variables) } }
                return .table(header: header, rows: rows)
            case "wenn":
                let field = e.attributes["feld"] ?? ""
                check(field, line: e.line, variables: variables, list: false)
                let otherwise = e.child(named: "sonst").map { nodes($0.children, variables: variables) } ?? []
                return .when(field: field, children: nodes(e.children, variables: variables), otherwise: otherwise)
            case "fuer-jedes":
                let field = e.attributes["feld"] ?? "", variable = e.attributes["als"] ?? ""
                check(field, line: e.line, variables: variables, list: true)
                var inner = variables
                inner[variable] = PaperFields.lists[field] ?? []
                let empty = e.child(named: "leer").map { nodes($0.children, variables: variables) } ?? []
                return .forEach(field: field, variable: variable, children: nodes(e.children, variables: inner), empty: empty)
            default:
                problems.append("Zeile \(e.line): unbekanntes Element „\(e.name)“")
                return nil
            }
        }
    }
}
