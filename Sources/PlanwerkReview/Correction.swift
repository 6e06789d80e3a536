/// One entry of a meeting's corrections file (inputs/korrekturen/<meeting-id>.json): what a person did to a
/// fact, the value the extraction had then (`base`), the new value, why, who, when (UTC). Entries are only
/// ever appended; undoing is a new entry.
public struct Correction: Codable, Sendable, Hashable {
    /// What the entry does.
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// Set the value.
        case set = "setzen"
        /// Clear the value.
        case clear = "leeren"
        /// Confirm the extracted value unchanged.
        case confirm = "bestaetigen"
        /// Add an item the extraction missed.
        case add = "hinzufuegen"
        /// Remove a spurious item.
        case remove = "entfernen"
        /// Take back every earlier entry on the key (the extraction counts again).
        case undo = "zuruecknehmen"
    }

    public var action: Action
    public var key: String
    /// The extraction's value when the entry was made (null: there was none).
    public var base: FactValue
    /// The new value (set, add); null otherwise.
    public var value: FactValue
    /// The item's title or date then, to find it again when the key changes.
    public var quote: String?
    public var reason: String
    public var author: String
    /// "YYYY-MM-DDTHH:MM:SSZ".
    public var time: String

    public init(action: Action, key: String, base: FactValue, value: FactValue = .null, quote: String? = nil, reason: String, author: String, time: String) {
        self.action = action
        self.key = key
        self.base = base
        self.value = value
        self.quote = quote
        self.reason = reason
        self.author = author
        self.time = time
    }

    enum CodingKeys: String, CodingKey {
        case action = "art", key = "schluessel", base = "basis", value = "wert", quote = "zitat", reason = "grund", author = "von", time = "zeit"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(Action.self, forKey: .action)
        key = try c.decode(String.self, forKey: .key)
        base = try c.decodeIfPresent(FactValue.self, forKey: .base) ?? .null
        value = try c.decodeIfPresent(FactValue.self, forKey: .value) ?? .null
        quote = try c.decodeIfPresent(String.self, forKey: .quote)
        reason = try c.decodeIfPresent(String.self, forKey: .reason) ?? ""
        author = try c.decode(String.self, forKey: .author)
        time = try c.decode(String.self, forKey: .time)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(action, forKey: .action)
        try c.encode(key, forKey: .key)
        try c.encode(base, forKey: .base)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encode(reason, forKey: .reason)
        try c.encode(author, forKey: .author)
        try c.encode(time, forKey: .time)
    }
}
