// Ingest throughput on one core: N generated protocols (the seeds with dates and titles varied),
// reported as MB/s and records/s, and the time for 2N against N (should scale linearly).
import Foundation
import PlanwerkModel
import PlanwerkPipeline
import PlanwerkValidate

let seedDir = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "../inputs/protocols"
let count = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 1000 : 1000
let seeds = try FileManager.default.contentsOfDirectory(atPath: seedDir).filter { $0.hasSuffix(".txt") }.sorted()
    .map { try String(contentsOfFile: (seedDir as NSString).appendingPathComponent($0), encoding: .utf8) }

/// `haystack` with every occurrence of `needle` replaced (bytes; keeps generation out of the profile).
func replacing(_ haystack: [UInt8], _ needle: [UInt8], _ replacement: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(haystack.count + 256)
    var i = 0
    while i < haystack.count {
        if haystack[i] == needle[0], i + needle.count <= haystack.count, haystack[i..<i + needle.count].elementsEqual(needle) {
            out.append(contentsOf: replacement)
            i += needle.count
        } else {
            out.append(haystack[i])
            i += 1
        }
    }
    return out
}

/// A seed with its dates shifted by `n` years and its quoted titles varied.
func variant(_ text: String, _ n: Int) -> Data {
    var out = Array(text.utf8)
    for year in 2017...2024 { out = replacing(out, Array(".\(year)".utf8), Array(".\(year + 10 + n % 50)".utf8)) }
    out = replacing(out, Array("„".utf8), Array("„Variante \(n) ".utf8))
    return Data(out)
}

/// Ingests `inputs` once; the seconds it took, the bytes and the records.
func run(_ inputs: ArraySlice<Data>) -> (seconds: Double, bytes: Int, records: Int) {
    let bytes = inputs.reduce(0) { $0 + $1.count }
    let pipeline = IngestPipeline(profile: .standard, validator: Validator(context: ValidationContext(profile: .standard, catalog: nil)))
    let start = DispatchTime.now()
    var records = 0
    for (i, data) in inputs.enumerated() {
        if case .success(let (record, _)) = pipeline.extract(data: data, file: "gen-\(i).txt") {
            _ = pipeline.validator.validate(record)
            records += 1
        }
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, bytes, records)
}

/// The fastest of `runs` runs each of N and 2N inputs (the first N of the 2N), taken in turns: this machine
/// is shared, and the minimum is the least disturbed; taking turns keeps a slow phase of the machine from
/// hitting one size only, and more runs make it likelier that the longer 2N runs get a quiet phase too.
let runs = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 9 : 9
let all = (0..<(2 * count)).map { variant(seeds[$0 % seeds.count], $0) }
_ = run(all.prefix(20))  // warm-up
var singles: [(seconds: Double, bytes: Int, records: Int)] = []
var doubles: [(seconds: Double, bytes: Int, records: Int)] = []
for _ in 0..<runs {
    singles.append(run(all.prefix(count)))
    doubles.append(run(all[...]))
}
let single = singles.min { $0.seconds < $1.seconds }!
let double = doubles.min { $0.seconds < $1.seconds }!
let mb = Double(single.bytes) / 1_000_000
print(String(format: "Eingabe: %d Protokolle, %.1f MB (schnellster von %d Läufen)", count, mb, runs))
print(String(format: "Zeit: %.2f s -> %.1f MB/s, %.0f Datensätze/s (ein Kern)", single.seconds, mb / single.seconds, Double(single.records) / single.seconds))
print(String(format: "Doppelte Eingabe: %.2f s = %.2f-fache Zeit (Ziel <= 2,2)", double.seconds, double.seconds / single.seconds))
