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
        try catalog(ValidatedXMLFile.load(path, schema: schema), file: path)
    }

    /// The catalogue in `data` (named `file` in messages).
    public static func parse(_ data: Data, file: String, schema: Data) throws -> StrategicGoalCatalog {
        try catalog(ValidatedXMLFile.parse(data, file: file, schema: schema), file: file)
    }

    static func catalog(_ root: XMLElement, file: String) throws -> StrategicGoalCatalog {
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
