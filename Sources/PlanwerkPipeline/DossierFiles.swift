import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkReport
import PlanwerkWriters

/// Writes a Planungsdossier: the interactive page as HTML, the linear report as ODT and Markdown.
public enum DossierFiles {
    /// The composer with the Handlungsfeld assignments and the foreword (dossier-vorwort.txt) of an inputs folder.
    public static func composer(inputs: String, profile: Profile, date: String) -> DossierComposer {
        let assignments = (try? CouncilSettings.assignments(inputs: inputs)) ?? [:]
        let foreword = try? String(contentsOfFile: (inputs as NSString).appendingPathComponent("dossier-vorwort.txt"), encoding: .utf8)
        return DossierComposer(profile: profile, fieldAssignments: assignments, foreword: foreword, date: date)
    }

    /// Writes `<dir>/<slug of the title>.<format>` for each format, atomically (the HTML is the interactive page);
    /// returns the files.
    public static func write(_ dossier: Dossier, formats: [DocumentFormat], to dir: URL) throws -> [URL] {
        try DocumentFormat.write([(dossier.reportDocument, Slug.make(dossier.title))], formats: formats, to: dir,
                                 html: { _ in Data(DossierHTMLWriter.render(dossier).utf8) })
    }
}
