import Foundation
import PlanwerkFuzzing
import XCTest

/// Every fuzz target over its saved corpus and over the crashers found so far (Fixtures/fuzz, kept by
/// Fuzz/fuzz.sh): none may trap. The long runs with sanitizers happen outside the suite.
final class FuzzCorpusTests: XCTestCase {
    static let environment = try! FuzzEnvironment(projectRoot: Fixtures.packageRoot)

    func inputs(_ folder: String) -> [URL] {
        let dir = Fixtures.url("fuzz/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }.filter { !$0.hasDirectoryPath }
    }

    func testEveryTargetOverItsCorpus() throws {
        for target in FuzzTarget.allCases {
            let corpus = inputs(target.rawValue)
            XCTAssertGreaterThanOrEqual(corpus.count, 4, "saved corpus of \(target.rawValue)")
            for file in corpus + inputs("crashers/\(target.rawValue)") {
                target.run(try Data(contentsOf: file), with: Self.environment)
            }
        }
    }

    func testTargetsTakeAnyBytes() {
        var random = SeededGenerator(seed: 5)
        for target in FuzzTarget.allCases {
            for _ in 0..<50 {
                let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                target.run(Data(bytes), with: Self.environment)
            }
        }
    }
}
