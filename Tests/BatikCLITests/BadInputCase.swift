import Foundation
import Testing

/// One bad input as a user would meet it: the files they have, the command they type, and what
/// they must see. `{dir}` in the arguments is the case's own folder.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Files written into the case's folder before the command runs.
    var files: [String: [UInt8]]
    var arguments: [String]
    var status: Int32
    /// Texts that must all appear on stderr.
    var messages: [String]
    /// Files that must not exist afterwards (the command's outputs).
    var notWritten: [String] = ["out.png"]

    var testDescription: String { name }

    init(
        _ name: String, files: [String: String] = [:], bytes: [String: [UInt8]] = [:], _ arguments: [String],
        status: Int32 = 65, _ messages: [String], notWritten: [String] = ["out.png"]
    ) {
        self.name = name
        var all = bytes
        for (k, v) in files { all[k] = Array(v.utf8) }
        self.files = all
        self.arguments = arguments
        self.status = status
        self.messages = messages
        self.notWritten = notWritten
    }

    /// A small valid motif with `elements` (YAML lines, indented two spaces) and `extra` top-level lines.
    static func motif(_ elements: String, tile: String = "{ size: [20, 20], repeat: square }", extra: String = "") -> String {
        """
        name: Uji
        origin: a test
        unit: mm
        tile: \(tile)
        cloth: "#ffffff"
        dyes: [{ name: nila, colour: "#2b3a67", method: dip }]
        colours: { putih: [], biru: [nila] }
        background: biru
        \(extra)
        elements:
        \(elements)

        """
    }

    static let circle = "  - { shape: circle, r: 5, fill: putih }"

    /// `render motif.yaml -o out.png`, the everyday command.
    static let render = ["render", "{dir}/motif.yaml", "--size", "4x4cm", "--dpi", "50", "-o", "{dir}/out.png"]

    static func chain(_ depth: Int) -> String {
        (0..<depth).map { "  c\($0):\n    - { use: c\($0 + 1) }\n" }.joined()
            + "  c\(depth):\n    - { shape: circle, r: 1, fill: putih }\n"
    }

    static let all: [BadInputCase] = [
        // Numbers that are not numbers.
        BadInputCase(
            "NaN as a tile side", files: ["motif.yaml": motif(circle, tile: "{ size: [.nan, 20], repeat: square }")],
            render, ["motif.yaml:4:16: error: in 'size': '.nan' is NaN (not a number)", "write a finite number"]),
        BadInputCase(
            "an infinite radius", files: ["motif.yaml": motif("  - { shape: circle, r: .inf, fill: putih }")],
            render, ["motif.yaml:11:25: error: in 'r': '.inf' is infinite"]),
        BadInputCase(
            "minus infinity as a width",
            files: ["motif.yaml": motif("  - { shape: circle, r: 5, fill: putih, outline: { colour: putih, tool: klowong, width: -.inf } }")],
            render, ["in 'width': '-.inf' is infinite"]),
        BadInputCase(
            "an enormous tile", files: ["motif.yaml": motif(circle, tile: "{ size: [1e308, 20], repeat: square }")],
            render, ["tile width is 1e+308 mm; a tile side must be from 1 to 5000 mm"]),
        BadInputCase(
            "an enormous radius", files: ["motif.yaml": motif("  - { shape: circle, r: 1e300, fill: putih }")],
            render, ["'r' is 1e+300 mm; the limit is 10000 mm for one size"]),
        BadInputCase(
            "a number too large to hold", files: ["motif.yaml": motif("  - { shape: circle, r: 1e999, fill: putih }")],
            render, ["'1e999' is too large a number"]),
        BadInputCase(
            "a negative radius", files: ["motif.yaml": motif("  - { shape: circle, r: -3, fill: putih }")],
            render, ["'r' must be greater than 0, found -3"]),
        BadInputCase(
            "a rectangle with no height", files: ["motif.yaml": motif("  - { shape: rectangle, size: [5, 0], fill: putih }")],
            render, ["'size' must be greater than 0 on both sides, found 0"]),
        BadInputCase(
            "a zero tile", files: ["motif.yaml": motif(circle, tile: "{ size: [0, 0], repeat: square }")],
            render, ["a tile side must be from 1 to 5000 mm"]),
        BadInputCase(
            "a division by zero", files: ["motif.yaml": motif("  - { shape: circle, r: 5 / 0, fill: putih }")],
            render, ["division by zero"]),
        // Shapes with nothing inside.
        BadInputCase(
            "a filled path along a line", files: ["motif.yaml": motif("  - { shape: path, d: \"M0 0 L5 0 L10 0 Z\", fill: putih }")],
            render, ["motif.yaml:11:23: error: this path encloses no area", "use outline instead of fill"]),
        BadInputCase(
            "a filled path that doubles back on itself",
            files: ["motif.yaml": motif("  - { shape: path, d: \"M0 0 L5 5 L0 0 Z\", fill: putih }")],
            render, ["this path encloses no area"]),
        BadInputCase(
            "a path with no drawing", files: ["motif.yaml": motif("  - { shape: path, d: \"\", fill: putih }")],
            render, ["'d'"]),
        BadInputCase(
            "path data with a NaN", files: ["motif.yaml": motif("  - { shape: path, d: \"M0 0 L5 NaN L0 5 Z\", fill: putih }")],
            render, ["in 'd':"]),
        // Palettes and recipes.
        BadInputCase(
            "an empty palette",
            files: ["motif.yaml": motif(circle).replacingOccurrences(of: "colours: { putih: [], biru: [nila] }", with: "colours: {}")],
            render, ["unknown colour recipe 'biru' for 'background'", "unknown colour recipe 'putih' for 'fill'"]),
        BadInputCase(
            "no dye baths and a recipe that needs one",
            files: ["motif.yaml": motif(circle).replacingOccurrences(of: "dyes: [{ name: nila, colour: \"#2b3a67\", method: dip }]", with: "dyes: []")],
            render, ["nila"]),
        BadInputCase(
            "a colour that is not a colour", files: ["motif.yaml": motif(circle).replacingOccurrences(of: "\"#ffffff\"", with: "\"#ffzzff\"")],
            render, ["motif.yaml:5:8: error:"]),
        // YAML that is broken or hostile.
        BadInputCase(
            "a tab for indentation", files: ["motif.yaml": motif(circle).replacingOccurrences(of: "  - { shape", with: "\t- { shape")],
            render, ["indented with a tab; YAML needs spaces"]),
        BadInputCase(
            "an alias bomb (billion laughs)",
            files: [
                "motif.yaml": "name: t\n" + "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
                    + (1..<8).map { k in
                        let (me, prev) = (String(UnicodeScalar(97 + k)!), String(UnicodeScalar(96 + k)!))
                        return "\(me): &\(me) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
                    }.joined()
            ],
            render, ["with its aliases expanded the file holds more than 1000000 values"]),
        BadInputCase(
            "deeply nested brackets in YAML", files: ["motif.yaml": "name: t\nx: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"],
            render, ["not valid YAML", "nesting"]),
        BadInputCase(
            "bytes that are not UTF-8", bytes: ["motif.yaml": Array("name: \"t".utf8) + [0xff, 0xfe] + Array("\"\n".utf8)],
            render, ["motif.yaml is not UTF-8 text", "save the motif file as UTF-8"]),
        BadInputCase(
            "a PNG given as a motif", bytes: ["motif.yaml": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
            render, ["is not UTF-8 text"]),
        BadInputCase("an empty file", files: ["motif.yaml": ""], render, ["the file is empty", "batik new NAME"]),
        BadInputCase(
            "a list instead of a motif", files: ["motif.yaml": "- a\n- b\n"], render,
            ["a motif file must be a mapping of keys"]),
        BadInputCase(
            "a file over the size limit", files: ["motif.yaml": String(repeating: "# padding\n", count: 110_000)],
            render, ["a motif file may be at most 1024 kB", "--limit file-kb=N"]),
        // Expressions and structures too deep or too long.
        BadInputCase(
            "brackets nested 40 deep",
            files: ["motif.yaml": motif("  - { shape: circle, r: \"\(String(repeating: "(", count: 40))5\(String(repeating: ")", count: 40))\", fill: putih }")],
            render, ["the expression nests more than 32 levels deep here", "--limit expression-depth=N"]),
        BadInputCase(
            "an expression of 100 000 brackets",
            files: ["motif.yaml": motif("  - { shape: circle, r: \"\(String(repeating: "(", count: 100_000))5\(String(repeating: ")", count: 100_000))\", fill: putih }")],
            render, ["the expression is 200001 characters long; the limit is 500"]),
        BadInputCase(
            "a component chain 20 deep", files: ["motif.yaml": motif("  - { use: c0 }", extra: "components:\n" + chain(20))],
            render, ["components nest more than 16 deep here", "--limit nesting=N"]),
        BadInputCase(
            "a component that uses itself through another",
            files: ["motif.yaml": motif("  - { use: a }", extra: "components:\n  a:\n    - { use: b }\n  b:\n    - { use: a }\n")],
            render, ["uses itself (a → b → a)"]),
        BadInputCase(
            "a path of 100 001 points",
            files: ["motif.yaml": motif("  - { shape: path, d: \"M0 0 \(String(repeating: "L1 1 ", count: 100_000))Z\", fill: putih }")],
            render, ["the path has 100002 points; the limit is 100000 points per path", "--limit vertices=N"]),
        BadInputCase(
            "a repeat of a million copies", files: ["motif.yaml": motif("  - { shape: circle, r: 1, fill: putih, repeat: { rotate: 1000000 } }")],
            render, ["the limit is 1000 copies per repeat", "--limit copies=N"]),
        // Limits on the command line.
        BadInputCase(
            "a limit above its ceiling", files: ["motif.yaml": motif(circle)],
            render + ["--limit", "nesting=1000"], status: 64, ["--limit nesting=1000 is outside 1 to 64"]),
        BadInputCase(
            "a limit that does not exist", files: ["motif.yaml": motif(circle)],
            render + ["--limit", "speed=3"], status: 64, ["'speed=3' is invalid for '--limit"]),
        BadInputCase(
            "an image over the megapixel limit", files: ["motif.yaml": motif(circle)],
            ["render", "{dir}/motif.yaml", "--size", "30x30cm", "--dpi", "300", "--limit", "megapixels=5", "-o", "{dir}/out.png"],
            status: 64, ["more than the limit of 5 megapixels", "--limit megapixels=N"]),
        BadInputCase(
            "an image wider than Cairo can draw", files: ["motif.yaml": motif(circle)],
            ["render", "{dir}/motif.yaml", "--size", "3x3m", "--dpi", "300", "-o", "{dir}/out.png"],
            status: 64, ["more than 32767 pixels on a side"]),
        // Files and folders.
        BadInputCase("a motif that does not exist", ["render", "{dir}/nothing.yaml", "-o", "{dir}/out.png"], status: 66, ["no motif file"]),
        BadInputCase(
            "a folder given as a motif", files: ["kain.yaml/readme.txt": "x"],
            ["render", "{dir}/kain.yaml", "-o", "{dir}/out.png"], status: 66, ["is a folder, not a motif file"]),
        BadInputCase(
            "an output folder that is a file", files: ["motif.yaml": motif(circle), "berkas": "x"],
            ["render", "{dir}/motif.yaml", "--size", "4x4cm", "-o", "{dir}/berkas/out.png"], status: 73,
            ["is not a folder"], notWritten: ["berkas/out.png"]),
        BadInputCase(
            "an output that is the input", files: ["motif.yaml": motif(circle)],
            ["render", "{dir}/motif.yaml", "--size", "4x4cm", "-o", "{dir}/motif.yaml", "--force"], status: 64,
            ["is the input file", "never replaced, even with --force"], notWritten: []),
        BadInputCase(
            "a pola over its own motif", files: ["motif.yaml": motif(circle)],
            ["pola", "{dir}/motif.yaml", "--size", "20x20cm", "-o", "{dir}/./motif.yaml", "--force"], status: 64,
            ["is the input file"], notWritten: []),
        BadInputCase(
            "an existing output without --force", files: ["motif.yaml": motif(circle), "out.png": "old"],
            ["render", "{dir}/motif.yaml", "--size", "4x4cm", "-o", "{dir}/out.png"], status: 73,
            ["already exists", "add --force"], notWritten: []),
        BadInputCase(
            "a composition where one motif is wanted",
            files: ["motif.yaml": "composition: sarung\nbody: kawung\n"],
            ["paths", "{dir}/motif.yaml", "-o", "{dir}/out.svg"], status: 64,
            ["whole-cloth composition"], notWritten: ["out.svg"]),
        BadInputCase(
            "a parameter value that is not a number", files: ["motif.yaml": motif(circle)],
            render + ["--set", "size=besar"], status: 64, ["'size=besar' is invalid for '--set"]),
    ]
}
