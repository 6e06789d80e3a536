import Foundation
import PlanwerkConfig
import PlanwerkModel
import PlanwerkWriters

/// The calendar of the body's meetings (the next meetings its protocols announce) and of the committees
/// (gremien.json) as iCalendar. UIDs are stable: a body meeting by its date, a committee meeting by its place
/// in gremien.json, so moving that meeting's date raises its SEQUENCE against the calendar written before.
public enum CalendarExport {
    /// The events of the records and the committee calendar, with SEQUENCE from `previous` (a calendar written before).
    public static func events(records: [MeetingRecord], committees: [CouncilSettings.Committee], previous: String?) -> [ICalendarWriter.Event] {
        var events: [ICalendarWriter.Event] = []
        var byDate: [String: (NextMeeting, String)] = [:]
        for record in records.sorted(by: { $0.date < $1.date }) {
            for next in record.nextMeetings { byDate[next.date] = (next, record.body) }  // the latest protocol's word counts
        }
        for (date, (next, body)) in byDate.sorted(by: { $0.key < $1.key }) {
            events.append(ICalendarWriter.Event(uid: "sitzung-\(date)-\(Slug.make(body))@planwerk", date: date, start: next.start, end: next.end,
                                                summary: "Sitzung der \(body)", location: next.location, description: next.note, sequence: 0))
        }
        for committee in committees {
            for (i, date) in committee.meetings.enumerated() {
                events.append(ICalendarWriter.Event(uid: "\(Slug.make(committee.name))-\(i + 1)@planwerk", date: date, start: nil, end: nil,
                                                    summary: "Sitzung: \(committee.name)", location: nil, description: nil, sequence: 0))
            }
        }
        let before = previous.map(ICalendarWriter.previous) ?? [:]
        return events.map { e in
            var event = e
            if let old = before[e.uid] { event.sequence = old.start == ICalendarWriter.startValue(e) ? old.sequence : old.sequence &+ 1 }
            return event
        }
    }

    /// Writes the calendar to `file` atomically (reading the calendar there before for SEQUENCE); returns the events.
    public static func write(records: [MeetingRecord], committees: [CouncilSettings.Committee], name: String, to file: URL, stamp: String) throws -> [ICalendarWriter.Event] {
        let previous = try? String(contentsOf: file, encoding: .utf8)
        let events = events(records: records, committees: committees, previous: previous)
        try AtomicFileWriter.write(Data(ICalendarWriter.render(events, name: name, stamp: stamp).utf8), to: file)
        return events
    }
}
