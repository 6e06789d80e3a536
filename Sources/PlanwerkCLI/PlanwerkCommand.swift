// PlanwerkCLI: command-line arguments to pipeline calls; the only module that knows ArgumentParser.
import ArgumentParser
import Foundation

/// The `planwerk` command and its subcommands.
public struct PlanwerkCommand: ParsableCommand {
    /// The command's description.
    public static let configuration = CommandConfiguration(
        commandName: "planwerk",
        abstract: "Protokolle der Steuerungsgruppe Sozialplanung in Sitzungsdatensätze, Prüfberichte und Vorlagen umwandeln.",
        subcommands: [RunCommand.self, IngestCommand.self, ValidateCommand.self, VorlageCommand.self, DossierCommand.self, ArchiveCommand.self, SearchCommand.self, HistoryCommand.self, BlocksCommand.self]
    )

    /// Creates the command.
    public init() {}

    /// Runs the command line; wrong usage exits with 2, failed inputs with 1.
    public static func mainEntry(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
