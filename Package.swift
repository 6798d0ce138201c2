// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
        .executable(name: "entente-serve", targets: ["entente-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The web server's only: swift-configuration support is not used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Domain values shared by every other module.
        .target(name: "Model"),

        // Scripts, normalisation, segmentation, stemming, search analyzers. No I/O.
        .target(
            name: "TextAnalysis",
            exclude: ["Lexicons"],
            plugins: ["EmbedFiles"]),

        // libxml2's HTML parser, for saved web pages (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Inputs in (text, JSON lines, web pages), articles and extraction values out. No archive.
        .target(
            name: "Ingestion",
            dependencies: ["Model", "TextAnalysis", "CLibXML2"],
            exclude: ["Lexicons"],
            // What libxml2 needs besides itself when linked statically (the
            // release build, `-static-executable`); harmless otherwise.
            linkerSettings: ["icui18n", "icuuc", "icudata", "z", "lzma", "stdc++"].map { .linkedLibrary($0) },
            plugins: ["EmbedFiles"]),

        // Process-wide SQLite settings that need C (`sqlite3_config` is
        // variadic), applied at load time before any connection opens.
        .target(
            name: "SQLiteSetup",
            // DWARF 4 like the Swift code: valgrind 3.19 (Debian 12), which
            // the benchmarks profile with, cannot read clang's default DWARF 5.
            cSettings: [.unsafeFlags(["-gdwarf-4"])]),

        // SHA-256 for content hashes, on the x86 SHA instructions where the
        // processor has them. DWARF 4 for valgrind, as above.
        .target(
            name: "CSHA256",
            cSettings: [.unsafeFlags(["-gdwarf-4"])]),

        // SQLite through GRDB: migrations, records, FTS5, queries, CSV.
        .target(
            name: "Storage",
            dependencies: [
                "Model", "TextAnalysis", "SQLiteSetup", "CSHA256",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the FTS5 tokenizer and ranking, the
                // write path's prepared statements and the CSV export.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            plugins: ["EmbedFiles"]),

        // Inputs read, extracted and written to the archive in batches on
        // several threads: what `ingest` runs.
        .target(name: "Pipeline", dependencies: ["Model", "Ingestion", "Storage"]),

        // The command-line tool; thin.
        .executableTarget(
            name: "entente",
            dependencies: [
                "Model", "Ingestion", "Pipeline", "Storage", "TextAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `entente serve`'s pages, JSON API and routes, on Hummingbird; a
        // module of its own so that the CLI and the library build without it.
        .target(
            name: "EntenteServer",
            dependencies: [
                "Model", "Storage", "TextAnalysis",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["Templates"],
            plugins: ["EmbedFiles"]),

        // The server's process: `entente serve` execs it.
        .executableTarget(
            name: "entente-serve",
            dependencies: [
                "EntenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // A seeded generator that gives the same numbers everywhere: the
        // benchmark corpus and the tests' shuffles draw from it.
        .target(name: "SplitMix64"),

        // Benchmarks at archive scale beside the raw SQLite floor; not a test.
        .executableTarget(
            name: "entente-bench",
            dependencies: [
                "Storage", "Ingestion", "Model", "SplitMix64",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Build-time helper: turns data files (migrations, lexicons) into Swift
        // string constants so the binary needs no file beside it at run time.
        .executableTarget(name: "EmbedTool"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["EmbedTool"],
            path: "Sources/EmbedFiles"),

        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "SplitMix64Tests", dependencies: ["SplitMix64"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "IngestionTests", dependencies: ["Ingestion", "Model", "TextAnalysis", "SplitMix64"], exclude: ["Pages"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Ingestion", "Storage", "Model"]),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "Storage", "Ingestion", "Model", "TextAnalysis", "SQLiteSetup", "SplitMix64",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // Runs the built binary; depends on it so that `swift test` builds it first.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["entente", "entente-serve", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]),
        // Runs the generator and the harness at tiny sizes so that they never rot.
        .testTarget(name: "BenchmarkTests", dependencies: ["entente", "entente-bench"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "EntenteServer", "Storage", "Ingestion", "Model",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
