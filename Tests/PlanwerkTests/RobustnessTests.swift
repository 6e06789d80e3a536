import Foundation
import PlanwerkPipeline
import XCTest

/// Property test: random deletions, duplications and byte flips of the seeds never crash the ingest;
/// each mutant ends as a record or a named failure.
final class RobustnessTests: XCTestCase {
    func testMutatedSeedsNeverCrash() {
        var rng = SeededGenerator(seed: 2024)
        let seeds = Fixtures.seedFiles.map { [UInt8](try! Data(contentsOf: URL(fileURLWithPath: $0))) }
        var records = 0, failures = 0
        for i in 0..<150 {
            var bytes = seeds[i % seeds.count]
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                guard !bytes.isEmpty else { break }
                let a = Int.random(in: 0..<bytes.count, using: &rng)
                let len = min(bytes.count - a, Int.random(in: 1...400, using: &rng))
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.removeSubrange(a..<(a + len))
                case 1: bytes.insert(contentsOf: bytes[a..<(a + len)], at: Int.random(in: 0...bytes.count, using: &rng))
                default:
                    for _ in 0..<Int.random(in: 1...20, using: &rng) {
                        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                    }
                }
            }
            switch Fixtures.pipeline.extract(data: Data(bytes), file: "mutant-\(i).txt") {
            case .success(let (record, _)):
                records += 1
                XCTAssertFalse(record.date.isEmpty)
                XCTAssertNoThrow(try record.jsonData())
            case .failure(let failure):
                failures += 1
                XCTAssertEqual(failure.file, "mutant-\(i).txt")
                // A mutant may lose its header or turn binary; nothing else is a reason to fail it.
                switch failure.cause {
                case .extraction(.noMeetingFound), .reader(.binary), .reader(.empty): break
                default: XCTFail("mutant \(i): unexpected cause \(failure.cause)")
                }
            }
        }
        XCTAssertEqual(records + failures, 150)
        XCTAssertGreaterThan(records, 50)
    }
}
