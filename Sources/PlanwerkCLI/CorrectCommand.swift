import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkReview

/// `planwerk correct <meeting-id> <key> [<value>]`: a correction appended to inputs/korrekturen/<meeting-id>.json.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Eine Angabe berichtigen (setzen, leeren, Eintrag ergänzen oder entfernen, zurücknehmen); wirksam ab dem nächsten planwerk run."
    )

    @Argument(help: "Sitzung.")
    var meeting: String

    @Argument(help: "Schlüssel der Angabe (planwerk facts zeigt sie), z. B. recommendations/<eintrag>/details.annualBudget.amountEUR.")
    var key: String

    @Argument(help: "Neuer Wert: Text, Zahl, true/false, null oder eine JSON-Liste; beim Ergänzen der Titel.")
    var value: String?

    @Option(name: .long, help: "Begründung.")
    var reason: String

    @Option(name: .long, help: "Wer berichtigt (Standard: der Anmeldename).")
    var by: String?

    @Flag(name: .long, help: "Den Wert leeren.")
    var clear = false

    @Flag(name: .long, help: "Einen übersehenen Eintrag ergänzen (Schlüssel <abschnitt>/<eintrag>).")
    var add = false

    @Flag(name: .long, help: "Einen fälschlich erkannten Eintrag entfernen (Schlüssel <abschnitt>/<eintrag>).")
    var remove = false

    @Flag(name: .long, help: "Alle bisherigen Berichtigungen dieses Schlüssels zurücknehmen.")
    var undo = false

    @OptionGroup var review: ReviewOptions

    func validate() throws {
        let modes = [clear, add, remove, undo].filter { $0 }.count
        guard modes <= 1 else { throw ValidationError("Nur eines von --clear, --add, --remove, --undo.") }
        if (modes == 0 || add), value == nil { throw ValidationError("Ein Wert fehlt.") }
        if (clear || remove || undo), value != nil { throw ValidationError("Mit --clear, --remove oder --undo ohne Wert.") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason darf nicht leer sein.") }
    }

    func run() throws {
        let session = try review.session()
        let action: Correction.Action = clear ? .clear : add ? .add : remove ? .remove : undo ? .undo : .set
        let entry = try ReviewOptions.attempt { () -> Correction in
            let m = try session.meeting(meeting)
            let entry = try session.entry(action, key: key, value: value.map(FactValue.parse) ?? .null, reason: reason,
                                          author: ReviewOptions.person(by), time: CouncilPapers.documentTimestamp(), in: m)
            try session.append([entry], meeting: meeting)
            return entry
        }
        Console.out("\(meeting): \(key): \(action.rawValue) (erkannt: \(entry.base)\(action == .set || action == .add ? ", neu: \(entry.value)" : "")) von \(entry.author) -> \(ReviewFolder(inputs: review.inputs).correctionsPath(meeting)). Wirksam mit dem nächsten „planwerk run“.")
    }
}
