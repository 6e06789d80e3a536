import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkServer

/// `planwerk user add|list|remove`: the people who may log in to the workspace (inputs/benutzer.json).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Benutzer des Arbeitsplatzes verwalten (gespeichert in inputs/benutzer.json, Passwörter nur als bcrypt-Prüfwert).",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Location: ParsableArguments {
        @Option(name: .long, help: "Eingabeordner.")
        var inputs: String = "inputs"

        var directory: UserDirectory { UserDirectory(inputs: inputs) }
        var audit: AuditLog { AuditLog(inputs: inputs) }
        var person: String { ProcessInfo.processInfo.environment["USER"] ?? "unbekannt" }

        func attempt(_ body: () throws -> Void) throws {
            do {
                try body()
            } catch let problem as UserDirectory.Problem {
                Console.error(problem.message)
                throw ExitCode(1)
            } catch {
                for line in ErrorText.lines(error) { Console.error(line) }
                throw ExitCode(1)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Benutzer anlegen oder Passwort und Rolle ändern; das Passwort kommt von der Standardeingabe.")

        @Argument(help: "Benutzername.")
        var name: String

        @Option(name: .long, help: "Rolle: read (lesen), edit (bearbeiten), release (freigeben).")
        var role: String

        @OptionGroup var location: Location

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role muss read, edit oder release sein.") }
        }

        func run() throws {
            let password: String?
            if isatty(STDIN_FILENO) != 0 {
                password = getpass("Passwort für \(name): ").map { String(cString: $0) }
            } else {
                password = readLine(strippingNewline: true)
            }
            guard let password, !password.isEmpty else {
                Console.error("Kein Passwort auf der Standardeingabe.")
                throw ExitCode(1)
            }
            try location.attempt {
                try location.directory.add(name: name, role: Role(rawValue: role)!, password: password, time: CouncilPapers.documentTimestamp())
                try location.audit.append(AuditLog.Entry(time: CouncilPapers.documentTimestamp(), user: location.person, address: "Kommandozeile",
                                                         action: "benutzer_anlegen", subject: name, detail: role))
            }
            Console.out("Benutzer \(name) (\(Role(rawValue: role)!.german)) gespeichert in \(location.directory.path).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Benutzer mit Rolle auflisten.")

        @OptionGroup var location: Location

        func run() throws {
            try location.attempt {
                let users = try location.directory.users()
                if users.isEmpty { Console.out("Keine Benutzer.") }
                for user in users { Console.out("\(user.name)\t\(user.role.rawValue)\t\(user.role.german)\tangelegt \(user.created)") }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Benutzer entfernen.")

        @Argument(help: "Benutzername.")
        var name: String

        @OptionGroup var location: Location

        func run() throws {
            try location.attempt {
                try location.directory.remove(name: name)
                try location.audit.append(AuditLog.Entry(time: CouncilPapers.documentTimestamp(), user: location.person, address: "Kommandozeile",
                                                         action: "benutzer_entfernen", subject: name, detail: nil))
            }
            Console.out("Benutzer \(name) entfernt.")
        }
    }
}
