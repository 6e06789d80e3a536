import Foundation
import GRDB
import PlanwerkText

/// The title keys of the stored recommendation entities, read once per store and kept up to date as
/// entities are added, so that grouping a recommendation compares keys instead of normalising every
/// stored title again. Used only inside write transactions (which the pool serialises); a failed
/// transaction forgets the keys, and they are read again.
final class EntityKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [Int64] = []
    private var keys: TitleIndex?

    /// The entity whose title is the same as `key` (tolerantly), reading the keys on first use.
    func match(_ key: TitleKey, _ db: Database) throws -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        if keys == nil {
            var index = TitleIndex()
            ids = []
            for row in try Row.fetchAll(db, sql: "SELECT id, title FROM entities ORDER BY id") {
                ids.append(row["id"])
                index.append(TitleKey(row["title"]))
            }
            keys = index
        }
        return keys!.first(sameTitleAs: key).map { ids[$0] }
    }

    /// Records an entity just inserted.
    func added(_ id: Int64, _ key: TitleKey) {
        lock.lock()
        defer { lock.unlock() }
        guard keys != nil else { return }
        keys!.append(key)
        ids.append(id)
    }

    /// Forgets the keys (after a rolled-back transaction).
    func reset() {
        lock.lock()
        defer { lock.unlock() }
        keys = nil
        ids = []
    }
}
