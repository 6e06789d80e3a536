import PlanwerkModel
import PlanwerkText

/// `budget.missing` (error): a detail form without a Mitteleinsatz, or one that says it cannot be quantified yet
/// ("noch nicht bezifferbar", "wird ermittelt"). `budget.unparsed` (error): text, but no amount can be read from it.
/// "keine zusätzlichen Mittel" is a valid budget of 0.
public struct BudgetMissingRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["budget.missing", "budget.unparsed"] }

    static let notYetQuantified = ["nicht beziffer", "nicht bezifferbar", "wird ermittelt", "noch offen", "unklar", "k. a.",
                                   "k.a.", "noch nicht bekannt", "noch zu ermitteln", "steht noch nicht fest", "tbd", "n. n."]

    /// Checks every recommendation with a detail form.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard let d = rec.details, d.annualBudget.amountEUR == nil else { return nil }
            guard let text = d.annualBudget.text else {
                return .about(rec, rule: "budget.missing", field: "details.annualBudget", severity: .error,
                              "Mitteleinsatz (jährlich) fehlt im Detailformular von „\(rec.title)“. Bitte den jährlichen Betrag in Euro angeben (oder „keine zusätzlichen Mittel“).")
            }
            if AmountParser.hasImplausibleAmount(in: text) { return nil }  // budget.implausible says it
            let lower = text.lowercased()
            if Self.notYetQuantified.contains(where: { lower.contains($0) }) {
                return .about(rec, rule: "budget.missing", field: "details.annualBudget", severity: .error,
                              "Mitteleinsatz von „\(rec.title)“ ist noch nicht beziffert („\(text.prefix(80))“). Bitte den jährlichen Betrag in Euro angeben.")
            }
            return .about(rec, rule: "budget.unparsed", field: "details.annualBudget", severity: .error,
                          "Im Mitteleinsatz von „\(rec.title)“ ist kein Eurobetrag erkennbar („\(text.prefix(80))“). Bitte den jährlichen Betrag als Zahl mit „Euro“ oder „€“ angeben.")
        }
    }
}
