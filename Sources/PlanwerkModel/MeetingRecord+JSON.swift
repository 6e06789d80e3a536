import Foundation

extension MeetingRecord {
    /// The record as UTF-8 JSON: keys sorted, pretty-printed, newline at the end.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a record from JSON.
    public static func fromJSON(_ data: Data) throws -> MeetingRecord {
        try JSONDecoder().decode(MeetingRecord.self, from: data)
    }
}
