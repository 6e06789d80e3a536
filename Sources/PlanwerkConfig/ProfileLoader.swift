import Foundation
import PlanwerkModel

/// Loads the Kreis profile from JSON (inputs/profile.json) and checks it: every problem names its key.
public enum ProfileLoader {
    /// The profile in `path`.
    public static func load(_ path: String) throws -> Profile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        return try parse(data, file: path)
    }

    /// The profile in `data` (named `file` in messages).
    public static func parse(_ data: Data, file: String) throws -> Profile {
        let profile = try ConfigJSON.decode(Profile.self, data: data, file: file)
        let problems = problems(profile)
        if !problems.isEmpty { throw ConfigError(file: file, problems: problems) }
        return profile
    }

    /// What is wrong in a profile; empty when it is usable.
    public static func problems(_ p: Profile) -> [String] {
        var out: [String] = []
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if blank(p.kreis) { out.append("kreis: darf nicht leer sein") }
        if blank(p.body) { out.append("body: darf nicht leer sein") }
        if !p.dossierName.contains("{year}") {
            out.append("dossierName: „\(p.dossierName)“ enthält kein {year} (sonst überschriebe jedes Fokusjahr das Dossier des vorigen)")
        }
        if p.relevanceLabels.isEmpty { out.append("relevanceLabels: mindestens eine Einschätzungsstufe angeben") }
        for (i, l) in p.relevanceLabels.enumerated() where blank(l.label) {
            out.append("relevanceLabels[\(i + 1)].label: darf nicht leer sein")
        }
        return out
    }
}
