import PlanwerkModel
import PlanwerkText

/// `budget.implausible` (error): the Mitteleinsatz names a sum beyond `EuroAmount.plausibleLimit` (a typo, an
/// OCR slip, a joke), or a record edited by hand holds a negative or implausibly large amount. Such a sum is
/// never taken as the budget; people decide what was meant.
public struct BudgetImplausibleRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The id.
    public var ids: [String] { ["budget.implausible"] }

    /// Checks the stated text and the stored amount of every detail form.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard let d = rec.details else { return nil }
            let storedImplausible = d.annualBudget.amountEUR.map { !EuroAmount.isPlausible($0) } ?? false
            let textImplausible = d.annualBudget.text.map { AmountParser.hasImplausibleAmount(in: $0) } ?? false
            guard storedImplausible || textImplausible else { return nil }
            return .about(rec, rule: "budget.implausible", field: "details.annualBudget", severity: .error,
                          "Der Mitteleinsatz von „\(rec.title)“ nennt einen unplausiblen Betrag (negativ oder über \(EuroFormat.euros(EuroAmount.plausibleLimit))). Bitte den jährlichen Betrag prüfen und korrigieren.")
        }
    }
}
