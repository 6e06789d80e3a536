import Foundation

/// Reads a JSON configuration file of inputs/ into a value; every problem becomes a German
/// `ConfigError` naming the file and, where known, the entry.
public enum ConfigJSON {
    /// The value in the file at `path`.
    public static func decode<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, problems: ["Datei nicht gefunden oder nicht lesbar"])
        }
        return try decode(type, data: data, file: path)
    }

    /// The value in `data` (named `file` in messages).
    public static func decode<T: Decodable>(_ type: T.Type, data: Data, file path: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ConfigError(file: path, problems: ["Eintrag „\(key.stringValue)“ fehlt\(place(context))"])
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ConfigError(file: path, problems: ["falscher Wert\(place(context))"])
        } catch let DecodingError.dataCorrupted(context) {
            if !context.codingPath.isEmpty { throw ConfigError(file: path, problems: ["ungültiger Wert\(place(context))"]) }
            throw ConfigError(file: path, problems: ["kein gültiges JSON\(position(context.underlyingError))"])
        } catch {
            throw ConfigError(file: path, problems: ["nicht lesbar"])
        }
    }

    /// " (Zeile L, Spalte C)" from the parser's (English) description of a syntax error, where it says so.
    static func position(_ error: Error?) -> String {
        guard let error else { return "" }
        let text = "\(error) \((error as NSError).userInfo)"
        guard let r = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) else { return "" }
        let numbers = text[r].split(whereSeparator: { !$0.isNumber })
        return numbers.count == 2 ? " (Zeile \(numbers[0]), Spalte \(numbers[1]))" : ""
    }

    static func place(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "" : " (bei \(path))"
    }
}
