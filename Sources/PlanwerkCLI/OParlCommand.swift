import ArgumentParser
import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline

/// `planwerk export oparl --out DIR`: the archive as a static OParl 1.1 tree.
struct OParlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oparl",
        abstract: "Sitzungen, Gremien und Vorlagen als statischen OParl-1.1-Baum schreiben (JSON, zum Veröffentlichen auf einem Webserver)."
    )

    @Option(name: .long, help: "Zielordner.")
    var out: String

    @Option(name: [.customLong("base-url")], help: "Adresse, unter der der Zielordner veröffentlicht wird.")
    var baseURL: String = "https://oparl.example.invalid/oparl/v1.1"

    @Option(name: .long, help: "Eingabeordner (Profil, vorlagen.json, gremien.json, Vorlagen-Register).")
    var inputs: String = "inputs"

    @Option(name: .long, help: "Ausgabeordner des Hauptlaufs (Archiv und Vorlagen).")
    var outputs: String = "outputs"

    @OptionGroup var config: ConfigOptions

    func run() throws {
        guard let base = URL(string: baseURL), ["http", "https"].contains(base.scheme ?? "") else {
            throw ValidationError("--base-url muss eine http(s)-Adresse sein.")
        }
        let context = try config.context(inputs: inputs, requireProfile: true)
        let store = try ArchiveOptions.open((outputs as NSString).appendingPathComponent("planwerk.sqlite"), readOnly: true)
        let settings = try? CouncilSettings.load(inputs: inputs)
        do {
            let records = try store.meetings()
            let papers = settings == nil ? [] : try OParlExport.registeredPapers(records, inputs: inputs, outputs: outputs, catalog: context.catalog)
            let export = OParlExport(base: base.absoluteString, profile: context.profile, settings: settings, stamp: CouncilPapers.documentTimestamp())
            let count = try export.write(records: records, papers: papers, to: URL(fileURLWithPath: out))
            Console.out("OParl: \(count) Objekte und Listen (\(records.count) Sitzungen, \(papers.count) Vorlagen) -> \(out); Einstieg: \(export.url("system.json"))")
        } catch {
            for line in ErrorText.lines(error, path: out) { Console.error(line) }
            throw ExitCode(1)
        }
    }
}
