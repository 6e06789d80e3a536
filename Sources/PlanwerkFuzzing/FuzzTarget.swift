// PlanwerkFuzzing: bytes to every stage that reads untrusted input, for coverage-guided fuzzing (Fuzz/,
// libFuzzer) and for the suite, which runs each target over its saved corpus. A target never throws: bad
// input must end in a German error value, and anything else (a trap, a hang) is the defect searched for.
import Foundation

/// The fuzz targets by name: each takes one input of any bytes.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Protocol bytes -> blocks -> record -> merge -> validate -> council papers and dossier in every text format.
    case textPath = "text-path"
    /// Text -> amounts, stated products, dates, times, formatting.
    case parsers
    /// XML -> strategic goals catalogue and council template (hostile XML refused).
    case xmlLoaders = "xml-loaders"
    /// JSON -> profile, council settings, calendar, assignments (checked ranges and patterns).
    case jsonConfig = "json-config"
    /// A record edited by hand -> validate -> Prüfbericht, papers, dossier.
    case editedRecord = "edited-record"
    /// A corrections or releases file written by hand -> the layer applied to a sample record -> release check.
    case corrections

    /// Runs the target on one input.
    public func run(_ data: Data, with environment: FuzzEnvironment) {
        switch self {
        case .textPath: FuzzTargets.textPath(data, environment)
        case .parsers: FuzzTargets.parsers(data)
        case .xmlLoaders: FuzzTargets.xmlLoaders(data, environment)
        case .jsonConfig: FuzzTargets.jsonConfig(data)
        case .editedRecord: FuzzTargets.editedRecord(data, environment)
        case .corrections: FuzzTargets.corrections(data, environment)
        }
    }
}
