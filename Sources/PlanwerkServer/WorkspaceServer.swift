// PlanwerkServer: `planwerk serve`, the web workspace (Hummingbird 2). Handlers check roles and call the
// Workspace, which calls the pipeline and the store; no extraction logic lives here.
import Foundation
import Hummingbird
import Logging

/// The web workspace: pages, the JSON API, the OParl tree and the static files behind one security middleware.
public struct WorkspaceServer: Sendable {
    public let workspace: Workspace
    public let sessions: SessionStore
    public let throttle: LoginThrottle
    public let jobs: JobQueue

    public init(workspace: Workspace, sessions: SessionStore = SessionStore(), throttle: LoginThrottle = LoginThrottle()) {
        self.workspace = workspace
        self.sessions = sessions
        self.throttle = throttle
        jobs = JobQueue(workspace: workspace)
    }

    /// The router with every route.
    public func router() -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self)
        router.add(middleware: SecurityMiddleware(sessions: sessions))
        let api = APIRoutes(workspace: workspace, sessions: sessions, throttle: throttle, jobs: jobs)
        api.add(to: router)
        PageRoutes(api: api).add(to: router)
        OParlRoutes(workspace: workspace).add(to: router)
        StaticAssets.add(to: router)
        return router
    }

    /// The application listening on `host:port`.
    public func application(host: String, port: Int, onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        var logger = Logger(label: "planwerk")
        logger.logLevel = .notice
        return Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Planwerk"),
                           onServerRunning: { _ in await onRunning() }, logger: logger)
    }

    /// Serves until SIGTERM or SIGINT; then open requests finish and the running background run ends before it
    /// returns (waiting files are read at the next start, which begins with a run over inputs/).
    public func run(host: String, port: Int, onRunning: @escaping @Sendable () async -> Void = {}) async throws {
        jobs.submit(user: "planwerk")
        try await application(host: host, port: port, onRunning: onRunning).runService()
        jobs.drain()
    }
}
