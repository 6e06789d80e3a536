import Foundation
import Hummingbird
import PlanwerkConfig
import PlanwerkModel
import PlanwerkPipeline

/// /oparl/v1.1/: the OParl tree of `planwerk export oparl`, read-only and without login, of released meetings only
/// (and their papers); ids are addresses on this server.
struct OParlRoutes: Sendable {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("oparl/v1.1/**") { request, context -> Response in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            let host = request.head.authority ?? "127.0.0.1"
            let base = "\(SecurityMiddleware.isSecure(request) ? "https" : "http")://\(host)/oparl/v1.1"
            let released = try workspace.meetings().filter { $0.release != nil }
            let context_ = try workspace.context()
            let settings = try? CouncilSettings.load(inputs: workspace.inputs)
            let papers = settings == nil ? []
                : ((try? OParlExport.registeredPapers(released, inputs: workspace.inputs, outputs: workspace.outputs, catalog: context_.catalog)) ?? [])
            if path.hasPrefix("files/") {
                let name = String(path.dropFirst(6))
                guard let file = papers.flatMap(\.files).first(where: { $0.lastPathComponent == name }) else { throw APIError.notFound }
                return try Download.response(file)
            }
            let export = OParlExport(base: base, profile: context_.profile, settings: settings, stamp: CouncilPapers.documentTimestamp())
            guard let object = export.objects(records: released, papers: papers)[path.isEmpty ? "system.json" : path] else { throw APIError.notFound }
            return JSONBody.response(object, headers: [.accessControlAllowOrigin: "*"])
        }
    }
}
