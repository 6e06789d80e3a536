import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkServer

/// `planwerk serve`: the web workspace on inputs/ and outputs/.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Den Arbeitsplatz im Browser bereitstellen (Anmeldung mit den Benutzern aus „planwerk user“)."
    )

    @Option(name: .long, help: "Adresse und Port (Standard: nur dieser Rechner).")
    var listen: String = "127.0.0.1:8080"

    @Option(name: .long, help: "Eingabeordner.")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner.")
    var outputs: String = "outputs"

    @OptionGroup var pdf: PDFCommandOptions

    /// Host and port of `--listen`.
    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }

    func validate() throws {
        guard Self.address(listen) != nil else { throw ValidationError("--listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:8080.") }
    }

    func run() throws {
        let (host, port) = Self.address(listen)!
        let workspace: Workspace
        do {
            workspace = try Workspace(inputs: inputs, outputs: outputs, pdf: pdf.options)
        } catch {
            for line in ErrorText.lines(error, path: outputs) { Console.error(line) }
            throw ExitCode(1)
        }
        if (try? workspace.users.users().isEmpty) ?? true {
            Console.note("Hinweis: noch kein Benutzer angelegt; erst „planwerk user add NAME --role release --inputs \(inputs)“ ausführen.")
        }
        let server = WorkspaceServer(workspace: workspace)
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run(host: host, port: port) {
                    Console.out("Planwerk-Arbeitsplatz: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Beenden mit Strg+C)")
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            Console.error("Arbeitsplatz beendet: \(error)")
            throw ExitCode(1)
        }
        Console.out("Arbeitsplatz beendet.")
    }

    final class FailureBox: @unchecked Sendable { var error: Error? }
}
