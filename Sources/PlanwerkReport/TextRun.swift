// PlanwerkReport: the block model of a generated document (council paper, dossier), which composers
// build and writers (ODT, HTML, Markdown) render. Depends on nothing.

/// A piece of text with one style.
public struct TextRun: Sendable, Hashable {
    /// How a run is shown.
    public enum Style: Sendable, Hashable {
        /// Normal text.
        case plain
        /// Bold.
        case strong
        /// A gap a draft must show visibly ("[FEHLT: Mitteleinsatz]").
        case gap
    }

    /// The text.
    public var text: String
    /// The style.
    public var style: Style

    /// Creates a run.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
