import Foundation

/// Slows down password guessing: after `limit` failed logins from one address or for one name within `window`,
/// further attempts are refused until the window has passed.
public actor LoginThrottle {
    var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    public init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before `address` may try `name` again, or nil when it may now.
    public func wait(address: String, name: String, now: Date = Date()) -> Int? {
        let times = (recent("a:" + address, now) + recent("n:" + name, now)).sorted()
        guard recent("a:" + address, now).count >= limit || recent("n:" + name, now).count >= limit, let first = times.first else { return nil }
        return max(1, Int((first + window).timeIntervalSince(now).rounded(.up)))
    }

    /// Notes a failed attempt.
    public func failed(address: String, name: String, now: Date = Date()) {
        for key in ["a:" + address, "n:" + name] { failures[key] = recent(key, now) + [now] }
    }

    /// Forgets the failures of a name after a successful login.
    public func succeeded(name: String) { failures["n:" + name] = nil }

    func recent(_ key: String, _ now: Date) -> [Date] { (failures[key] ?? []).filter { now.timeIntervalSince($0) < window } }
}
