import ArgumentParser
import Foundation
import PlanwerkPipeline
import PlanwerkReview

/// `planwerk release <meeting-id> --by NAME`: the meeting released for its papers (four eyes).
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Eine geprüfte Sitzung freigeben (Vier-Augen-Prinzip); erst dann werden ihre Vorlagen endgültig."
    )

    @Argument(help: "Sitzung.")
    var meeting: String

    @Option(name: .long, help: "Wer freigibt.")
    var by: String

    @OptionGroup var review: ReviewOptions

    func run() throws {
        let session = try review.session()
        let fourEyes = (try? review.config.context(inputs: review.inputs).profile.requiresFourEyes) ?? true
        try ReviewOptions.attempt { try session.release(meeting, author: by, time: CouncilPapers.documentTimestamp(), fourEyes: fourEyes) }
        Console.out("\(meeting): freigegeben von \(by) -> \(ReviewFolder(inputs: review.inputs).releasesPath(meeting)). Wirksam mit dem nächsten „planwerk run“.")
    }
}
