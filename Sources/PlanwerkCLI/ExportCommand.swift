import ArgumentParser

/// `planwerk export …`: publishing formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Veröffentlichen: Sitzungstermine als iCalendar, Sitzungen und Vorlagen als OParl 1.1.",
        subcommands: [ICalCommand.self, OParlCommand.self]
    )
}
