import Foundation
import PlanwerkReport
import PlanwerkWriters

/// The file formats generated documents are written in.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case odt, html, md

    /// The bytes of a document in this format.
    public func render(_ doc: ReportDocument) throws -> Data {
        switch self {
        case .odt: return try ODTWriter.render(doc)
        case .html: return Data(HTMLWriter.render(doc).utf8)
        case .md: return Data(MarkdownWriter.render(doc).utf8)
        }
    }

    /// Parses "odt,html,md"; nil when a name is unknown.
    public static func list(_ text: String) -> [DocumentFormat]? {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let formats = names.compactMap { DocumentFormat(rawValue: $0 == "markdown" ? "md" : $0) }
        return formats.count == names.count && !formats.isEmpty ? formats : nil
    }

    /// Writes a document as `<dir>/<name>.<format>` for each format, atomically; returns the files.
    public static func write(_ doc: ReportDocument, name: String, formats: [DocumentFormat], to dir: URL) throws -> [URL] {
        try formats.map { format in
            let url = dir.appendingPathComponent("\(name).\(format.rawValue)")
            try AtomicFileWriter.write(try format.render(doc), to: url)
            return url
        }
    }
}
