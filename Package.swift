// swift-tools-version:6.0
import PackageDescription

/// Release builds target AVX2/FMA (Haswell and later): without `-target-cpu`, Swift compiles
/// for baseline x86-64, SIMD8 splits in two and `addingProduct` becomes a call to `fmaf`.
/// Set ALINEA_PORTABLE=1 when building to get a binary that runs on any x86-64 or ARM CPU.
let portable = Context.environment["ALINEA_PORTABLE"] != nil
#if arch(x86_64)
let cpuFlags: [String] = portable ? [] : ["-target-cpu", "haswell"]
#else
let cpuFlags: [String] = []
#endif

/// Kernels are the only code compiled without bounds checks; nothing there touches user input directly.
let kernelSettings: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"] + cpuFlags, .when(configuration: .release)),
    // Unoptimised SIMD code is 10-50x slower; debug builds (and so `swift test`) optimise kernels
    // too, with bounds checks kept, so tests that train small models stay fast.
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(cpuFlags, .when(configuration: .release)),
]

let package = Package(
    name: "Alinea",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "alinea", targets: ["alinea"]),
        .executable(name: "alinea-bench", targets: ["alinea-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .target(name: "Kernels", swiftSettings: kernelSettings),
        .systemLibrary(name: "CMalloc"),
        .target(name: "Engine", dependencies: ["Kernels", "CMalloc"], swiftSettings: numericSettings),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "GraphExport", dependencies: ["Engine", "CGraphviz"]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit",
                       providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        .target(name: "Stdlib"),
        .target(name: "Plot"),
        .target(name: "Lang", dependencies: ["Engine", "GraphExport", "Stdlib", "Plot"], swiftSettings: numericSettings),
        .target(name: "Notebook", dependencies: ["Lang", "Plot", "GraphExport", .product(name: "Ink", package: "Ink")]),
        .target(name: "TestSupport", dependencies: ["Engine"], path: "Sources/TestSupport"),
        .executableTarget(name: "alinea", dependencies: [
            "Lang", "LineEditor", "GraphExport", "Notebook", "Plot",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "alinea-bench", dependencies: [
            "Engine", "Kernels", "Lang", "Stdlib",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ],
                          swiftSettings: numericSettings),
        .testTarget(name: "KernelsTests", dependencies: ["Kernels"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Kernels", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphExportTests", dependencies: ["GraphExport", "Engine", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TestSupport"]),
        .testTarget(name: "LangTests", dependencies: ["Lang", "TestSupport"], exclude: ["Scripts"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Plot", "TestSupport"], exclude: ["Snapshots"]),
    ]
)
