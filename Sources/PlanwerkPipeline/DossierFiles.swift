import Foundation
import PlanwerkModel
import PlanwerkReport
import PlanwerkWriters

/// Writes a Planungsdossier: the interactive page as HTML, the linear report as ODT and Markdown.
public enum DossierFiles {
    /// Writes `<dir>/<slug of the title>.<format>` for each format, atomically; returns the files.
    public static func write(_ dossier: Dossier, formats: [DocumentFormat], to dir: URL) throws -> [URL] {
        let name = Slug.make(dossier.title)
        return try formats.map { format in
            let url = dir.appendingPathComponent("\(name).\(format.rawValue)")
            let data = format == .html ? Data(DossierHTMLWriter.render(dossier).utf8) : try format.render(dossier.reportDocument)
            try AtomicFileWriter.write(data, to: url)
            return url
        }
    }
}
