// swift-tools-version:6.1
// Benchmarks for Planwerk, kept out of the test build: `swift run -c release ingest-benchmark`.
import PackageDescription

let package = Package(
    name: "PlanwerkBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "ingest-benchmark",
            dependencies: [.product(name: "PlanwerkPipeline", package: "main")]
        ),
        .executableTarget(
            name: "paper-benchmark",
            dependencies: [.product(name: "PlanwerkPipeline", package: "main")]
        ),
    ]
)
