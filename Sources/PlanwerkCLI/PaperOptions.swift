import ArgumentParser
import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline

/// Options and loading shared by the commands that write council papers.
struct PaperOptions: ParsableArguments {
    @Option(name: .long, help: "Vorlagenart: mitteilungsvorlage oder beschlussvorlage.")
    var type: String = "mitteilungsvorlage"

    @OptionGroup var output: FormatOption

    @Option(name: [.customLong("config-dir")], help: "Ordner mit vorlagen.json, gremien.json, handlungsfelder.json und templates/.")
    var configDir: String = "inputs"

    func validate() throws {
        guard ["mitteilungsvorlage", "beschlussvorlage"].contains(type) else {
            throw ValidationError("--type muss mitteilungsvorlage oder beschlussvorlage sein.")
        }
    }

    var formats: [DocumentFormat] { output.formats }

    /// The generator; configuration errors end the command with exit code 1 and nothing written.
    func generator(catalog: StrategicGoalCatalog?) throws -> CouncilPapers {
        try Self.generator(configDir: configDir, type: type, catalog: catalog)
    }

    /// The generator for a configuration folder and paper type.
    static func generator(configDir: String, type: String, catalog: StrategicGoalCatalog?) throws -> CouncilPapers {
        let calendar = (configDir as NSString).appendingPathComponent("gremien.json")
        if !FileManager.default.fileExists(atPath: calendar) {
            Console.note("Hinweis: \(calendar) fehlt; die Beratungsfolge der Vorlagen nennt keine Sitzungstermine („Termin offen“).")
        }
        do {
            return try CouncilPapers.load(inputs: configDir, kind: type, catalog: catalog, date: CouncilPapers.documentDate())
        } catch let error as ConfigError {
            for line in error.lines { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// The papers of `records` (see `CouncilPapers.papers`), their numbers given from and kept in the register of
    /// `inputs`; a register that cannot be read or written ends the command with nothing written.
    static func papers(_ generator: CouncilPapers, _ records: [MeetingRecord], only: String? = nil, in record: MeetingRecord? = nil,
                       draft: Bool, inputs: String) throws -> [CouncilPapers.Paper] {
        do {
            return try PaperRegisterFile.update(inputs: inputs) { register in
                generator.papers(records, only: only, in: record, draft: draft, register: register)
            }
        } catch {
            for line in ErrorText.lines(error) { Console.error(line) }
            throw ExitCode(1)
        }
    }

    /// Writes the papers; refused ones are reported with what they lack. Returns the files written and
    /// whether every paper was written.
    @discardableResult
    static func write(_ papers: [CouncilPapers.Paper], formats: [DocumentFormat], to dir: URL) throws -> (files: [URL], complete: Bool) {
        var written: [URL] = []
        AtomicFileWriter.removeStaleTemporaries(in: dir)
        do {
            written = try DocumentFormat.write(papers.compactMap { p in p.document.map { ($0, p.fileName) } }, formats: formats, to: dir)
        } catch {
            for line in ErrorText.lines(error, path: dir.path) { Console.error(line) }
            throw ExitCode(1)
        }
        print(papers, written: written)
        return (written, papers.allSatisfy { $0.document != nil })
    }

    /// One line per paper (number, title, draft and what it lacks, files), refusals as errors; notes where the
    /// Beratungsfolge has no date.
    static func print(_ papers: [CouncilPapers.Paper], written: [URL]) {
        for paper in papers {
            let rec = paper.planned.recommendation
            guard let doc = paper.document else {
                Console.error("\(paper.planned.record.id): Handlungsempfehlung „\(rec.title)“: keine Vorlage erstellt, es fehlen Pflichtangaben (mit --draft als Entwurf schreiben):")
                for label in paper.missing { Console.note("  - \(label)") }
                continue
            }
            if doc.plainText.contains("Termin offen") {
                Console.note("Hinweis: \(paper.planned.number): gremien.json nennt keinen Sitzungstermin nach dem \(GermanFormat.date(paper.planned.date)); die Beratungsfolge sagt „Termin offen“.")
            }
            let files = written.filter { $0.lastPathComponent.hasPrefix(paper.fileName + ".") }.map(\.lastPathComponent)
            let draft = paper.missing.isEmpty ? "" : " (ENTWURF, es fehlen: \(paper.missing.joined(separator: ", ")))"
            Console.out("\(doc.title) \(paper.planned.number) „\(rec.title)“\(draft) -> \(files.joined(separator: ", "))")
        }
    }
}
