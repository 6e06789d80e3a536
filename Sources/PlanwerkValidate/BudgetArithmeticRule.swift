import PlanwerkModel
import PlanwerkText

/// `budget.arithmetic` (error): the Mitteleinsatz states a product ("25 Euro × 12 Monate × 375 Familien")
/// whose result is not the stated annual amount.
public struct BudgetArithmeticRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["budget.arithmetic"] }

    /// Recomputes every stated product.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard let d = rec.details, let amount = d.annualBudget.amountEUR, let text = d.annualBudget.text,
                  let product = StatedProduct.find(in: text), let value = product.value, value != amount else { return nil }
            let factors = product.factors.map { EuroFormat.number($0) }.joined(separator: " × ")
            return .about(rec, rule: "budget.arithmetic", field: "details.annualBudget", severity: .error,
                          "Rechenfehler im Mitteleinsatz von „\(rec.title)“: \(factors) ergibt \(EuroFormat.euros(value)), angegeben sind \(EuroFormat.euros(amount)). Bitte Betrag oder Rechnung korrigieren.")
        }
    }
}
