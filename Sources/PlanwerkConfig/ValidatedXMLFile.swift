import Foundation
import PlanwerkXML

/// A configuration file in XML, read and checked against its schema with libxml2 (hostile XML refused);
/// every problem becomes a `ConfigError` naming the file (and the line, where libxml2 knows it).
public enum ValidatedXMLFile {
    /// The root element of the file at `path`, checked against the schema at `schema`.
    public static func load(_ path: String, schema: String) throws -> XMLElement {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        guard let schemaData = FileManager.default.contents(atPath: schema) else {
            throw ConfigError(file: schema, problems: ["Schema nicht gefunden"])
        }
        return try parse(data, file: path, schema: schemaData)
    }

    /// The root element of `data` (named `file` in messages), checked against `schema`.
    public static func parse(_ data: Data, file: String, schema: Data) throws -> XMLElement {
        do {
            return try SafeXMLParser.parse(data, schema: schema)
        } catch let error as XMLError {
            throw ConfigError(file: file, problems: error.problems.map(\.text))
        }
    }
}
