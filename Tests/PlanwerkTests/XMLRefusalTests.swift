import Foundation
import PlanwerkCompose
import PlanwerkConfig
import XCTest

/// DTDs and entities are refused on the parsed document, whatever its encoding: a UTF-16 or EBCDIC file
/// cannot slip an entity past a byte scan into the papers.
final class XMLRefusalTests: XCTestCase {
    let schemas = Fixtures.packageRoot.appendingPathComponent("schemas")

    func catalogProblems(_ name: String) -> [String] {
        do {
            _ = try CatalogLoader.parse(Fixtures.data("xml-encodings/\(name)"), file: name,
                                        schema: try Data(contentsOf: schemas.appendingPathComponent("strategic-goals.xsd")))
            return []
        } catch let error as ConfigError {
            return error.lines
        } catch {
            return ["\(error)"]
        }
    }

    func testEntityInUTF16CatalogIsRefused() {
        XCTAssertEqual(catalogProblems("catalog-utf16-entity.xml"),
                       ["catalog-utf16-entity.xml: DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt (Schutz vor externen Entitäten und Entitätsbomben)"])
    }

    func testEntityInEBCDICCatalogIsRefused() {
        let p = catalogProblems("catalog-ebcdic-entity.xml")
        XCTAssertEqual(p.count, 1, "\(p)")
        XCTAssertFalse(p.joined().contains("EINGESCHLEUST"))
    }

    func testCleanUTF16CatalogLoads() throws {
        let catalog = try CatalogLoader.parse(Fixtures.data("xml-encodings/catalog-utf16.xml"), file: "c.xml",
                                              schema: try Data(contentsOf: schemas.appendingPathComponent("strategic-goals.xsd")))
        XCTAssertEqual(catalog.goals.map(\.text), ["Teilhabe für alle"])
    }

    func testMessagesAreGerman() throws {
        let schema = try Data(contentsOf: schemas.appendingPathComponent("strategic-goals.xsd"))
        func problems(_ xml: String) -> [String] {
            do { _ = try CatalogLoader.parse(Data(xml.utf8), file: "z.xml", schema: schema); return [] } catch { return (error as? ConfigError)?.lines ?? ["\(error)"] }
        }
        XCTAssertEqual(problems("<strategicGoals><goal id=\"3.1\">Ziel</goal></strategicGoals>"), ["z.xml: Zeile 1: Element „strategicGoals“: Pflichtattribut „title“ fehlt"])
        XCTAssertEqual(problems("<strategicGoals title=\"t\"><goal id=\"3.1\">x</goal></strategicGoals>"), ["z.xml: Zeile 1: Element „goal“: Text zu kurz (1 Zeichen, mindestens 3)"])
        XCTAssertEqual(problems("<strategicGoals title=\"t\"><goal id=\"3.1\">x</goal>\n"), ["z.xml: Zeile 2: Datei endet mitten im Element „strategicGoals“ (Zeile 1)"])
        XCTAssertEqual(problems("<strategicGoals title=\"t\"><ziel/></strategicGoals>"), ["z.xml: Zeile 1: Element „ziel“ ist hier nicht erlaubt (erwartet: goal)"])
        XCTAssertEqual(problems("<strategicGoals title=\"t\">A & B</strategicGoals>"), ["z.xml: Zeile 1: „&“ ohne Namen (als „&amp;“ schreiben)"])
    }

    func testEntityInUTF16TemplateIsRefused() throws {
        let schema = try Data(contentsOf: schemas.appendingPathComponent("council-template.xsd"))
        XCTAssertThrowsError(try TemplateLoader.parse(Fixtures.data("xml-encodings/template-utf16be-entity.xml"), file: "t.xml", schema: schema)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems, ["DOCTYPE- und ENTITY-Deklarationen sind nicht erlaubt (Schutz vor externen Entitäten und Entitätsbomben)"])
        }
    }
}
