import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkReview
import PlanwerkValidate

/// The configuration of an inputs folder: profile, catalogue and council settings (each file may be given
/// elsewhere), loaded into a validation context, and the fingerprint of the files in use. The CLI and the
/// web workspace load it here, so both see the same configuration.
public struct InputsConfiguration: Sendable {
    /// The inputs folder.
    public let inputs: String
    /// The profile file in use (default `<inputs>/profile.json`).
    public let profilePath: String
    /// The catalogue file in use (default `<inputs>/strategic-goals.xml`).
    public let catalogPath: String
    /// True when the files were named explicitly (then they must exist).
    let profileGiven: Bool
    let catalogGiven: Bool

    public init(inputs: String, profile: String? = nil, catalog: String? = nil) {
        self.inputs = inputs
        profilePath = profile ?? (inputs as NSString).appendingPathComponent("profile.json")
        catalogPath = catalog ?? (inputs as NSString).appendingPathComponent("strategic-goals.xml")
        profileGiven = profile != nil
        catalogGiven = catalog != nil
    }

    /// The context, and German notes on what was missing and what that means. Errors: `ConfigError`; a missing
    /// profile is one when `requireProfile`.
    public func load(requireProfile: Bool) throws -> (context: ValidationContext, notes: [String]) {
        var notes: [String] = []
        let profile: Profile
        if profileGiven || FileManager.default.fileExists(atPath: profilePath) {
            profile = try ProfileLoader.load(profilePath)
        } else if requireProfile {
            throw ConfigError(file: profilePath, problems: ["Kreisprofil fehlt (ohne Profil kennt Planwerk weder Kreis noch Einschätzungsstufen)"])
        } else {
            notes.append("Hinweis: kein Kreisprofil (\(profilePath)) gefunden; es gilt das allgemeine Profil ohne Kreisnamen.")
            profile = .standard
        }
        var catalog: StrategicGoalCatalog?
        if catalogGiven || FileManager.default.fileExists(atPath: catalogPath) {
            catalog = try CatalogLoader.load(catalogPath, schema: SchemaLocator.path("strategic-goals.xsd", near: catalogPath))
        } else {
            notes.append("Hinweis: kein Zielkatalog (\(catalogPath)) gefunden; Zielbezüge werden nicht gegen den Katalog geprüft.")
        }
        let council = hasCouncilSettings ? try CouncilSettings.load(inputs: inputs) : nil
        return (ValidationContext(profile: profile, catalog: catalog, council: council), notes)
    }

    /// True when the folder has vorlagen.json (papers can be written).
    public var hasCouncilSettings: Bool {
        FileManager.default.fileExists(atPath: (inputs as NSString).appendingPathComponent("vorlagen.json"))
    }

    /// A fingerprint of the configuration files in use, corrections and releases included (a change re-validates
    /// and re-merges the archive).
    public var fingerprint: String {
        var data = Data()
        let council = ["vorlagen.json", "gremien.json", "handlungsfelder.json"].map { (inputs as NSString).appendingPathComponent($0) }
        for f in [profilePath, catalogPath] + council {
            data.append(FileManager.default.contents(atPath: f) ?? Data("-".utf8))
        }
        data.append(ReviewFolder(inputs: inputs).contents())
        return SourceHash.hex(data)
    }
}
