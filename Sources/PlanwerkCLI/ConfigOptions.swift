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

    /// The configuration of an inputs folder with these options.
    func configuration(inputs: String) -> InputsConfiguration { InputsConfiguration(inputs: inputs, profile: profile, catalog: catalog) }

    /// The validation context from the profile, the catalogue and the council settings (notes on missing files
    /// are printed); configuration errors end the command with exit code 1.
    func context(inputs: String = "inputs", requireProfile: Bool = false) throws -> ValidationContext {
        do {
            let (context, notes) = try configuration(inputs: inputs).load(requireProfile: requireProfile)
            for note in notes { Console.note(note) }
            return context
        } catch let error as ConfigError {
            for line in error.lines { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// A fingerprint of the configuration files in use (a change re-validates the archive).
    func fingerprint(inputs: String = "inputs") -> String { configuration(inputs: inputs).fingerprint }
}
