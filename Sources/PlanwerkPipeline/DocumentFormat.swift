import Foundation
import PlanwerkReport
import PlanwerkWriters

/// The file formats generated documents are written in. PDF (PDF/A-2b) is made from the ODT by LibreOffice.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case odt, html, md, pdf

    /// The formats written without LibreOffice.
    public static let native: [DocumentFormat] = [.odt, .html, .md]

    /// The bytes of a document in a native format (nil for PDF, which `write` makes from the ODT).
    public func render(_ doc: ReportDocument) throws -> Data? {
        switch self {
        case .odt: return try ODTWriter.render(doc)
        case .html: return Data(HTMLWriter.render(doc).utf8)
        case .md: return Data(MarkdownWriter.render(doc).utf8)
        case .pdf: return nil
        }
    }

    /// Parses "odt,html,md,pdf"; nil when a name is unknown.
    public static func list(_ text: String) -> [DocumentFormat]? {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let formats = names.compactMap { DocumentFormat(rawValue: $0 == "markdown" ? "md" : $0) }
        return formats.count == names.count && !formats.isEmpty ? formats : nil
    }

    /// Writes a document as `<dir>/<name>.<format>` for each format, atomically; returns the files.
    public static func write(_ doc: ReportDocument, name: String, formats: [DocumentFormat], to dir: URL) throws -> [URL] {
        try write([(doc, name)], formats: formats, to: dir)
    }

    /// Writes documents in the formats; the PDFs of all of them in one LibreOffice batch, from their ODT (written
    /// beside them when ODT is asked for too, else in a temporary folder). Throws `PDFConverter.Failure` after the
    /// other formats are written.
    public static func write(_ documents: [(document: ReportDocument, name: String)], formats: [DocumentFormat], to dir: URL,
                             html: (ReportDocument) -> Data? = { _ in nil }) throws -> [URL] {
        var written: [URL] = []
        var odts: [URL] = []
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-odt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (doc, name) in documents {
            for format in formats {
                let special = format == .html ? html(doc) : nil
                guard let data = try special ?? format.render(doc) else { continue }
                let url = dir.appendingPathComponent("\(name).\(format.rawValue)")
                try AtomicFileWriter.write(data, to: url)
                written.append(url)
            }
            if formats.contains(.pdf) {
                if formats.contains(.odt) {
                    odts.append(dir.appendingPathComponent("\(name).odt"))
                } else {
                    let url = scratch.appendingPathComponent("\(name).odt")
                    try AtomicFileWriter.write(try ODTWriter.render(doc), to: url)
                    odts.append(url)
                }
            }
        }
        written += try PDFConverter.convert(odts, into: dir)
        return written
    }
}
