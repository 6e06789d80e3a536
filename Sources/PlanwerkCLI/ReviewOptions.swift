import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkReview
import PlanwerkValidate

/// Where a review works: the inputs folder (corrections and releases are written there) and the archive of
/// the last `run` (the facts as extracted).
struct ReviewOptions: ParsableArguments {
    @Option(name: .long, help: "Eingabeordner (Korrekturen in korrekturen/, Freigaben in freigaben/).")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner des Hauptlaufs (mit planwerk.sqlite).")
    var outputs: String = "outputs"

    @OptionGroup var config: ConfigOptions

    /// The review session; a missing archive or configuration ends the command with exit code 1.
    func session() throws -> ReviewSession {
        let context = try config.context(inputs: inputs)
        let database = (outputs as NSString).appendingPathComponent("planwerk.sqlite")
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("\(database): kein Archiv – erst „planwerk run --inputs \(inputs) --outputs \(outputs)“ ausführen.")
            throw ExitCode(1)
        }
        let store = try ArchiveOptions.open(database, readOnly: true)
        return ReviewSession(inputs: inputs, store: store,
                             ingest: IngestPipeline(profile: context.profile, validator: Validator(context: context), review: ReviewFolder(inputs: inputs)))
    }

    /// Runs a review step; refusals and errors are printed in German and end with exit code 1.
    static func attempt<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as ReviewSession.Refusal {
            Console.error(refusal.message)
            throw ExitCode(1)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            for line in ErrorText.lines(error) { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// The name of the person: the option, else the login name.
    static func person(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["USER"] ?? "unbekannt"
    }
}
