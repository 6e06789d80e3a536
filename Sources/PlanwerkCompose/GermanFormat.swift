import PlanwerkText

/// German dates for generated documents: "1. März 2024" (amounts: `EuroFormat`).
public enum GermanFormat {
    /// "2024-03-01" -> "1. März 2024"; other text unchanged.
    public static func date(_ iso: String) -> String { GermanDate.validISO(iso)?.longGerman ?? iso }
}
