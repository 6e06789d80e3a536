import Foundation

import PlanwerkModel
import PlanwerkText

/// Field parsers for a detail form's values: budget amount, kind of service, strategic goal references.
public enum DetailFormParser {
    /// Builds the form's fields from label -> text.
    public static func details(from values: [DetailFormField: String]) -> RecommendationDetails {
        var d = RecommendationDetails()
        func text(_ f: DetailFormField) -> String? {
            guard let v = values[f]?.trimmedSpaces, !v.isEmpty else { return nil }
            return v
        }
        d.description = text(.description)
        d.initialSituation = text(.initialSituation)
        d.goals = text(.goals)
        let budget = text(.annualBudget)
        d.annualBudget = AnnualBudget(text: budget, amountEUR: budget.flatMap(AmountParser.annualBudget))
        let service = text(.serviceType)
        d.serviceType = ServiceType(text: service, kind: service.flatMap(serviceKind))
        d.resourceImpact = text(.resourceImpact)
        let goals = text(.strategicGoals)
        d.strategicGoals = StrategicGoals(text: goals, refs: goals.map(goalRefs) ?? [])
        d.interactions = text(.interactions)
        d.steeringGroupAssessment = text(.steeringGroupAssessment)
        d.developedBy = text(.developedBy)
        d.responsible = text(.responsible)
        return d
    }

    /// voluntary for "freiwillige Leistung", mandatory for "Pflichtleistung"/"pflichtige Leistung"; nil if both or neither.
    public static func serviceKind(_ text: String) -> ServiceKind? {
        let words = text.fastLowercased.split(whereSeparator: { !$0.isLetter })
        let voluntary = words.contains { $0.hasPrefix("freiwillig") || Fuzzy.matches($0, key: Fuzzy.labelKey("freiwillige"), limit: 2) }
        let mandatory = words.contains {
            $0.hasPrefix("pflicht") || $0.hasPrefix("pflichtig") || $0 == "gesetzlich" || $0 == "gesetzliche"
                || Fuzzy.matches($0, key: Fuzzy.labelKey("pflichtleistung"), limit: 2)
        }
        if voluntary == mandatory { return nil }
        return voluntary ? .voluntary : .mandatory
    }

    /// Goal references such as "3.1" or "2.4.1": numbers with one or two dots, not part of a date or amount.
    public static func goalRefs(_ text: String) -> [String] {
        let c = Array(text)
        var refs: [String] = []
        var i = 0
        while i < c.count {
            guard c[i].isASCII, c[i].isNumber, i == 0 || !(c[i - 1].isNumber || c[i - 1] == "." || c[i - 1] == ",") else { i += 1; continue }
            var j = i
            var parts: [String] = [""]
            while j < c.count {
                if c[j].isASCII, c[j].isNumber { parts[parts.count - 1].append(c[j]); j += 1 }
                else if c[j] == ".", j + 1 < c.count, c[j + 1].isASCII, c[j + 1].isNumber { parts.append(""); j += 1 }
                else { break }
            }
            let next = j < c.count ? c[j] : " "
            let ok = (2...3).contains(parts.count) && parts.allSatisfy { (1...2).contains($0.count) }
                && parts[0] != "0" && !(next == "%" || next == ",")
                && !(parts.count == 3 && parts[2].count == 2 && Int(parts[1]).map { $0 <= 12 } == true && Int(parts[0]).map { $0 <= 31 } == true && text.contains("20"))
            if ok {
                // Not followed by a unit of money or measure.
                let tail = String(c[j..<min(c.count, j + 6)]).lowercased().trimmedSpaces
                if !(tail.hasPrefix("euro") || tail.hasPrefix("€") || tail.hasPrefix("mio") || tail.hasPrefix("%")) {
                    let ref = parts.joined(separator: ".")
                    if !refs.contains(ref) { refs.append(ref) }
                }
            }
            i = max(j, i + 1)
        }
        return refs
    }
}
