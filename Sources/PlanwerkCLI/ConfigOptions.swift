import ArgumentParser
import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate

/// Options shared by the commands: where the Kreis profile and the strategic goals catalogue are.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Kreisprofil (JSON). Standard: inputs/profile.json, falls vorhanden.")
    var profile: String?

    @Option(name: .long, help: "Katalog der strategischen Ziele (XML). Standard: inputs/strategic-goals.xml, falls vorhanden.")
    var catalog: String?

    /// The profile, or the standard one.
    func loadProfile() throws -> Profile {
        if let path = profile { return try ProfileLoader.load(path) }
        if FileManager.default.fileExists(atPath: "inputs/profile.json") { return try ProfileLoader.load("inputs/profile.json") }
        return .standard
    }

    /// The catalogue, or nil when none is configured.
    func loadCatalog() throws -> StrategicGoalCatalog? {
        if let path = catalog { return try CatalogLoader.load(path, schema: SchemaLocator.path("strategic-goals.xsd", near: path)) }
        if FileManager.default.fileExists(atPath: "inputs/strategic-goals.xml") {
            return try CatalogLoader.load("inputs/strategic-goals.xml", schema: SchemaLocator.path("strategic-goals.xsd", near: "inputs/strategic-goals.xml"))
        }
        return nil
    }

    /// The validation context from both files; configuration errors end the command with exit code 1.
    func context() throws -> ValidationContext {
        do {
            return ValidationContext(profile: try loadProfile(), catalog: try loadCatalog())
        } catch let error as ConfigError {
            for line in error.lines { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// A fingerprint of the profile and catalogue files in use (a change re-validates the archive).
    func fingerprint() throws -> String {
        let files = [profile ?? "inputs/profile.json", catalog ?? "inputs/strategic-goals.xml"]
        var data = Data()
        for f in files { data.append(FileManager.default.contents(atPath: f) ?? Data("-".utf8)) }
        return SourceHash.hex(data)
    }
}
