import Foundation
import PlanwerkModel
import PlanwerkXML

/// Loads the strategic goals catalogue (inputs/strategic-goals.xml), validated against
/// schemas/strategic-goals.xsd with libxml2; hostile XML is refused.
public enum CatalogLoader {
    /// The schema's default location, relative to the project folder.
    public static let defaultSchemaPath = "schemas/strategic-goals.xsd"

    /// The catalogue in `path`, checked against the schema in `schema`.
    public static func load(_ path: String, schema: String) throws -> StrategicGoalCatalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        guard let schemaData = FileManager.default.contents(atPath: schema) else {
            throw ConfigError(file: schema, problems: ["Schema nicht gefunden"])
        }
        return try parse(data, file: path, schema: schemaData)
    }

    /// The catalogue in `data` (named `file` in messages).
    public static func parse(_ data: Data, file: String, schema: Data) throws -> StrategicGoalCatalog {
        let root: XMLElement
        do {
            root = try SafeXMLParser.parse(data, schema: schema)
        } catch let error as XMLError {
            throw ConfigError(file: file, problems: error.problems.map(\.text))
        }
        let goals = root.children(named: "goal").map {
            StrategicGoal(id: $0.attributes["id"] ?? "", text: $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        var seen = Set<String>()
        for g in root.children(named: "goal") {
            let id = g.attributes["id"] ?? ""
            if !seen.insert(id).inserted {
                throw ConfigError(file: file, problems: ["Zeile \(g.line): Ziel \(id) ist doppelt"])
            }
        }
        return StrategicGoalCatalog(title: root.attributes["title"] ?? "Strategische Ziele", goals: goals)
    }
}
