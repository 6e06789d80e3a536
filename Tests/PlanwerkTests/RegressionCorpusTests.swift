import Foundation
import PlanwerkExtract
import PlanwerkPipeline
import XCTest

/// The regression corpus: the record of every source (seeds, rule and history fixtures, mutated seeds, the
/// seeds' text-layer PDFs) against its golden record. A changed record fails the test; while
/// `ExtractionVersion.current` is the version the goldens were made with, it fails saying so: a change in
/// output always comes with a new version (then `UPDATE_GOLDEN=1` rewrites the goldens and their version).
final class RegressionCorpusTests: XCTestCase {
    static let root = Fixtures.packageRoot.appendingPathComponent("Tests/PlanwerkTests/Fixtures/regression")

    /// (name in the corpus, file) of every input.
    var inputs: [(String, URL)] {
        var out: [(String, URL)] = []
        for group in ["seeds", "rules", "history", "regression/mutated", "pdf/text"] {
            let dir = Fixtures.url(group)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where !name.hasPrefix(".") {
                out.append(("\((group as NSString).lastPathComponent)/\(name)", dir.appendingPathComponent(name)))
            }
        }
        return out
    }

    /// The record of one source as JSON, or its failure, with the fixture's path replaced by its corpus name.
    func extracted(_ name: String, _ file: URL) throws -> Data {
        let workers = Fixtures.binary.deletingLastPathComponent()
        let pipeline = IngestPipeline(profile: Fixtures.pipeline.profile, validator: Fixtures.pipeline.validator,
                                      pdf: PDFOptions(textWorker: workers.appendingPathComponent("planwerk-pdf-text").path,
                                                      ocrWorker: workers.appendingPathComponent("planwerk-ocr").path, ocr: .never))
        let text: String
        switch pipeline.extract(data: try Data(contentsOf: file), file: file.path) {
        case .success(let (record, _)): text = String(decoding: try record.jsonData(), as: UTF8.self)
        case .failure(let failure): text = "{\"failure\": \"\(failure.reason)\"}\n"
        }
        return Data(text.replacingOccurrences(of: file.path, with: name).utf8)
    }

    func testRecordsMatchTheGoldensOfThisExtractionVersion() throws {
        let versionFile = Self.root.appendingPathComponent("golden/VERSION")
        let goldenVersion = Int((try? String(contentsOf: versionFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        var changed: [String] = []
        for (name, file) in inputs {
            let actual = try extracted(name, file)
            let golden = Self.root.appendingPathComponent("golden/\(name.replacingOccurrences(of: "/", with: "--")).json")
            if update {
                try actual.write(to: golden)
            } else if (try? Data(contentsOf: golden)) != actual {
                changed.append(name)
            }
        }
        if update {
            try Data("\(ExtractionVersion.current)\n".utf8).write(to: versionFile)
            XCTFail("goldens of the regression corpus written for extraction version \(ExtractionVersion.current); review and commit them")
            return
        }
        XCTAssertGreaterThanOrEqual(inputs.count, 50)
        if goldenVersion == ExtractionVersion.current {
            XCTAssertEqual(changed, [], "extraction output changed, but ExtractionVersion.current is still \(ExtractionVersion.current): raise it, then rewrite the goldens with UPDATE_GOLDEN=1")
        } else {
            XCTFail("the goldens are of extraction version \(goldenVersion.map(String.init) ?? "?"), the code is \(ExtractionVersion.current): rewrite them with UPDATE_GOLDEN=1 and review the \(changed.count) changed records: \(changed)")
        }
    }
}
