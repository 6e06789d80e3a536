// swift-tools-version:6.1
//
// Planwerk: protocols of the Steuerungsgruppe Sozialplanung in, meeting records,
// validation reports and council papers out.
//
// Conventions (see README.md, "Für Entwickler"):
// - One module per stage; data flows one way:
//   readers (text, PDF pages -> blocks) -> extract (blocks -> record per source) -> merge
//   (records per meeting) -> validate (findings) -> compose (records -> report documents:
//   council papers from XML templates, the Planungsdossier) -> writers (ODT, HTML, Markdown);
//   store (the SQLite archive); pipeline (order, files, worker processes) -> CLI.
// - PlanwerkModel and PlanwerkReport depend on nothing. Readers never import extractors or
//   writers; writers know only PlanwerkReport (and PlanwerkText's escaping helpers).
// - A C library is imported by exactly one wrapper module (CLibXML2 -> PlanwerkXML,
//   CPoppler -> PlanwerkPDF, CTesseract -> PlanwerkOCR); no C pointer crosses a public API.
// - PDFs are opened and OCR'd in worker processes (`planwerk-pdf-text`, `planwerk-ocr`, installed
//   beside `planwerk`) so that a crash or hang in a C library costs one document, never the batch.
//   `planwerk` itself links neither poppler nor tesseract; the text worker links no tesseract. Fewer
//   shared libraries make every process start faster.
// - Only PlanwerkCLI knows ArgumentParser; the `planwerk` executable is a few lines.
// - One public type per file, named after it; `Type+Concern.swift` for extensions.
// - Benchmarks live in Benchmarks/ (a package and scripts of their own), outside the test build; so does
//   fuzzing (Fuzz/, libFuzzer executables around the targets of PlanwerkFuzzing, which the suite runs over
//   their saved corpus).
import PackageDescription

let package = Package(
    name: "Planwerk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planwerk", targets: ["planwerk"]),
        .executable(name: "planwerk-pdf-text", targets: ["planwerk-pdf-text"]),
        .executable(name: "planwerk-ocr", targets: ["planwerk-ocr"]),
        .library(name: "PlanwerkPipeline", targets: ["PlanwerkPipeline"]),
        .library(name: "PlanwerkFuzzing", targets: ["PlanwerkFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "PlanwerkModel"),
        .target(name: "PlanwerkText"),
        .target(name: "PlanwerkReaders", dependencies: ["PlanwerkModel", "PlanwerkText"]),
        .target(name: "PlanwerkExtract", dependencies: ["PlanwerkModel", "PlanwerkText"]),
        .target(name: "PlanwerkMerge", dependencies: ["PlanwerkModel", "PlanwerkText"]),
        .target(name: "PlanwerkValidate", dependencies: ["PlanwerkModel", "PlanwerkText", "PlanwerkConfig"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "PlanwerkXML", dependencies: ["CLibXML2"]),
        .target(name: "PlanwerkConfig", dependencies: ["PlanwerkModel", "PlanwerkText", "PlanwerkXML"]),
        .target(name: "PlanwerkReport"),
        .target(name: "PlanwerkStore", dependencies: ["PlanwerkModel", "PlanwerkText", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "PlanwerkWriters", dependencies: ["PlanwerkReport", "PlanwerkText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "PlanwerkReview", dependencies: ["PlanwerkModel", "PlanwerkText", "PlanwerkConfig"]),
        .target(name: "PlanwerkCompose", dependencies: ["PlanwerkModel", "PlanwerkText", "PlanwerkReport", "PlanwerkXML", "PlanwerkConfig", "PlanwerkValidate"]),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "PlanwerkPDF", dependencies: ["CPoppler", "PlanwerkModel"]),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev"])]
        ),
        .target(name: "PlanwerkOCR", dependencies: ["CTesseract", "PlanwerkModel", "PlanwerkPDF"]),
        .target(
            name: "PlanwerkPipeline",
            dependencies: [
                "PlanwerkModel", "PlanwerkText", "PlanwerkReaders", "PlanwerkExtract",
                "PlanwerkMerge", "PlanwerkValidate", "PlanwerkConfig", "PlanwerkReview",
                "PlanwerkReport", "PlanwerkWriters", "PlanwerkCompose", "PlanwerkStore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PlanwerkServer",
            dependencies: [
                "PlanwerkPipeline", "PlanwerkModel", "PlanwerkText", "PlanwerkConfig", "PlanwerkValidate", "PlanwerkCompose",
                "PlanwerkReport", "PlanwerkWriters", "PlanwerkStore", "PlanwerkReview",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PlanwerkCLI",
            dependencies: [
                "PlanwerkPipeline", "PlanwerkServer", "PlanwerkModel", "PlanwerkConfig", "PlanwerkValidate", "PlanwerkCompose",
                "PlanwerkReport", "PlanwerkWriters", "PlanwerkStore", "PlanwerkReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PlanwerkFuzzing",
            dependencies: [
                "PlanwerkModel", "PlanwerkText", "PlanwerkMerge", "PlanwerkValidate", "PlanwerkConfig", "PlanwerkCompose",
                "PlanwerkPipeline", "PlanwerkReport", "PlanwerkWriters", "PlanwerkReview",
            ]
        ),
        .executableTarget(name: "planwerk", dependencies: ["PlanwerkCLI"]),
        .executableTarget(name: "planwerk-pdf-text", dependencies: ["PlanwerkPDF"]),
        .executableTarget(name: "planwerk-ocr", dependencies: ["PlanwerkOCR", "PlanwerkPDF"]),
        .testTarget(
            name: "PlanwerkTests",
            dependencies: [
                "PlanwerkModel", "PlanwerkText", "PlanwerkReaders", "PlanwerkExtract",
                "PlanwerkMerge", "PlanwerkValidate", "PlanwerkXML", "PlanwerkConfig",
                "PlanwerkPipeline", "PlanwerkReport", "PlanwerkWriters", "PlanwerkCompose", "PlanwerkStore", "PlanwerkOCR", "PlanwerkFuzzing",
                "PlanwerkReview", "PlanwerkServer",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
