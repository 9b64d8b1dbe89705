internal import BatikGeometry
internal import BatikMotif
public import BatikWax

/// A canting plan as a G-code program for a wax plotter (grbl or Marlin).
///
/// Millimetres (`G21`), absolute coordinates (`G90`); pen-up moves at the travel feed and pen-down
/// moves at the drawing feed, both `G1`. The machine's origin is the cloth's
/// bottom-left corner with X to the right and Y up (y flips, since the cloth's y runs down); a
/// turned cloth lies with its left edge at the top, still seen from the front (a rotation, never a
/// mirror image). Every pass starts with a comment naming its step and canting, and a change of
/// canting with `M0`, a pause for the operator to change it. Areas left to the brush are a pause
/// with a comment, to be waxed by hand. Every coordinate is checked against the work area before
/// anything is written.
public enum GCodeWriter {
    /// Coordinates may exceed the work area by rounding only: mm.
    static let boundsSlack = 1e-6

    /// The program as text.
    public static func program(for plan: CantingPlan, title: String, options: GCodeOptions = GCodeOptions())
        throws(GCodeError) -> String
    {
        String(decoding: try bytes(for: plan, title: title, options: options), as: UTF8.self)
    }

    /// The program as UTF-8 bytes, ready to write.
    public static func bytes(for plan: CantingPlan, title: String, options: GCodeOptions = GCodeOptions())
        throws(GCodeError) -> [UInt8]
    {
        let area = plan.area
        let clothW = options.turned ? area.height : area.width
        let clothH = options.turned ? area.width : area.height
        let work = options.workArea
        if clothW > work.width + boundsSlack || clothH > work.height + boundsSlack {
            let fitsTurned =
                (options.turned ? area.width : area.height) <= work.width
                && (options.turned ? area.height : area.width) <= work.height
            let hint =
                fitsTurned
                ? (options.turned
                    ? "lay the cloth the other way: leave out --turn"
                    : "add --turn to lay the cloth lengthwise on the machine")
                : "choose a smaller --size, or give the machine's own --work-area WxH"
            throw GCodeError(
                "the cloth is \(n(clothW)) × \(n(clothH)) mm on the machine but its work area is \(n(work.width)) × \(n(work.height)) mm",
                hint: hint)
        }
        func machine(_ p: Point) -> Point {
            options.turned ? Point(area.maxY - p.y, area.maxX - p.x) : Point(p.x - area.minX, area.maxY - p.y)
        }
        for (k, pass) in plan.passes.enumerated() {
            for stroke in pass.strokes {
                for p in stroke.points {
                    let m = machine(p)
                    if m.x < -boundsSlack || m.y < -boundsSlack || m.x > work.width + boundsSlack
                        || m.y > work.height + boundsSlack
                    {
                        throw GCodeError(
                            "a \(pass.tool.name) stroke of \(pass.label(number: k + 1)) reaches (\(n(m.x)), \(n(m.y))) mm, outside the work area \(n(work.width)) × \(n(work.height)) mm",
                            hint: "the plan's strokes must lie on the cloth; please report this")
                    }
                }
            }
        }

        var out = PlotterText(
            capacity: plan.passes.reduce(0) { $0 + $1.strokes.reduce(0) { $0 + $1.points.count } } * 24 + 2000)
        func move(_ code: String, _ p: Point) {
            out += code
            out += " X"
            out.append(p.x)
            out += " Y"
            out.append(p.y)
        }
        let penDown: String, penUp: String, dwellDab: String
        switch options.machine {
        case .grbl:
            penUp = "G0 Z\(n(options.penUpZ)) ; pen up\n"
            penDown = "G1 Z\(n(options.penDownZ)) F\(n(options.feed)) ; pen down\n"
            dwellDab = "G4 P\(n(Double(options.dabMilliseconds) / 1000))\n"
        case .marlin:
            let settle = "G4 P\(options.servoMilliseconds)\n"
            penUp = "M280 P0 S\(n(options.servoUp)) ; pen up\n" + settle
            penDown = "M280 P0 S\(n(options.servoDown)) ; pen down\n" + settle
            dwellDab = "G4 P\(options.dabMilliseconds)\n"
        }
        let strokeCount = plan.passes.reduce(0) { $0 + $1.strokes.count }
        var downLength = 0.0, upLength = 0.0
        for pass in plan.passes {
            downLength += pass.strokes.reduce(0) { $0 + $1.length }
            upLength += pass.travel
        }
        let minutes = downLength / options.feed + upLength / options.travelFeed
        out += "; batik gcode: \(comment(title))\n"
        out += "; machine \(options.machine.rawValue), work area \(n(work.width)) x \(n(work.height)) mm\n"
        out +=
            "; cloth \(n(area.width)) x \(n(area.height)) mm"
            + (options.turned
                ? ", turned: its left edge along the top (Y = \(n(clothH))), seen from the front\n"
                : ", origin at its bottom-left corner, X right, Y up\n")
        out += "; feed \(n(options.feed)) mm/min drawing, \(n(options.travelFeed)) mm/min travel\n"
        out +=
            "; \(plan.passes.count) passes, \(strokeCount) pen-downs, \(n(downLength / 1000, 2)) m drawn, \(n(upLength / 1000, 2)) m travel, about \(n(minutes, 0)) min of moves\n"
        out += "G21 ; millimetres\nG90 ; absolute coordinates\n"
        out += penUp
        // Pen-up moves are G1 at the travel feed, not G0: a rapid flings drops of hot wax from
        // the canting's spout, and grbl ignores F on G0.
        let travelFeed = " F\(n(options.travelFeed))\n"
        var currentTool: String?
        for (k, pass) in plan.passes.enumerated() {
            out += ";\n; === \(comment(pass.label(number: k + 1))): \(pass.strokes.count) pen-downs ===\n"
            if pass.strokes.isEmpty {
                out += "; kuas: wax \(n(pass.brushAreas.area / 100, 1)) cm2 by hand with the brush, then resume\n"
                out += options.machine == .marlin ? "M0 Kuas: wax by hand\n" : "M0 ; kuas: wax by hand\n"
                currentTool = nil
                continue
            }
            if pass.tool.name != currentTool {
                let say = "ganti canting: \(pass.tool.name) (\(comment(pass.tool.gloss)))"
                out += options.machine == .marlin ? "M0 Ganti canting \(pass.tool.name) ; \(say)\n" : "M0 ; \(say)\n"
                currentTool = pass.tool.name
            }
            for stroke in pass.strokes {
                let start = machine(stroke.points[0])
                move("G1", start)
                out += travelFeed
                out += penDown
                switch stroke.kind {
                case .dab:
                    if pass.tool.spouts.count > 1, stroke.heading != 0 {
                        out += "; turn the pen \(n(stroke.heading * 180 / Double.pi, 1)) degrees\n"
                    }
                    out += dwellDab
                case .line:
                    var first = true
                    for p in stroke.points.dropFirst() {
                        move("G1", machine(p))
                        out += first ? " F\(n(options.feed))\n" : "\n"
                        first = false
                    }
                    if stroke.isClosed {
                        move("G1", start)
                        out += "\n"
                    }
                }
                out += penUp
            }
        }
        out += ";\n; done\nG1 X0 Y0\(travelFeed)"
        out += options.machine == .grbl ? "M2\n" : "M84\n"
        return out.bytes
    }

    static func n(_ v: Double, _ decimals: Int = 3) -> String { PlotterNumber.format(v, decimals: decimals) }

    /// Text safe inside a `;` comment: one line, no parentheses (grbl reads those as comments too).
    static func comment(_ text: String) -> String {
        String(text.map { "\n\r()".contains($0) ? " " : $0 })
    }
}
