import Foundation

/// Reads a PDF back with poppler-utils (installed by the set-up), as a trainer's PDF viewer or
/// printer would see it: page sizes, words with their boxes, pages rendered to pixels.
public enum PDFInspection {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// One word on a page, its box in PDF points from the page's top left.
    public struct Word: Hashable, Sendable {
        public var page: Int
        public var text: String
        public var xMin, yMin, xMax, yMax: Double
        public var centreX: Double { (xMin + xMax) / 2 }
        public var centreY: Double { (yMin + yMax) / 2 }
    }

    /// Points per millimetre.
    public static let pointsPerMillimetre = 72 / 25.4

    /// Runs `tool` (looked up on the PATH) and returns its standard output.
    public static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(tool) \(arguments.joined(separator: " ")) failed: "
                    + (String(data: errors, encoding: .utf8) ?? ""))
        }
        return data
    }

    /// `pdfinfo`'s fields ("Pages", "Title", "Author", "Page size", …).
    public static func info(_ pdf: URL) throws -> [String: String] {
        let text = String(decoding: try run("pdfinfo", [pdf.path]), as: UTF8.self)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// Width and height of every page in millimetres (`pdfinfo -f 1 -l N`).
    public static func pageSizes(_ pdf: URL) throws -> [(width: Double, height: Double)] {
        let count = Int(try info(pdf)["Pages"] ?? "0") ?? 0
        guard count > 0 else { return [] }
        let text = String(
            decoding: try run("pdfinfo", ["-f", "1", "-l", String(count), pdf.path]), as: UTF8.self)
        var sizes: [(Double, Double)] = []
        for line in text.split(separator: "\n") where line.hasPrefix("Page") && line.contains("size:") {
            let numbers = line.split(separator: ":", maxSplits: 1)[1].split(separator: " ").compactMap { Double($0) }
            if numbers.count >= 2 { sizes.append((numbers[0] / pointsPerMillimetre, numbers[1] / pointsPerMillimetre)) }
        }
        return sizes
    }

    /// Every word of the document with its box (`pdftotext -bbox`).
    public static func words(_ pdf: URL) throws -> [Word] {
        let html = String(decoding: try run("pdftotext", ["-bbox", pdf.path, "-"]), as: UTF8.self)
        var words: [Word] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") {
                page += 1
                continue
            }
            guard line.contains("<word "), let start = line.firstIndex(of: ">"),
                let end = line.range(of: "</word>")?.lowerBound
            else { continue }
            func attribute(_ name: String) -> Double {
                guard let r = line.range(of: name + "=\"") else { return .nan }
                let rest = line[r.upperBound...]
                return Double(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)]) ?? .nan
            }
            let text = String(line[line.index(after: start)..<end])
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            words.append(
                Word(
                    page: page, text: text, xMin: attribute("xMin"), yMin: attribute("yMin"),
                    xMax: attribute("xMax"), yMax: attribute("yMax")))
        }
        return words
    }

    /// Page `page` (1-based) rendered by pdftoppm at `dpi`, as decoded RGBA pixels.
    public static func renderPage(_ pdf: URL, page: Int, dpi: Int) throws -> RGBAImage {
        let data = try run(
            "pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf.path])
        return try decodePNG([UInt8](data)).image
    }
}
