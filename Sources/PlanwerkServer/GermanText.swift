import PlanwerkCompose

/// Words the pages show for the API's codes.
enum GermanText {
    static func reviewState(_ code: String) -> String {
        ["freigegeben": "freigegeben", "konflikt": "Konflikt", "offen": "in Prüfung"][code] ?? code
    }

    /// "24.11.2023" from "2023-11-24".
    static func date(_ iso: String) -> String { GermanFormat.date(iso) }
}
