import Foundation
import PlanwerkModel

/// Loads the Kreis profile from JSON (inputs/profile.json).
public enum ProfileLoader {
    /// The profile in `path`.
    public static func load(_ path: String) throws -> Profile {
        try ConfigJSON.decode(Profile.self, from: path)
    }
}
