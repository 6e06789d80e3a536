import Foundation
import PlanwerkConfig

/// The people's decisions in an inputs folder: `korrekturen/<meeting-id>.json` (corrections) and
/// `freigaben/<meeting-id>.json` (releases). Read here; appended by PlanwerkPipeline (atomically, never rewritten).
public struct ReviewFolder: Sendable {
    /// The inputs folder.
    public let inputs: String

    public init(inputs: String) { self.inputs = inputs }

    /// inputs/korrekturen/<id>.json.
    public func correctionsPath(_ meetingID: String) -> String { path("korrekturen", meetingID) }
    /// inputs/freigaben/<id>.json.
    public func releasesPath(_ meetingID: String) -> String { path("freigaben", meetingID) }

    func path(_ folder: String, _ meetingID: String) -> String {
        ((inputs as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent("\(meetingID).json")
    }

    struct CorrectionsFile: Codable { var korrekturen: [Correction] }
    struct ReleasesFile: Codable { var freigaben: [Release] }

    /// The meeting's corrections (none without a file); a broken file is a `ConfigError` naming file and entry.
    public func corrections(_ meetingID: String) throws -> [Correction] {
        let file = correctionsPath(meetingID)
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        guard let data = FileManager.default.contents(atPath: file) else { throw ConfigError(file: file, problems: ["nicht lesbar"]) }
        return try Self.corrections(data, file: file)
    }

    /// The corrections in a file's bytes (named `file` in messages).
    public static func corrections(_ data: Data, file: String) throws -> [Correction] {
        let entries = try ConfigJSON.decode(CorrectionsFile.self, data: data, file: file).korrekturen
        let problems = entries.enumerated().filter { !RecordFacts.isKnown($0.element.key) }
            .map { "unbekannter Schlüssel „\($0.element.key)“ (bei korrekturen.\($0.offset))" }
        if !problems.isEmpty { throw ConfigError(file: file, problems: problems) }
        return entries
    }

    /// The meeting's releases (none without a file); a broken file is a `ConfigError`.
    public func releases(_ meetingID: String) throws -> [Release] {
        let file = releasesPath(meetingID)
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        return try ConfigJSON.decode(ReleasesFile.self, from: file).freigaben
    }

    /// The releases in a file's bytes.
    public static func releases(_ data: Data, file: String) throws -> [Release] {
        try ConfigJSON.decode(ReleasesFile.self, data: data, file: file).freigaben
    }

    /// The text of a corrections file (append-only: callers pass the entries read plus the new ones).
    public static func file(corrections: [Correction]) -> Data { encode(CorrectionsFile(korrekturen: corrections)) }
    /// The text of a releases file.
    public static func file(releases: [Release]) -> Data { encode(ReleasesFile(freigaben: releases)) }

    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    /// A fingerprint input: every corrections and releases file's bytes (a change re-merges the archive's meetings).
    public func contents() -> Data {
        var data = Data()
        for folder in ["korrekturen", "freigaben"] {
            let dir = (inputs as NSString).appendingPathComponent(folder)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() where name.hasSuffix(".json") {
                data.append(Data(name.utf8))
                data.append(FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(name)) ?? Data())
            }
        }
        return data
    }
}
