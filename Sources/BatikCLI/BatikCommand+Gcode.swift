import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Gcode: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gcode",
            abstract: "Write the canting strokes of a motif as G-code for a wax plotter.",
            discussion: """
                The strokes are those of `batik paths`, in the same order. The program
                is in millimetres and absolute coordinates, with the origin at the
                cloth's bottom-left corner (X right, Y up). The pen goes up and down on
                Z (grbl) or on a servo, M280 P0 (Marlin). The machine pauses (M0) at
                every change of canting, with a comment naming it, and where an area
                is left to the brush. Nothing is written when the cloth does not fit
                the work area (default 1150 × 2500 mm, the UGM canting machine): lay a
                long cloth lengthwise with --turn.

                Examples:
                  batik gcode kawung                             out/kawung.gcode
                  batik gcode kawung --size 60x40cm --machine marlin -o kawung.gcode
                  batik gcode kawung --cloth kain-panjang --turn --feed 900
                  batik gcode parang-rusak --tiles 6x4 --work-area 300x200mm
                """)

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The G-code file to write (default: out/NAME.gcode, replaced if present).", valueName: "file.gcode"))
        var output: String?

        @Option(help: "The plotter's firmware: grbl or marlin.")
        var machine: GCodeMachine = .grbl

        @Option(help: ArgumentHelp("Drawing feed in mm/min (600 is 10 mm/s).", valueName: "mm/min"))
        var feed: Int = 600

        @Option(help: ArgumentHelp("Feed of moves with the pen up, mm/min.", valueName: "mm/min"))
        var travelFeed: Int = 3000

        @Option(
            help: ArgumentHelp(
                "The machine's work area, X by Y (default 1150x2500mm, the UGM canting machine).", valueName: "WxH"))
        var workArea: PhysicalSize?

        @Flag(help: "Lay the cloth turned a quarter, its length along Y.")
        var turn = false

        @OptionGroup var area: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        static let feedRange = 1...100_000

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            for (name, value) in [("--feed", feed), ("--travel-feed", travelFeed)] where !Self.feedRange.contains(value)
            {
                throw ValidationError(
                    "\(name) \(value) is out of range: give mm/min, from 1 to 100000 (600 is 10 mm/s).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let clothArea = area.area(for: motif)
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem).gcode"
                var options = GCodeOptions()
                options.machine = machine
                options.feed = Double(feed)
                options.travelFeed = Double(travelFeed)
                if let workArea { options.workArea = Size(workArea.width, workArea.height) }
                options.turned = turn
                // Check the fit before the work of planning.
                let empty = CantingPlan(area: clothArea, passes: [], travelBounds: [])
                do {
                    _ = try GCodeWriter.program(for: empty, title: "", options: options)
                } catch let error as GCodeError {
                    throw CLIError(error.message, hint: error.hint, exitCode: ExitStatus.usage)
                }
                let whole = try CantingPlanning.plan(motif, path: path, area: clothArea)
                // A plotter waxes the face of the cloth it sees. Nerusi, the same lines again from the
                // back, is done by hand after turning the cloth over, so it is left out of the program.
                let front = whole.passes.indices.filter { whole.passes[$0].stepName != StepKind.nerusi.rawValue }
                let plan = CantingPlan(
                    area: whole.area, passes: front.map { whole.passes[$0] },
                    travelBounds: front.map { whole.travelBounds[$0] })
                if front.count < whole.passes.count {
                    StandardError.print(
                        "note: nerusi (the same lines waxed from the back) is not in the program: turn the cloth over and go over the lines by hand")
                }
                let program: [UInt8]
                do {
                    program = try GCodeWriter.bytes(for: plan, title: "\(motif.name), \(path)", options: options)
                } catch let error as GCodeError {
                    throw CLIError(error.message, hint: error.hint, exitCode: ExitStatus.usage)
                }
                let file = try OutputFile(path: destination, overwrite: force || output == nil)
                do {
                    try program.withUnsafeBytes { try file.write($0) }
                } catch {
                    file.discard()
                    throw CLIError("cannot write \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try file.commit()
                print(destination)
                let changes = plan.passes.indices.filter { k in
                    k == 0 || plan.passes[k].tool.name != plan.passes[k - 1].tool.name || plan.passes[k].strokes.isEmpty
                }.count
                StandardError.print(
                    "wrote \(destination): \(machine.rawValue), \(plan.passes.count) passes, \(changes) pauses for the operator"
                )
            }
        }
    }
}
