import ArgumentParser
import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkValidate

/// Options shared by the commands: where the Kreis profile and the strategic goals catalogue are. Without
/// the options they are looked up in an inputs folder (`inputs` of the working folder, or `run --inputs`).
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Kreisprofil (JSON). Standard: profile.json im Eingabeordner, falls vorhanden.")
    var profile: String?

    @Option(name: .long, help: "Katalog der strategischen Ziele (XML). Standard: strategic-goals.xml im Eingabeordner, falls vorhanden.")
    var catalog: String?

    /// The inputs folder of commands without `--inputs` (corrections and releases are read from it).
    var inputs: String { "inputs" }

    /// The profile file in use: the option, else `<inputs>/profile.json`.
    func profilePath(inputs: String) -> String { profile ?? (inputs as NSString).appendingPathComponent("profile.json") }

    /// The catalogue file in use: the option, else `<inputs>/strategic-goals.xml`.
    func catalogPath(inputs: String) -> String { catalog ?? (inputs as NSString).appendingPathComponent("strategic-goals.xml") }

    /// The profile. A missing `<inputs>/profile.json` is an error when `required` (the main run works on a
    /// complete inputs folder); otherwise the general profile is used and a note says so.
    func loadProfile(inputs: String = "inputs", required: Bool = false) throws -> Profile {
        let path = profilePath(inputs: inputs)
        if profile != nil || FileManager.default.fileExists(atPath: path) { return try ProfileLoader.load(path) }
        if required { throw ConfigError(file: path, problems: ["Kreisprofil fehlt (ohne Profil kennt Planwerk weder Kreis noch Einschätzungsstufen)"]) }
        Console.note("Hinweis: kein Kreisprofil (\(path)) gefunden; es gilt das allgemeine Profil ohne Kreisnamen.")
        return .standard
    }

    /// The catalogue, or nil when none is configured (a note says that goal references are not checked).
    func loadCatalog(inputs: String = "inputs") throws -> StrategicGoalCatalog? {
        let path = catalogPath(inputs: inputs)
        if catalog == nil, !FileManager.default.fileExists(atPath: path) {
            Console.note("Hinweis: kein Zielkatalog (\(path)) gefunden; Zielbezüge werden nicht gegen den Katalog geprüft.")
            return nil
        }
        return try CatalogLoader.load(path, schema: SchemaLocator.path("strategic-goals.xsd", near: path))
    }

    /// The council settings of the inputs folder, or nil when it has no vorlagen.json.
    func loadCouncil(inputs: String) throws -> CouncilSettings? {
        guard FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json")) else { return nil }
        return try CouncilSettings.load(inputs: inputs)
    }

    /// The validation context from the profile, the catalogue and the council settings; configuration errors
    /// end the command with exit code 1.
    func context(inputs: String = "inputs", requireProfile: Bool = false) throws -> ValidationContext {
        do {
            return ValidationContext(profile: try loadProfile(inputs: inputs, required: requireProfile), catalog: try loadCatalog(inputs: inputs),
                                     council: try loadCouncil(inputs: inputs))
        } catch let error as ConfigError {
            for line in error.lines { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// A fingerprint of the configuration files in use (a change re-validates the archive).
    func fingerprint(inputs: String = "inputs") -> String {
        var data = Data()
        let council = ["vorlagen.json", "gremien.json", "handlungsfelder.json"].map { (inputs as NSString).appendingPathComponent($0) }
        for f in [profilePath(inputs: inputs), catalogPath(inputs: inputs)] + council {
            data.append(FileManager.default.contents(atPath: f) ?? Data("-".utf8))
        }
        // Corrections and releases change the meetings too: a change re-merges them.
        data.append(ReviewFolder(inputs: inputs).contents())
        return SourceHash.hex(data)
    }
}
