/// An element of a parsed XML document: plain Swift values, no libxml2 pointers.
public struct XMLElement: Sendable, Equatable {
    /// The local name.
    public var name: String
    /// The namespace URI, if any.
    public var namespace: String?
    /// Attributes by local name.
    public var attributes: [String: String]
    /// Child elements in order.
    public var children: [XMLElement]
    /// The concatenated text of the element's own text and CDATA children.
    public var text: String
    /// The 1-based line the element starts on.
    public var line: Int

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [XMLElement] = [],
                text: String = "", line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The child elements with a local name.
    public func children(named name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child element with a local name.
    public func child(named name: String) -> XMLElement? { children.first { $0.name == name } }
}
