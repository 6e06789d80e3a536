import ArgumentParser

/// `planwerk export …`: publishing formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Veröffentlichen: Sitzungstermine als iCalendar.",
        subcommands: [ICalCommand.self]
    )
}
