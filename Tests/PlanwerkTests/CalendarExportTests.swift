import Foundation
import PlanwerkText
import XCTest

/// `planwerk export ical`: RFC 5545 read back by Python's icalendar; stable UIDs, SEQUENCE raised when a date moves.
final class CalendarExportTests: XCTestCase {
    func testNextDayAcrossMonthsYearsAndLeapDays() {
        let cases = ["2023-05-12": "2023-05-13", "2023-04-30": "2023-05-01", "2023-12-31": "2024-01-01",
                     "2024-02-28": "2024-02-29", "2023-02-28": "2023-03-01", "2000-02-29": "2000-03-01"]
        for (day, next) in cases { XCTAssertEqual(GermanDate.validISO(day)?.next.iso, next, day) }
    }

    func testCalendarOfTheSamples() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("inputs"), to: dir.appendingPathComponent("inputs"))
        let env = ["SOURCE_DATE_EPOCH": "1686000000"]
        XCTAssertEqual(try runProcess(Fixtures.binary, ["run", "--inputs", "inputs", "--outputs", "outputs"], cwd: dir, environment: env).status, 0)
        func export() throws -> [[String: Any]] {
            let r = try runProcess(Fixtures.binary, ["export", "ical", "--out", "termine.ics"], cwd: dir, environment: env)
            XCTAssertEqual(r.status, 0, r.stderr)
            let script = """
            import icalendar, json, sys
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            tz = [str(c['TZID']) for c in cal.walk('VTIMEZONE')]
            out = [{'uid': str(e['UID']), 'start': e['DTSTART'].to_ical().decode(), 'tz': str(e['DTSTART'].params.get('TZID', '')),
                    'seq': int(e['SEQUENCE']), 'summary': str(e['SUMMARY']), 'stamp': e['DTSTAMP'].to_ical().decode(), 'tzs': tz} for e in cal.walk('VEVENT')]
            print(json.dumps(out))
            """
            let py = try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, dir.appendingPathComponent("termine.ics").path])
            XCTAssertEqual(py.status, 0, py.stderr)
            return try JSONSerialization.jsonObject(with: Data(py.stdout.utf8)) as! [[String: Any]]
        }
        let first = try export()
        XCTAssertGreaterThan(first.count, 30)
        XCTAssertEqual(Set(first.map { $0["uid"] as! String }).count, first.count)
        XCTAssertEqual(first.first?["tzs"] as? [String], ["Europe/Berlin"])
        XCTAssertTrue(first.allSatisfy { $0["stamp"] as? String == "20230605T212000Z" && $0["seq"] as? Int == 0 })
        let body = try XCTUnwrap(first.first { ($0["summary"] as! String).contains("Steuerungsgruppe") && ($0["tz"] as! String) == "Europe/Berlin" })
        XCTAssertTrue((body["start"] as! String).hasSuffix("T130000"), "\(body)")
        let kreistag = try XCTUnwrap(first.first { $0["uid"] as? String == "kreistag-1@planwerk" })
        XCTAssertEqual(kreistag["start"] as? String, "20210623")
        // The Kreistag's first meeting moves: same UID, SEQUENCE 1; the rest unchanged.
        let calendar = dir.appendingPathComponent("inputs/gremien.json")
        let text = try String(contentsOf: calendar, encoding: .utf8).replacingOccurrences(of: "\"2021-06-23\"", with: "\"2021-06-30\"")
        try text.write(to: calendar, atomically: true, encoding: .utf8)
        let second = try export()
        let moved = try XCTUnwrap(second.first { $0["uid"] as? String == "kreistag-1@planwerk" })
        XCTAssertEqual(moved["start"] as? String, "20210630")
        XCTAssertEqual(moved["seq"] as? Int, 1)
        XCTAssertEqual(second.filter { $0["seq"] as? Int == 0 }.count, first.count - 1)
    }
}
