import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkValidate

/// What the targets use besides their input, loaded once from a project folder (inputs/ and schemas/): the
/// shipped profile, catalogue, council settings and Mitteilungsvorlage template, and the two schemas.
public struct FuzzEnvironment: Sendable {
    public let profile: Profile
    public let catalog: StrategicGoalCatalog?
    public let settings: CouncilSettings
    public let template: CouncilTemplate
    public let catalogSchema: Data
    public let templateSchema: Data

    /// Loads the environment from the project at `root`.
    public init(projectRoot root: URL) throws {
        let inputs = root.appendingPathComponent("inputs")
        profile = try ProfileLoader.load(inputs.appendingPathComponent("profile.json").path)
        catalogSchema = try Data(contentsOf: root.appendingPathComponent("schemas/strategic-goals.xsd"))
        templateSchema = try Data(contentsOf: root.appendingPathComponent("schemas/council-template.xsd"))
        catalog = try CatalogLoader.parse(Data(contentsOf: inputs.appendingPathComponent("strategic-goals.xml")), file: "strategic-goals.xml", schema: catalogSchema)
        settings = try CouncilSettings.load(inputs: inputs.path)
        template = try TemplateLoader.parse(Data(contentsOf: inputs.appendingPathComponent("templates/mitteilungsvorlage.xml")),
                                            file: "mitteilungsvorlage.xml", schema: templateSchema)
    }

    /// The validator of this environment.
    var validator: Validator { Validator(context: ValidationContext(profile: profile, catalog: catalog)) }
}
