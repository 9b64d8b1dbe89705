import ArgumentParser
import Testing

@testable import BatikCLI

@Suite("Help and usage errors")
struct HelpTextTests {
    @Test("top-level help names every subcommand and shows examples")
    func topLevelHelp() {
        let help = BatikCommand.helpMessage()
        for sub in ["render", "check", "motifs", "new"] { #expect(help.contains(sub)) }
        #expect(help.contains("batik render kawung --set size=60"))
        #expect(help.contains("65 a motif file\n"))
    }

    @Test("render help lists the cloth presets and the DPI range")
    func renderHelp() {
        let help = BatikCommand.helpMessage(for: BatikCommand.Render.self)
        #expect(help.contains("kain-panjang 250 × 110 cm, sarung"))
        #expect(help.contains("(values: kain-panjang,"))
        #expect(help.contains("Resolution in dots per inch, 10–1200"))
        #expect(help.contains("batik render motifs/kawung.yaml --cloth bahan --dpi 100 -o bahan.png"))
    }

    @Test("a malformed --size is a usage error that shows the expected form")
    func badSize() {
        #expect(throws: (any Error).self) { try BatikCommand.parseAsRoot(["render", "kawung", "--size", "40x"]) }
        do {
            _ = try BatikCommand.parseAsRoot(["render", "kawung", "--size", "40x"])
        } catch {
            let message = BatikCommand.message(for: error)
            #expect(message.contains("The value '40x' is invalid for '--size <WxH>'"))
            #expect(BatikCommand.exitCode(for: error).rawValue == 64)
        }
    }

    @Test("two area options at once are refused with a full sentence")
    func conflictingAreas() throws {
        do {
            _ = try BatikCommand.parseAsRoot(["render", "kawung", "--size", "40x30cm", "--tiles", "2x2"])
            Issue.record("expected a validation error")
        } catch {
            #expect(BatikCommand.message(for: error) == "Choose the area with only one of --size, --tiles or --cloth.")
            #expect(BatikCommand.exitCode(for: error).rawValue == 64)
        }
    }

    @Test("DPI outside the range is refused with advice")
    func dpiOutOfRange() {
        do {
            _ = try BatikCommand.parseAsRoot(["render", "kawung", "--dpi", "5000"])
            Issue.record("expected a validation error")
        } catch {
            #expect(BatikCommand.message(for: error).contains("--dpi 5000 is out of range: use 10 to 1200"))
        }
    }

    @Test("an unknown cloth preset lists the possible values")
    func unknownCloth() {
        do {
            _ = try BatikCommand.parseAsRoot(["render", "kawung", "--cloth", "sprei"])
            Issue.record("expected a parse error")
        } catch {
            let message = BatikCommand.message(for: error)
            #expect(message.contains("sprei"))
            #expect(message.contains("kain-panjang"))
        }
    }

    @Test("option values parse in every documented form", arguments: [
        ("400x300mm", 400.0, 300.0), ("40x30cm", 400.0, 300.0), ("0.4x0.3m", 400.0, 300.0), ("250x110", 250.0, 110.0),
    ])
    func physicalSizes(text: String, width: Double, height: Double) {
        let size = PhysicalSize(argument: text)
        #expect(size == PhysicalSize(width: width, height: height))
    }

    @Test("--set needs NAME=NUMBER")
    func settings() {
        #expect(ParameterSetting(argument: "size=60")?.value == 60)
        #expect(ParameterSetting(argument: "size") == nil)
        #expect(ParameterSetting(argument: "size=big") == nil)
    }
}
