import Foundation
import PlanwerkConfig

extension CouncilSettings {
    /// Loads inputs/vorlagen.json, and inputs/gremien.json and inputs/handlungsfelder.json when present.
    public static func load(inputs: String) throws -> CouncilSettings {
        let path = (inputs as NSString).appendingPathComponent("vorlagen.json")
        var settings: CouncilSettings = try decode(path, as: CouncilSettings.self)
        let calendar = (inputs as NSString).appendingPathComponent("gremien.json")
        if FileManager.default.fileExists(atPath: calendar) {
            settings.committees = try decode(calendar, as: CalendarFile.self).gremien
        }
        settings.fieldAssignments = try assignments(inputs: inputs)
        return settings
    }

    /// The Handlungsfeld assignments in inputs/handlungsfelder.json (none when the file is absent).
    public static func assignments(inputs: String) throws -> [String: String] {
        let fields = (inputs as NSString).appendingPathComponent("handlungsfelder.json")
        guard FileManager.default.fileExists(atPath: fields) else { return [:] }
        return try decode(fields, as: AssignmentFile.self).zuordnungen
    }

    struct CalendarFile: Codable { var gremien: [Committee] }
    struct AssignmentFile: Codable { var zuordnungen: [String: String] }

    static func decode<T: Decodable>(_ path: String, as type: T.Type) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ConfigError(file: path, problems: ["Angabe „\(key.stringValue)“ fehlt\(where_(context))"])
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ConfigError(file: path, problems: ["falscher Wert\(where_(context))"])
        } catch {
            throw ConfigError(file: path, problems: ["kein gültiges JSON"])
        }
    }

    static func where_(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? "" : " (bei \(path))"
    }
}
