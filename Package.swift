// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "batik",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "batik", targets: ["batik"]),
        .library(name: "BatikGeometry", targets: ["BatikGeometry"]),
        .library(name: "BatikMotif", targets: ["BatikMotif"]),
        .library(name: "BatikWax", targets: ["BatikWax"]),
        .library(name: "BatikRender", targets: ["BatikRender"]),
        .library(name: "BatikImport", targets: ["BatikImport"]),
        .library(name: "BatikTrace", targets: ["BatikTrace"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The command line: main.swift only; everything else lives in BatikCLI so tests can drive it.
        .executableTarget(name: "batik", dependencies: ["BatikCLI"]),
        .target(
            name: "BatikCLI",
            dependencies: [
                "BatikGeometry", "BatikMotif", "BatikWax", "BatikRender", "BatikImport", "BatikTrace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Implementation targets, leaves last.
        // Scans and photos of pen drawings (potrace) into drawings the import writer turns into motifs.
        .target(
            name: "BatikTrace",
            dependencies: ["BatikGeometry", "BatikMotif", "BatikWax", "BatikRender", "BatikImport", "CPotrace"]),
        .target(
            name: "BatikRender", dependencies: ["BatikGeometry", "BatikMotif", "BatikWax", "CCairo", "CPNG", "CPango", "CJPEG"]),
        .target(name: "BatikWax", dependencies: ["BatikGeometry", "BatikMotif"]),
        // Drawings from elsewhere (SVG; FoundationXML's parser, which ships with the toolchain)
        // into motif files.
        .target(name: "BatikImport", dependencies: ["BatikGeometry", "BatikMotif"]),
        .target(name: "BatikMotif", dependencies: ["BatikGeometry", .product(name: "Yams", package: "Yams")]),
        .target(name: "BatikGeometry", dependencies: ["CGEOS"]),

        // System libraries (Debian -dev packages; `make deps` installs them).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CJPEG", pkgConfig: "libturbojpeg", providers: [.apt(["libturbojpeg0-dev"])]),
        // potrace has no pkg-config file; the module map links it by name.
        .systemLibrary(name: "CPotrace", providers: [.apt(["libpotrace-dev"])]),

        // Tests mirror the targets.
        .target(name: "BatikTestSupport", dependencies: ["BatikGeometry", "CPNG", "CCairo"], path: "Tests/BatikTestSupport"),
        .testTarget(name: "BatikGeometryTests", dependencies: ["BatikGeometry", "BatikTestSupport"]),
        .testTarget(name: "BatikMotifTests", dependencies: ["BatikMotif", "BatikTestSupport"], resources: [.copy("Broken")]),
        .testTarget(name: "BatikWaxTests", dependencies: ["BatikWax", "BatikTestSupport"]),
        .testTarget(name: "BatikRenderTests", dependencies: ["BatikRender", "BatikTestSupport"], resources: [.copy("Goldens")]),
        .testTarget(
            name: "BatikImportTests",
            dependencies: ["BatikImport", "BatikMotif", "BatikWax", "BatikRender", "BatikTestSupport"],
            resources: [.copy("Fixtures"), .copy("FuzzRegressions")]),
        .testTarget(
            name: "BatikTraceTests",
            dependencies: ["BatikTrace", "BatikImport", "BatikRender", "BatikMotif", "BatikWax", "BatikTestSupport"]),
        .testTarget(name: "BatikCLITests", dependencies: ["BatikCLI", "BatikMotif", "BatikWax", "BatikRender", "BatikTestSupport"]),

        // libFuzzer targets (docs/robustness.md, Fuzzing): one file each holding only
        // `LLVMFuzzerTestOneInput`. `scripts/fuzz.sh NAME SECONDS` builds one with the fuzzer and
        // address sanitizers in .build-fuzz; a plain `swift build` links them as executables that
        // do nothing, so they never break the ordinary build.
        .executableTarget(name: "FuzzMotifLoader", dependencies: ["BatikMotif"]),
        .executableTarget(name: "FuzzExpression", dependencies: ["BatikMotif"]),
        .executableTarget(name: "FuzzSVGPathData", dependencies: ["BatikGeometry"]),
        .executableTarget(name: "FuzzSVGImport", dependencies: ["BatikImport"]),
    ],
    swiftLanguageModes: [.v6]
)
