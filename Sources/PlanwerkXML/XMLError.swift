// PlanwerkXML: the only importer of libxml2. Untrusted XML in, a plain Swift tree out, with schema
// validation; no C pointer leaves this module. Documents with a DOCTYPE are refused (no entities, no
// external loads), and a deny-all entity loader is installed before any parse.

/// Why an XML document was refused; each problem carries its line where libxml2 knows it.
public struct XMLError: Error, Sendable, Equatable {
    /// One problem.
    public struct Problem: Sendable, Equatable {
        /// 1-based line, or nil.
        public var line: Int?
        /// German (or libxml2's) description.
        public var message: String
        /// Creates a problem.
        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }
        /// "Zeile N: message".
        public var text: String { line.map { "Zeile \($0): \(message)" } ?? message }
    }

    /// The problems, in order.
    public var problems: [Problem]

    /// Creates an error.
    public init(_ problems: [Problem]) { self.problems = problems }

    /// Creates an error with one problem.
    public init(line: Int? = nil, _ message: String) { self.problems = [Problem(line: line, message: message)] }
}
