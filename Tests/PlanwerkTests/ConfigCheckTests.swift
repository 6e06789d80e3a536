import Foundation
import PlanwerkCompose
import PlanwerkConfig
import XCTest

/// Configuration files are checked with ranges and patterns; every problem names the file and the key.
final class ConfigCheckTests: XCTestCase {
    /// The shipped vorlagen.json with one change, loaded from a temporary inputs folder.
    func vorlagenProblems(_ edit: (inout [String: Any]) -> Void) throws -> [String] {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = Fixtures.packageRoot.appendingPathComponent("inputs/vorlagen.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: shipped)) as! [String: Any]
        edit(&json)
        try JSONSerialization.data(withJSONObject: json).write(to: dir.appendingPathComponent("vorlagen.json"))
        do {
            _ = try CouncilSettings.load(inputs: dir.path)
            return []
        } catch let error as ConfigError {
            return error.problems.map { "\((error.file as NSString).lastPathComponent): \($0)" }
        }
    }

    func numbering(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
        { json in
            var n = json["nummerierung"] as! [String: Any]
            var mv = n["mitteilungsvorlage"] as! [String: Any]
            mv[key] = value
            n["mitteilungsvorlage"] = mv
            json["nummerierung"] = n
        }
    }

    func testShippedSettingsAreValid() throws {
        XCTAssertEqual(try vorlagenProblems { _ in }, [])
    }

    func testNumberingOutOfRange() throws {
        XCTAssertEqual(try vorlagenProblems(numbering("start", Int.max)),
                       ["vorlagen.json: nummerierung.mitteilungsvorlage.start: 9223372036854775807 liegt nicht zwischen 1 und 999.999"])
        XCTAssertEqual(try vorlagenProblems(numbering("start", -5)),
                       ["vorlagen.json: nummerierung.mitteilungsvorlage.start: -5 liegt nicht zwischen 1 und 999.999"])
        XCTAssertEqual(try vorlagenProblems(numbering("stellen", 100_000_000)),
                       ["vorlagen.json: nummerierung.mitteilungsvorlage.stellen: 100000000 liegt nicht zwischen 1 und 9"])
    }

    func testUnsafeAbbreviationAndPattern() throws {
        XCTAssertEqual(try vorlagenProblems(numbering("kuerzel", "..")),
                       ["vorlagen.json: nummerierung.mitteilungsvorlage.kuerzel: „..“ ist kein Kürzel (1 bis 10 Buchstaben oder Ziffern, z. B. „MV“)"])
        let empty = try vorlagenProblems { $0["nummernmuster"] = "" }
        XCTAssertEqual(empty.count, 2, "\(empty)")
        XCTAssertTrue(empty[0].hasPrefix("vorlagen.json: nummernmuster: „“ enthält kein {nummer}"), empty[0])
        let hidden = try vorlagenProblems { $0["nummernmuster"] = ".{kuerzel}-{nummer}" }
        XCTAssertEqual(hidden.count, 1)
        XCTAssertTrue(hidden[0].hasPrefix("vorlagen.json: nummernmuster: „.{kuerzel}-{nummer}“ ergibt keine brauchbare Vorlagen-Nr."), hidden[0])
        XCTAssertEqual(try vorlagenProblems { $0["nummernmuster"] = "-{nummer}" }.count, 1)
    }

    func testRouteRolesAndCalendarDates() throws {
        let p = try vorlagenProblems { json in
            json["standardroute"] = [["gremium": "Kreistag", "zustaendigkeit": "Beschluss"]]
        }
        XCTAssertEqual(p, ["vorlagen.json: standardroute[1].zustaendigkeit: „Beschluss“ ist keine Zuständigkeit (Anhörung, Entscheidung, Kenntnisnahme, Vorberatung)"])
        XCTAssertEqual(CouncilSettings.calendarProblems([.init(name: "Kreistag", meetings: ["2023-02-30", "2023-07-19", "19.07.2023"])]),
                       ["gremien[1].sitzungen[1]: „2023-02-30“ ist kein Datum der Form JJJJ-MM-TT",
                        "gremien[1].sitzungen[3]: „19.07.2023“ ist kein Datum der Form JJJJ-MM-TT"])
    }

    func testDossierNameNeedsTheYear() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("inputs/profile.json"), encoding: .utf8)
        let path = dir.appendingPathComponent("profile.json")
        try shipped.replacingOccurrences(of: "Sozialplanung Fokus {year}", with: "Sozialplanung Fokus").write(to: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ProfileLoader.load(path.path)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems,
                           ["dossierName: „Sozialplanung Fokus“ enthält kein {year} (sonst überschriebe jedes Fokusjahr das Dossier des vorigen)"])
        }
    }
}
