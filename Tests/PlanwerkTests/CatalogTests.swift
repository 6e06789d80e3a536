import Foundation
import PlanwerkConfig
import XCTest

/// The strategic goals catalogue: schema-checked with libxml2, hostile XML refused without leaking anything.
final class CatalogTests: XCTestCase {
    var schema: Data { try! Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("schemas/strategic-goals.xsd")) }

    func parse(_ xml: String) throws -> Any { try CatalogLoader.parse(Data(xml.utf8), file: "ziele.xml", schema: schema) }

    func problems(_ xml: String) -> [String] {
        do {
            _ = try parse(xml)
            return []
        } catch let error as ConfigError {
            return error.lines
        } catch {
            return ["\(error)"]
        }
    }

    func testShippedCatalogLoads() throws {
        let catalog = try CatalogLoader.load(Fixtures.packageRoot.appendingPathComponent("inputs/strategic-goals.xml").path,
                                             schema: Fixtures.packageRoot.appendingPathComponent("schemas/strategic-goals.xsd").path)
        XCTAssertEqual(catalog.goals.map(\.id), ["3.1"])
        XCTAssertTrue(catalog.goals[0].text.hasPrefix("Der Kreis"))
    }

    func testSchemaErrorsCarryLineNumbers() {
        let p = problems("<?xml version=\"1.0\"?>\n<strategicGoals title=\"t\">\n<goal id=\"drei\">Text</goal>\n</strategicGoals>\n")
        XCTAssertFalse(p.isEmpty)
        XCTAssertTrue(p[0].hasPrefix("ziele.xml: Zeile 3: "), p[0])
        XCTAssertTrue(problems("<strategicGoals title=\"t\"><goal id=\"3.1\">Text</goal>").first?.contains("Zeile") == true)
    }

    func testExternalEntityIsRefused() {
        let p = problems("<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<strategicGoals title=\"t\"><goal id=\"3.1\">&x;</goal></strategicGoals>")
        XCTAssertEqual(p, ["ziele.xml: Zeile 2: DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt (Schutz vor externen Entitäten und Entitätsbomben)"])
    }

    func testEntityBombIsRefused() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n" }
        xml += "]>\n<strategicGoals title=\"t\"><goal id=\"3.1\">&lol9;</goal></strategicGoals>"
        XCTAssertEqual(problems(xml).count, 1)
        XCTAssertTrue(problems(xml)[0].contains("DOCTYPE"))
    }

    func testXIncludeIsRefused() {
        let p = problems("<?xml version=\"1.0\"?>\n<strategicGoals title=\"t\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n<goal id=\"3.1\"><xi:include href=\"/etc/passwd\" parse=\"text\"/></goal></strategicGoals>")
        XCTAssertEqual(p, ["ziele.xml: Zeile 3: XInclude ist nicht erlaubt (es würde Dateien einbinden)"])
    }

    func testSchemaImportsAreNotFollowed() throws {
        let evil = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\"file:///etc/passwd\"/><xs:element name=\"strategicGoals\"/></xs:schema>"
        XCTAssertThrowsError(try CatalogLoader.parse(Data("<strategicGoals title=\"t\"/>".utf8), file: "z.xml", schema: Data(evil.utf8))) { error in
            XCTAssertFalse("\((error as? ConfigError)?.lines ?? [])".contains("root:"))
        }
    }
}
