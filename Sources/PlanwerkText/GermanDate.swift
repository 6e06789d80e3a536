/// A calendar date as German protocols write it ("01.02.2030", "7.5.31", "1. Mai 2030").
public struct GermanDate: Hashable, Comparable, Sendable {
    /// The year (four digits).
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day, 1...31.
    public var day: Int

    /// Creates a date; two-digit years are taken as 20YY.
    public init(year: Int, month: Int, day: Int) {
        self.year = year < 100 ? 2000 + year : year
        self.month = month
        self.day = day
    }

    /// "YYYY-MM-DD".
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    /// Parses "YYYY-MM-DD".
    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Parses exactly "YYYY-MM-DD" with a real month and a day that exists in it; nil for anything else.
    public static func validISO(_ iso: String) -> GermanDate? {
        let u = Array(iso.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
              u.indices.allSatisfy({ $0 == 4 || $0 == 7 || (u[$0] >= 0x30 && u[$0] <= 0x39) }),
              let date = GermanDate(iso: iso), (1...12).contains(date.month), (1...daysIn(month: date.month, year: date.year)).contains(date.day)
        else { return nil }
        return date
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day after (a real date in, a real date out).
    public var next: GermanDate {
        if day < GermanDate.daysIn(month: month, year: year) { return GermanDate(year: year, month: month, day: day + 1) }
        return month < 12 ? GermanDate(year: year, month: month + 1, day: 1) : GermanDate(year: year + 1, month: 1, day: 1)
    }

    /// Orders chronologically.
    public static func < (a: GermanDate, b: GermanDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The German month names, January first.
    public static let monthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                                    "August", "September", "Oktober", "November", "Dezember"]

    /// "12. Mai 2023".
    public var longGerman: String {
        guard (1...12).contains(month) else { return iso }
        return "\(day). \(GermanDate.monthNames[month - 1]) \(year)"
    }
}
