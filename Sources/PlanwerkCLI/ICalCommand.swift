import ArgumentParser
import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline

/// `planwerk export ical --out FILE`: the body's next meetings and the committee calendar as RFC 5545.
struct ICalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ical",
        abstract: "Die nächsten Sitzungen der Steuerungsgruppe und den Gremienkalender als iCalendar-Datei (RFC 5545) schreiben."
    )

    @Option(name: .long, help: "Zieldatei (.ics).")
    var out: String

    @Option(name: .long, help: "Eingabeordner (gremien.json).")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner des Hauptlaufs (mit planwerk.sqlite).")
    var outputs: String = "outputs"

    func run() throws {
        let store = try ArchiveOptions.open((outputs as NSString).appendingPathComponent("planwerk.sqlite"), readOnly: true)
        let records: [MeetingRecord]
        do { records = try store.meetings() } catch {
            for line in ErrorText.lines(error) { Console.error(line) }
            throw ExitCode(1)
        }
        let committees: [CouncilSettings.Committee]
        do { committees = try CouncilSettings.load(inputs: inputs).committees } catch let error as ConfigError {
            for line in error.lines { Console.error(line) }
            throw ExitCode(1)
        }
        // DTSTAMP is the basic form of the document timestamp: 2023-06-05T21:20:00Z -> 20230605T212000Z.
        let stamp = CouncilPapers.documentTimestamp().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        do {
            let events = try CalendarExport.write(records: records, committees: committees, name: "Sitzungstermine",
                                                  to: URL(fileURLWithPath: out), stamp: stamp)
            Console.out("\(events.count) Termine -> \(out)")
        } catch {
            for line in ErrorText.lines(error, path: out) { Console.error(line) }
            throw ExitCode(1)
        }
    }
}
