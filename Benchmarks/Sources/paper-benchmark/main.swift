// Council paper throughput on one core: N Mitteilungsvorlagen composed from the seed records (the
// recommendations cycled, numbers varied) and rendered as ODT, HTML and Markdown; papers/s per format.
// Target: 100 ODT papers in under 2 s. Run from the package folder: `swift run -c release paper-benchmark`.
import Foundation
import PlanwerkConfig
import PlanwerkCompose
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".."
let count = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100 : 100
let inputs = (root as NSString).appendingPathComponent("inputs")
let pipeline = IngestPipeline(profile: .standard, validator: Validator(context: ValidationContext(profile: .standard, catalog: nil)))
let records = pipeline.ingest(paths: [(inputs as NSString).appendingPathComponent("protocols")]).records
let settings = try CouncilSettings.load(inputs: inputs)
let template = try TemplateLoader.load((inputs as NSString).appendingPathComponent("templates/mitteilungsvorlage.xml"),
                                       schema: (root as NSString).appendingPathComponent("schemas/council-template.xsd"))
let generator = CouncilPapers(settings: settings, template: template, kind: "mitteilungsvorlage", catalog: nil, date: "2023-11-14")
let base = records.flatMap { r in r.recommendations.map { rec in generator.papers([r], only: rec.title, in: r, draft: true, register: PaperRegister()).papers } }.flatMap { $0 }
precondition(!base.isEmpty, "no recommendations in the seed records")

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now()
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

let composeSeconds = time { for i in 0..<count { _ = generator.papers([base[i % base.count].planned.record], only: base[i % base.count].planned.recommendation.title, draft: true, register: PaperRegister()) } }
let documents = (0..<count).compactMap { base[$0 % base.count].document }
print(String(format: "%d Vorlagen zusammenstellen: %.3f s (%.0f/s)", count, composeSeconds, Double(count) / composeSeconds))
for format in DocumentFormat.native {
    var bytes = 0
    let seconds = try time { for doc in documents { bytes += try format.render(doc)?.count ?? 0 } }
    print(String(format: "%-4@ %d Vorlagen: %.3f s (%.0f Vorlagen/s, %.1f KB je Vorlage)", format.rawValue, count, seconds, Double(count) / seconds,
                 Double(bytes) / Double(count) / 1024))
}
