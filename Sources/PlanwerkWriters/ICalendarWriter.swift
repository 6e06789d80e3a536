import Foundation
import PlanwerkText

/// Renders events as iCalendar (RFC 5545): CRLF lines folded at 75 octets, text escaped, times in Europe/Berlin
/// with its VTIMEZONE, all-day events where no time is known.
public enum ICalendarWriter {
    /// One event.
    public struct Event: Sendable, Hashable {
        public var uid: String
        /// "YYYY-MM-DD".
        public var date: String
        /// "HH:MM" or nil (all day).
        public var start: String?
        public var end: String?
        public var summary: String
        public var location: String?
        public var description: String?
        public var sequence: Int

        public init(uid: String, date: String, start: String?, end: String?, summary: String, location: String?, description: String?, sequence: Int) {
            self.uid = uid
            self.date = date
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.sequence = sequence
        }
    }

    /// The Europe/Berlin time zone with its daylight-saving rules (since 1996).
    static let timezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// The calendar; `stamp` is DTSTAMP ("YYYYMMDDTHHMMSSZ").
    public static func render(_ events: [Event], name: String, stamp: String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planwerk//Sitzungstermine//DE", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:\(escape(name))", "X-WR-TIMEZONE:Europe/Berlin"] + timezone
        for e in events {
            let day = e.date.replacingOccurrences(of: "-", with: "")
            lines += ["BEGIN:VEVENT", "UID:\(escape(e.uid))", "DTSTAMP:\(stamp)", "SEQUENCE:\(e.sequence)"]
            if let start = e.start {
                let begin = day + "T" + start.replacingOccurrences(of: ":", with: "") + "00"
                lines.append("DTSTART;TZID=Europe/Berlin:\(begin)")
                if let end = e.end { lines.append("DTEND;TZID=Europe/Berlin:\(day)T\(end.replacingOccurrences(of: ":", with: ""))00") }
            } else {
                lines.append("DTSTART;VALUE=DATE:\(day)")
                lines.append("DTEND;VALUE=DATE:\(nextDay(e.date))")
            }
            lines.append("SUMMARY:\(escape(e.summary))")
            if let location = e.location { lines.append("LOCATION:\(escape(location))") }
            if let description = e.description { lines.append("DESCRIPTION:\(escape(description))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "YYYYMMDD" of the day after an ISO date.
    static func nextDay(_ iso: String) -> String {
        (GermanDate.validISO(iso)?.next.iso ?? iso).replacingOccurrences(of: "-", with: "")
    }

    /// TEXT escaping: backslash, semicolon, comma, line breaks; control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: if s.value >= 0x20 && s.value != 0x7F { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// A content line folded at 75 octets (continuation lines start with a space), never inside a character.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line {
            let size = String(ch).utf8.count
            if count + size > 75 { out += "\r\n "; count = 1 }
            out.append(ch)
            count += size
        }
        return out
    }

    /// UID -> (DTSTART value, SEQUENCE) of a calendar written before, to raise SEQUENCE when a date moves.
    public static func previous(_ text: String) -> [String: (start: String, sequence: Int)] {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "\n")
        var out: [String: (start: String, sequence: Int)] = [:]
        var uid: String?, start = "", sequence = 0
        for line in unfolded.split(separator: "\n").map(String.init) {
            if line == "BEGIN:VEVENT" { uid = nil; start = ""; sequence = 0 }
            else if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            else if line.hasPrefix("DTSTART") { start = line.split(separator: ":", maxSplits: 1).last.map(String.init) ?? "" }
            else if line.hasPrefix("SEQUENCE:") { sequence = Int(line.dropFirst(9)) ?? 0 }
            else if line == "END:VEVENT", let uid { out[uid] = (start, sequence) }
        }
        return out
    }

    /// The DTSTART value an event is written with (to compare with a previous calendar).
    public static func startValue(_ e: Event) -> String {
        let day = e.date.replacingOccurrences(of: "-", with: "")
        return e.start.map { day + "T" + $0.replacingOccurrences(of: ":", with: "") + "00" } ?? day
    }
}
