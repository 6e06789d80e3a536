// PlanwerkValidate: meeting records to findings. One rule per file, each documented by what it checks,
// with a stable id `<area>.<problem>`; messages are German and say what to fix.
import PlanwerkConfig
import PlanwerkModel

/// A check over one merged meeting record.
public protocol ValidationRule: Sendable {
    /// The rule ids this rule can report.
    var ids: [String] { get }
    /// The findings for a record.
    func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding]
}

/// What rules may consult besides the record: the profile, the strategic goals catalogue and the council
/// settings (numbering, routes, committee calendar, Handlungsfeld assignments), where configured.
public struct ValidationContext: Sendable {
    /// The Kreis profile.
    public var profile: Profile
    /// The catalogue, if one is configured.
    public var catalog: StrategicGoalCatalog?
    /// The council settings (inputs/vorlagen.json and its companions), if configured.
    public var council: CouncilSettings?

    /// Creates a context.
    public init(profile: Profile, catalog: StrategicGoalCatalog?, council: CouncilSettings? = nil) {
        self.profile = profile
        self.catalog = catalog
        self.council = council
    }
}
