// swift-tools-version:6.1
// Coverage-guided fuzzing of Planwerk with libFuzzer, kept out of the test build: `./fuzz.sh` builds
// `planwerk-fuzz` with -sanitize=fuzzer,address and runs every target of PlanwerkFuzzing (see fuzz.sh).
// The main package is reached through the `planwerk` link (a path dependency is named after its folder).
import PackageDescription

let package = Package(
    name: "PlanwerkFuzz",
    dependencies: [.package(path: "planwerk")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "planwerk-fuzz",
            dependencies: ["FuzzDriver", .product(name: "PlanwerkFuzzing", package: "planwerk")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
