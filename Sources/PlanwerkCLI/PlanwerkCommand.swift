// PlanwerkCLI: command-line arguments to pipeline calls; the only module that knows ArgumentParser.
import ArgumentParser
import Foundation
import PlanwerkPipeline

/// The `planwerk` command and its subcommands.
public struct PlanwerkCommand: ParsableCommand {
    /// The command's description.
    public static let configuration = CommandConfiguration(
        commandName: "planwerk",
        abstract: "Protokolle der Steuerungsgruppe Sozialplanung in Sitzungsdatensätze, Prüfberichte und Vorlagen umwandeln.",
        subcommands: [RunCommand.self, IngestCommand.self, ValidateCommand.self, VorlageCommand.self, DossierCommand.self, ArchiveCommand.self, SearchCommand.self, HistoryCommand.self, BlocksCommand.self,
                      FactsCommand.self, CorrectCommand.self, ConfirmCommand.self, ReleaseCommand.self, ExportCommand.self, ServeCommand.self, UserCommand.self]
    )

    /// Creates the command.
    public init() {}

    /// Runs the command line; wrong usage exits with 2, failed inputs with 1.
    public static func mainEntry(_ arguments: [String]? = nil) -> Never {
        // The workspace stops gracefully on its own (open requests and the running job finish).
        if (arguments ?? Array(CommandLine.arguments.dropFirst())).first != "serve" { Interruption.install() }
        if case .failure(let failure) = CouncilPapers.sourceDateEpoch() {
            Console.error(failure.line)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as ExitCode {
            exit(withError: error)
        } catch let error as CleanExit {
            exit(withError: error)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((UsageText.german(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(2)
            }
            if code == .success { exit(withError: error) }
            // Anything else that reached here (a file or database error): German, exit code 1.
            for line in ErrorText.lines(error) { Console.error(line) }
            Foundation.exit(1)
        }
    }
}
