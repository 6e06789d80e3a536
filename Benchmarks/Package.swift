// swift-tools-version:6.1
// Benchmarks for Planwerk, kept out of the test build: `swift run -c release ingest-benchmark`. The main
// package is reached through the `planwerk` link (a path dependency is named after its folder).
import PackageDescription

let package = Package(
    name: "PlanwerkBenchmarks",
    dependencies: [.package(path: "planwerk")],
    targets: [
        .executableTarget(
            name: "ingest-benchmark",
            dependencies: [.product(name: "PlanwerkPipeline", package: "planwerk")]
        ),
        .executableTarget(
            name: "paper-benchmark",
            dependencies: [.product(name: "PlanwerkPipeline", package: "planwerk")]
        ),
    ]
)
