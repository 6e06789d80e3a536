import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkReview

/// `planwerk confirm <meeting-id> <key>… [--all-shown]`: facts confirmed unchanged.
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Angaben als geprüft und richtig bestätigen (in inputs/korrekturen/)."
    )

    @Argument(help: "Sitzung.")
    var meeting: String

    @Argument(help: "Schlüssel der bestätigten Angaben.")
    var keys: [String] = []

    @Flag(name: .long, help: "Alle Angaben bestätigen, die planwerk facts als „erkannt“ zeigt.")
    var allShown = false

    @Option(name: .long, help: "Wer bestätigt (Standard: der Anmeldename).")
    var by: String?

    @OptionGroup var review: ReviewOptions

    func validate() throws {
        guard allShown || !keys.isEmpty else { throw ValidationError("Schlüssel angeben oder --all-shown.") }
    }

    func run() throws {
        let session = try review.session()
        let count = try ReviewOptions.attempt { () -> Int in
            let m = try session.meeting(meeting)
            let chosen = allShown ? m.facts.filter { $0.state == .extracted }.map(\.key) + keys : keys
            let time = CouncilPapers.documentTimestamp(), author = ReviewOptions.person(by)
            let entries = try chosen.map { try session.entry(.confirm, key: $0, value: .null, reason: "bestätigt", author: author, time: time, in: m) }
            try session.append(entries, meeting: meeting)
            return entries.count
        }
        Console.out("\(meeting): \(count) Angabe\(count == 1 ? "" : "n") bestätigt. Wirksam mit dem nächsten „planwerk run“.")
    }
}
