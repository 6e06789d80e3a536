import GRDB
import PlanwerkModel
import PlanwerkText

extension ArchiveStore {
    /// Full-text search over protocol text, titles and details, ranked (bm25), optionally limited to a
    /// year and a Handlungsfeld.
    public func search(_ query: String, year: Int? = nil, field: String? = nil, limit: Int = 20) throws -> [SearchHit] {
        let terms = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
        guard !terms.isEmpty else { return [] }
        var sql = """
        SELECT kind, meetingId, title, snippet(searchIndex, -1, '[', ']', '…', 12) AS snip, bm25(searchIndex, 0, 0, 0, 0, 5.0, 1.0) AS rank
        FROM searchIndex WHERE searchIndex MATCH ?
        """
        var args: [DatabaseValueConvertible?] = [terms.joined(separator: " ")]
        if let year { sql += " AND year = ?"; args.append(year) }
        if let field { sql += " AND field = ?"; args.append(field) }
        sql += " ORDER BY rank LIMIT ?"
        args.append(limit)
        return try db.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map {
                SearchHit(kind: $0["kind"], meetingID: $0["meetingId"], title: $0["title"], snippet: $0["snip"] ?? "", rank: $0["rank"])
            }
        }
    }

    /// The histories of the recommendations whose titles contain `fragment` (case, quotes and dashes aside):
    /// per recommendation entity, its appearances in date order.
    public func history(_ fragment: String) throws -> [(title: String, events: [HistoryEvent])] {
        let needle = TitleKey(fragment).normalized
        return try db.read { db in
            let entities = try Row.fetchAll(db, sql: "SELECT id, title, normalized FROM entities ORDER BY title")
                .filter { ($0["normalized"] as String).contains(needle) }
            return try entities.map { entity in
                let rows = try Row.fetchAll(db, sql: """
                SELECT r.*, m.date FROM recommendations r JOIN meetings m ON m.id = r.meetingId WHERE r.entityId = ? ORDER BY m.date, r.id
                """, arguments: [entity["id"] as Int64])
                return (entity["title"], rows.map(Self.event))
            }
        }
    }

    static func event(_ row: Row) -> HistoryEvent {
        var events: [String] = []
        if let r: String = row["relevance"], let relevance = Relevance(rawValue: r) {
            events.append("eingeschätzt als \(relevance.germanLabel)")
        }
        if let included: Bool = row["included"] {
            let dossier: String = row["dossier"] ?? "das Planungsdossier"
            events.append(included ? "aufgenommen in \(dossier)" : "nicht aufgenommen in \(dossier)")
        }
        if (row["hasDetails"] as Bool?) == true { events.append("Detailformular") }
        if let status: String = row["status"] {
            let year: Int? = row["year"]
            events.append("Status: \(status)" + (year.map { " (Jahr \($0))" } ?? ""))
        }
        if events.isEmpty { events.append("erwähnt") }
        return HistoryEvent(date: row["date"], meetingID: row["meetingId"], title: row["title"], events: events)
    }
}
