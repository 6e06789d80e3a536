import ArgumentParser
import PlanwerkPipeline

/// `--format odt,html,md` for the commands that write documents.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Formate, durch Kommas getrennt: odt, html, md, pdf (PDF/A-2b über LibreOffice).")
    var format: String = "odt,html,md"

    func validate() throws {
        guard DocumentFormat.list(format) != nil else { throw ValidationError("--format: erlaubt sind odt, html, md, pdf (durch Kommas getrennt).") }
    }

    /// The chosen formats.
    var formats: [DocumentFormat] { DocumentFormat.list(format) ?? DocumentFormat.allCases }
}
