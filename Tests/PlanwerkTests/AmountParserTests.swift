import PlanwerkText
import XCTest

/// The amount parser on German amount phrasings.
final class AmountParserTests: XCTestCase {
    func testAnnualBudgetPhrasings() {
        let cases: [(String, Int?)] = [
            ("48.000 Euro jährlich", 48000),
            ("48.000 €", 48000),
            ("48.000,00 €", 48000),
            ("ca. 1,2 Mio. Euro", 1_200_000),
            ("1,2 Millionen Euro pro Jahr", 1_200_000),
            ("48 T€", 48000),
            ("48 TEUR", 48000),
            ("48 Tsd. Euro", 48000),
            ("10.000 bis 15.000 Euro", 15000),
            ("10.000 - 15.000 €", 15000),
            ("10.000–15.000 Euro jährlich", 15000),
            ("zwischen 10.000 und 15.000 Euro", 15000),
            ("€ 5.000", 5000),
            ("EUR 7.500 pro Jahr", 7500),
            ("7.500 EUR", 7500),
            ("500,- Euro", 500),
            ("2.000 Euro monatlich", 24000),
            ("keine zusätzlichen Mittel", 0),
            ("Es sind keine weiteren Mittel erforderlich.", 0),
            ("Die Maßnahme ist kostenneutral.", 0),
            ("Umsetzung ohne zusätzliche Kosten", 0),
            ("noch nicht bezifferbar", nil),
            ("Zuordnung erfolgt später", nil),
            ("", nil),
            ("Der Kreis wendet bisher keine Mittel auf. Erforderlich sind 30.000 Euro jährlich.", 30000),
            ("Bisher 5.000 Euro. Künftig werden 20.000 Euro jährlich benötigt.", 20000),
            ("60.000 Euro jährlich (20 Euro × 12 Monate × 250 Familien)", 60000),
            ("Personalkosten: 65.000 € p. a.", 65000),
            ("Sachkosten von 3.500 Euro im Jahr", 3500),
            ("1.250.000 Euro", 1_250_000),
            ("0,5 Mio. €", 500_000),
            ("Es werden 12 Monate lang 25 Euro gezahlt, insgesamt 300 Euro jährlich.", 300),
            ("bis zu 20.000 Euro", 20000),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(AmountParser.annualBudget(in: text), expected, text)
        }
    }

    func testStatedProduct() {
        let p = StatedProduct.find(in: "90.000 Euro jährlich (25 Euro × 12 Monate × 300 Familien)")
        XCTAssertEqual(p?.factors, [25, 12, 300])
        XCTAssertEqual(p?.value, 90000)
        XCTAssertNil(StatedProduct.find(in: "48.000 Euro jährlich"))
    }
}
