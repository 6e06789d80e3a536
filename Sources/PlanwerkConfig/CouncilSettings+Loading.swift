import Foundation

extension CouncilSettings {
    /// Loads inputs/vorlagen.json, and inputs/gremien.json and inputs/handlungsfelder.json when present.
    public static func load(inputs: String) throws -> CouncilSettings {
        func file(_ name: String) -> String { (inputs as NSString).appendingPathComponent(name) }
        func optional(_ name: String) throws -> (Data, String)? {
            guard FileManager.default.fileExists(atPath: file(name)) else { return nil }
            guard let data = FileManager.default.contents(atPath: file(name)) else {
                throw ConfigError(file: file(name), problems: ["Datei nicht lesbar"])
            }
            return (data, file(name))
        }
        guard let settings = try optional("vorlagen.json") else {
            throw ConfigError(file: file("vorlagen.json"), problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        return try parse(settings: settings, calendar: try optional("gremien.json"), assignments: try optional("handlungsfelder.json"))
    }

    /// The settings from the contents of vorlagen.json, gremien.json and handlungsfelder.json (each with
    /// the file name for messages), checked: every problem names its file and key.
    public static func parse(settings: (Data, String), calendar: (Data, String)?, assignments: (Data, String)?) throws -> CouncilSettings {
        var out = try ConfigJSON.decode(CouncilSettings.self, data: settings.0, file: settings.1)
        let problems = out.problems()
        if !problems.isEmpty { throw ConfigError(file: settings.1, problems: problems) }
        if let calendar {
            out.committees = try ConfigJSON.decode(CalendarFile.self, data: calendar.0, file: calendar.1).gremien
            let problems = calendarProblems(out.committees)
            if !problems.isEmpty { throw ConfigError(file: calendar.1, problems: problems) }
        }
        if let assignments { out.fieldAssignments = try ConfigJSON.decode(AssignmentFile.self, data: assignments.0, file: assignments.1).zuordnungen }
        return out
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
