import Foundation
import PlanwerkConfig

extension CouncilSettings {
    /// Loads inputs/vorlagen.json, and inputs/gremien.json and inputs/handlungsfelder.json when present.
    public static func load(inputs: String) throws -> CouncilSettings {
        let path = (inputs as NSString).appendingPathComponent("vorlagen.json")
        var settings: CouncilSettings = try ConfigJSON.decode(CouncilSettings.self, from: path)
        let calendar = (inputs as NSString).appendingPathComponent("gremien.json")
        if FileManager.default.fileExists(atPath: calendar) {
            settings.committees = try ConfigJSON.decode(CalendarFile.self, from: calendar).gremien
        }
        settings.fieldAssignments = try assignments(inputs: inputs)
        return settings
    }

    /// The Handlungsfeld assignments in inputs/handlungsfelder.json (none when the file is absent).
    public static func assignments(inputs: String) throws -> [String: String] {
        let fields = (inputs as NSString).appendingPathComponent("handlungsfelder.json")
        guard FileManager.default.fileExists(atPath: fields) else { return [:] }
        return try ConfigJSON.decode(AssignmentFile.self, from: fields).zuordnungen
    }

    struct CalendarFile: Codable { var gremien: [Committee] }
    struct AssignmentFile: Codable { var zuordnungen: [String: String] }
}
