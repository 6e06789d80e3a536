import Foundation
import PlanwerkModel

/// What every PDF worker process does first: no core dumps, at most 4 GB of address space; and where it
/// finds the password (the environment, never the command line).
public enum WorkerLimits {
    /// Applies the limits to the running process.
    public static func apply() {
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        let bytes = rlim_t(4) << 30
        var memory = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
    }

    /// The password handed down by the parent process, if any.
    public static var password: String? { getenv(WorkerTranscript.passwordVariable).map { String(cString: $0) } }
}
