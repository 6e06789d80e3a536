import Foundation
import PlanwerkText

extension CouncilSettings {
    /// Allowed ranges of the numbering: a first number of 1 to 999.999 and 1 to 9 digits (the padding is
    /// built in memory, and a number must fit the council system's Vorlagen-Nr. field).
    static let startRange = 1...999_999
    static let digitsRange = 1...9
    /// The roles of a Beratungsfolge (OParl Consultation.role words).
    public static let roles: Set<String> = ["Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"]

    /// What is wrong in vorlagen.json, each problem naming its key; empty when the settings are usable.
    public func problems() -> [String] {
        var out: [String] = []
        for (key, value) in [("geschaeftsstelle.kreis", office.kreis), ("geschaeftsstelle.federfuehrend", office.lead)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append("\(key): darf nicht leer sein")
        }
        if !numberPattern.contains("{nummer}") {
            out.append("nummernmuster: „\(numberPattern)“ enthält kein {nummer} (sonst hätten alle Vorlagen dieselbe Nummer)")
        }
        let sample = numberPattern.replacingOccurrences(of: "{kuerzel}", with: "MV").replacingOccurrences(of: "{jahr}", with: "2024")
            .replacingOccurrences(of: "{nummer}", with: "001")
        if !Self.isSafeNumber(sample) {
            out.append("nummernmuster: „\(numberPattern)“ ergibt keine brauchbare Vorlagen-Nr. (erlaubt: Buchstaben, Ziffern, / - _ . und die Platzhalter {kuerzel}, {jahr}, {nummer}; am Anfang ein Buchstabe oder eine Ziffer)")
        }
        for (type, n) in numbering.sorted(by: { $0.key < $1.key }) {
            if !Self.isSafeAbbreviation(n.abbreviation) {
                out.append("nummerierung.\(type).kuerzel: „\(n.abbreviation)“ ist kein Kürzel (1 bis 10 Buchstaben oder Ziffern, z. B. „MV“)")
            }
            if !Self.startRange.contains(n.start) {
                out.append("nummerierung.\(type).start: \(n.start) liegt nicht zwischen \(Self.startRange.lowerBound) und \(EuroFormat.grouped(Self.startRange.upperBound))")
            }
            if !Self.digitsRange.contains(n.digits) {
                out.append("nummerierung.\(type).stellen: \(n.digits) liegt nicht zwischen \(Self.digitsRange.lowerBound) und \(Self.digitsRange.upperBound)")
            }
        }
        for (name, steps) in [("standardroute", defaultRoute)] + routes.sorted(by: { $0.key < $1.key }).map({ ("routen.\($0.key)", $0.value) }) {
            for (i, step) in steps.enumerated() {
                if step.committee.trimmingCharacters(in: .whitespaces).isEmpty { out.append("\(name)[\(i + 1)].gremium: darf nicht leer sein") }
                if !Self.roles.contains(step.role) {
                    out.append("\(name)[\(i + 1)].zustaendigkeit: „\(step.role)“ ist keine Zuständigkeit (\(Self.roles.sorted().joined(separator: ", ")))")
                }
            }
        }
        return out
    }

    /// What is wrong in gremien.json: committees without a name, dates that are no calendar dates.
    public static func calendarProblems(_ committees: [Committee]) -> [String] {
        var out: [String] = []
        for (i, c) in committees.enumerated() {
            if c.name.trimmingCharacters(in: .whitespaces).isEmpty { out.append("gremien[\(i + 1)].name: darf nicht leer sein") }
            for (j, d) in c.meetings.enumerated() where GermanDate.validISO(d) == nil {
                out.append("gremien[\(i + 1)].sitzungen[\(j + 1)]: „\(d)“ ist kein Datum der Form JJJJ-MM-TT")
            }
        }
        return out
    }

    /// A Vorlagen-Nr. that is safe as a file name once "/" becomes "-": starts with a letter or digit, then
    /// letters, digits, "/", "-", "_" or single dots.
    static func isSafeNumber(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first), !s.contains("..") else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/-_.".unicodeScalars.contains($0) }
            && s.count <= 40
    }

    static func isSafeAbbreviation(_ s: String) -> Bool {
        (1...10).contains(s.count) && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
