import Foundation
import PlanwerkModel

/// Loads the Kreis profile from JSON (inputs/profile.json).
public enum ProfileLoader {
    /// The profile in `path`.
    public static func load(_ path: String) throws -> Profile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        do {
            return try JSONDecoder().decode(Profile.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw ConfigError(file: path, problems: ["Eintrag „\(key.stringValue)“ fehlt"])
        } catch let DecodingError.dataCorrupted(ctx) {
            throw ConfigError(file: path, problems: ["kein gültiges JSON: \(ctx.debugDescription)"])
        } catch {
            throw ConfigError(file: path, problems: ["ungültiges Profil: \(error)"])
        }
    }
}
