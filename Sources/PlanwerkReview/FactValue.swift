// PlanwerkReview: people's review of extracted facts: stable fact keys, the corrections layer from inputs/korrekturen,
// and releases (inputs/freigaben) with the four-eyes rule. Pure logic; files are read and written by PlanwerkPipeline.
import Foundation

/// The value of one fact, as JSON knows it: null, yes/no, a whole number, a text or a list of texts.
public enum FactValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case strings([String])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let list = try? c.decode([String].self) { self = .strings(list) }
        else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "kein Wert (Text, Zahl, ja/nein, null oder Liste von Texten)") }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .string(let s): try c.encode(s)
        case .strings(let list): try c.encode(list)
        }
    }

    /// A value typed on the command line: JSON where it parses (42, true, null, ["3.1"]), else the text itself.
    public static func parse(_ text: String) -> FactValue {
        if let data = text.data(using: .utf8), let value = try? JSONDecoder().decode(FactValue.self, from: data) { return value }
        return .string(text)
    }

    /// The value for people: "112500", "ja", "(leer)", "3.1, 3.2".
    public var description: String {
        switch self {
        case .null: return "(leer)"
        case .bool(let b): return b ? "ja" : "nein"
        case .int(let i): return String(i)
        case .string(let s): return s
        case .strings(let list): return list.isEmpty ? "(leer)" : list.joined(separator: ", ")
        }
    }

    /// The value as JSON text (for the facts listing).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "null"
    }

    init(_ s: String?) { self = s.map { .string($0) } ?? .null }
    init(_ i: Int?) { self = i.map { .int($0) } ?? .null }
    init(_ b: Bool?) { self = b.map { .bool($0) } ?? .null }

    /// The text, when the value is one.
    public var text: String? { if case .string(let s) = self { return s } else { return nil } }
    /// The number, when the value is one.
    public var number: Int? { if case .int(let i) = self { return i } else { return nil } }
    /// Yes or no, when the value is one.
    public var flag: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    /// A list of texts (one text is a list of one; null an empty list).
    public var texts: [String]? {
        switch self {
        case .strings(let list): return list
        case .string(let s): return [s]
        case .null: return []
        default: return nil
        }
    }
}
