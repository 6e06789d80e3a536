/// A council paper template: the paper type, its head fields and its ordered body.
public struct CouncilTemplate: Sendable, Hashable {
    /// The paper type as it is written ("Mitteilungsvorlage").
    public var paperType: String
    /// The type's abbreviation in the Vorlagen-Nr. ("MV").
    public var abbreviation: String
    /// The head fields: label and text.
    public var headFields: [(label: String, text: TemplateText)]
    /// The body.
    public var body: [TemplateNode]
    /// The fields that are a gap when empty (the template's `pflicht` list and `PaperFields.alwaysRequired`).
    public var required: Set<String>
    /// The file the template came from.
    public var file: String

    public static func == (a: CouncilTemplate, b: CouncilTemplate) -> Bool {
        a.paperType == b.paperType && a.abbreviation == b.abbreviation && a.body == b.body && a.required == b.required
            && a.headFields.map(\.label) == b.headFields.map(\.label) && a.headFields.map(\.text) == b.headFields.map(\.text)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(paperType) }
}
