/// One element of a council template's body.
public indirect enum TemplateNode: Sendable, Hashable {
    /// A section with its heading ("Sachverhalt").
    case section(title: String, children: [TemplateNode])
    /// A subsection ("Ausgangslage").
    case subsection(title: String, children: [TemplateNode])
    /// A paragraph.
    case paragraph(TemplateText)
    /// A bulleted item (consecutive items form one list).
    case item(TemplateText)
    /// A numbered item (consecutive items form one list).
    case numbered(TemplateText)
    /// A table of text cells.
    case table(header: [String]?, rows: [[TemplateText]])
    /// The Beratungsfolge table (Datum | Gremium | Zuständigkeit).
    case consultation(title: String)
    /// `children` when the field has a value, else `otherwise`.
    case when(field: String, children: [TemplateNode], otherwise: [TemplateNode])
    /// `children` once per element of a list field, the element bound to `variable`.
    case forEach(field: String, variable: String, children: [TemplateNode], empty: [TemplateNode])
}
