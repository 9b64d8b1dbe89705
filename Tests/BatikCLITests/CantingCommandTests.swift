import BatikTestSupport
import Foundation
import Testing

@testable import BatikCLI

/// `batik paths` and `batik gcode` run as a user runs them.
@Suite("batik paths and batik gcode")
struct CantingCommandTests {
    @Test("paths writes a millimetre SVG with a layer per pass and prints the figures table on stdout")
    func paths() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("kawung.svg")
        let result = try BatikProcess.run(["paths", "kawung", "--tiles", "3x2", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("width=\"72mm\" height=\"48mm\" viewBox=\"0 0 72 48\""))
        // The passes follow the resist plan: lines, the same lines from the back, cecek, blocks.
        for label in [
            "01 nglowong — klowong", "02 nglowong — isen", "03 nerusi — klowong", "04 nerusi — isen",
            "05 ngiseni — cecek-halus", "06 nembok — isen",
        ] {
            #expect(svg.contains("inkscape:label=\"\(label)\""))
            #expect(result.stdout.contains(label))
        }
        #expect(result.stdout.contains("jumlah"))
        #expect(result.stdout.contains("kosong m"))
        #expect(result.stderr.contains("wrote \(out.path): 6 layers, 7.2 × 4.8 cm"))
    }

    @Test("--figures-only prints the table and writes nothing")
    func figuresOnly() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(["paths", "kawung", "--tiles", "2x2", "--figures-only"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("jumlah"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let both = try BatikProcess.run(["paths", "kawung", "--figures-only", "-o", "x.svg"], in: folder)
        #expect(both.status == 64)
    }

    @Test("paths twice gives byte-identical SVGs and the same figures")
    func deterministic() throws {
        let folder = try BatikProcess.temporaryFolder()
        var outputs: [Data] = []
        var tables: [String] = []
        for name in ["a.svg", "b.svg"] {
            let out = folder.appendingPathComponent(name).path
            let result = try BatikProcess.run(["paths", "parang-rusak", "--size", "10x8cm", "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
            tables.append(result.stdout)
        }
        #expect(outputs[0] == outputs[1])
        #expect(tables[0] == tables[1])
    }

    @Test("--rate changes the estimate: half the line speed, more time")
    func rates() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("k.svg").path
        let normal = try BatikProcess.run(["paths", "kawung", "--tiles", "2x2", "-o", out])
        let slow = try BatikProcess.run([
            "paths", "kawung", "--tiles", "2x2", "-o", out, "--force", "--rate", "line-speed=1",
        ])
        #expect(normal.status == 0 && slow.status == 0)
        #expect(normal.stdout != slow.stdout)
        let bad = try BatikProcess.run(["paths", "kawung", "-o", out, "--rate", "speed=3"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--rate"))
    }

    @Test("gcode writes a Marlin program with servo pen moves and a pause per canting")
    func gcodeMarlin() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("kawung.gcode")
        let result = try BatikProcess.run(["gcode", "kawung", "--tiles", "2x2", "--machine", "marlin", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out.path + "\n")
        let program = try String(contentsOf: out, encoding: .utf8)
        #expect(program.contains("G21"))
        #expect(program.contains("M280 P0 S30 ; pen down"))
        // nglowong with two cantings, ngiseni, nembok; nerusi is done by hand from the back.
        #expect(program.split(separator: "\n").filter { $0.hasPrefix("M0 ") }.count == 4)
        #expect(result.stderr.contains("4 pauses for the operator"))
        #expect(result.stderr.contains("note: nerusi"))
        #expect(!program.contains("nerusi"))
    }

    @Test("a kain panjang does not fit the UGM machine unturned: exit 64, a hint, no file")
    func gcodeOutOfBounds() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(["gcode", "kawung", "--cloth", "kain-panjang", "-o", "k.gcode"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("2500 × 1100 mm on the machine but its work area is 1150 × 2500 mm"))
        #expect(result.stderr.contains("hint: add --turn"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("--turn lays a long cloth lengthwise on a tall work area")
    func gcodeTurned() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("t.gcode").path
        let result = try BatikProcess.run(
            ["gcode", "kawung", "--size", "20x10cm", "--work-area", "150x250mm", "--turn", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("turned"))
    }

    @Test("help for both commands shows examples; a bad feed is refused with a sentence")
    func help() throws {
        let paths = BatikCommand.helpMessage(for: BatikCommand.Paths.self)
        #expect(paths.contains("batik paths kawung --size 60x40cm -o kawung.svg"))
        let gcode = BatikCommand.helpMessage(for: BatikCommand.Gcode.self)
        #expect(gcode.contains("batik gcode kawung --cloth kain-panjang --turn --feed 900"))
        #expect(BatikCommand.helpMessage().contains("paths"))
        do {
            _ = try BatikCommand.parseAsRoot(["gcode", "kawung", "--feed", "0"])
            Issue.record("expected a validation error")
        } catch {
            #expect(BatikCommand.message(for: error).contains("--feed 0 is out of range"))
        }
    }
}
