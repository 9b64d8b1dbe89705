import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Foundation
import Testing

@testable import BatikRender

/// A G-code program read back the way a controller would run it.
struct GCodeRun {
    /// Pen-down runs: the positions the pen passed through while down, in order.
    var strokes: [[Point]] = []
    /// The comment of each M0 pause, in order, and the index of the stroke that followed it.
    var pauses: [(comment: String, beforeStroke: Int)] = []
    /// Every position reached, pen up or down.
    var positions: [Point] = []
    var units: String?
    var absolute = false
    /// Moves made with G0 while the pen was down (must be none).
    var rapidsWhileDown = 0
    /// Feeds of the moves made with the pen up and down.
    var upFeeds: Set<Double> = []
    var downFeeds: Set<Double> = []

    init(_ program: String, machine: GCodeMachine, options: GCodeOptions = GCodeOptions()) {
        var position = Point(0, 0)
        var feed = 0.0
        var down = false
        var current: [Point] = []
        for raw in program.split(separator: "\n", omittingEmptySubsequences: false) {
            let comment =
                raw.firstIndex(of: ";").map {
                    String(raw[raw.index(after: $0)...]).trimmingCharacters(in: .whitespaces)
                } ?? ""
            let code = raw.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { continue }
            let words = code.split(separator: " ")
            func value(_ letter: Character) -> Double? {
                words.first { $0.first == letter }.flatMap { Double($0.dropFirst()) }
            }
            switch words[0] {
            case "G21": units = "mm"
            case "G90": absolute = true
            case "M0":
                pauses.append((comment, strokes.count))
            case "M280":
                let angle = value("S") ?? 0
                let nowDown = angle == options.servoDown
                if nowDown && !down { current = [position] }
                if !nowDown && down { strokes.append(current) }
                down = nowDown
            case "G0", "G1":
                if let z = value("Z") {
                    let nowDown = z <= options.penDownZ
                    if nowDown && !down { current = [position] }
                    if !nowDown && down { strokes.append(current) }
                    down = nowDown
                }
                if let f = value("F") { feed = f }
                if let x = value("X"), let y = value("Y") {
                    position = Point(x, y)
                    positions.append(position)
                    if down {
                        if words[0] == "G0" { rapidsWhileDown += 1 }
                        downFeeds.insert(feed)
                        current.append(position)
                    } else {
                        upFeeds.insert(feed)
                    }
                }
            default: break
            }
        }
    }
}

@Suite("G-code for wax plotters")
struct GCodeTests {
    static func machinePoints(_ stroke: CantingStroke, area: Rect) -> [Point] {
        var points = stroke.points.map { Point($0.x - area.minX, area.maxY - $0.y) }
        if stroke.isClosed { points.append(points[0]) }
        return points
    }

    @Test(
        "read back: every stroke drawn pen-down exactly, pen down only on strokes, inside the work area",
        arguments: GCodeMachine.allCases)
    func readBack(machine: GCodeMachine) throws {
        var options = GCodeOptions()
        options.machine = machine
        options.workArea = Size(150, 100)
        let plan = PlanFixture.plan
        let run = GCodeRun(
            try GCodeWriter.program(for: plan, title: "uji", options: options), machine: machine, options: options)
        #expect(run.units == "mm" && run.absolute)
        let expected = plan.passes.flatMap(\.strokes).map { s -> [Point] in
            let p = Self.machinePoints(s, area: plan.area)
            return s.kind == .dab ? [p[0]] : p
        }
        #expect(run.strokes.count == expected.count)
        for (got, want) in zip(run.strokes, expected) {
            #expect(got.count == want.count)
            // Both coordinates are rounded to micrometres.
            for (g, w) in zip(got, want) { expectApproximatelyEqual(g, w, tolerance: 0.0005 * 2.0.squareRoot()) }
        }
        #expect(run.rapidsWhileDown == 0)
        #expect(run.downFeeds == [options.feed])
        #expect(run.upFeeds == [options.travelFeed])
        for p in run.positions {
            #expect(p.x >= 0 && p.y >= 0 && p.x <= 150 && p.y <= 100, "\(p) is outside the work area")
        }
    }

    @Test("a pause naming the canting at each change of canting, and none within one", arguments: GCodeMachine.allCases)
    func toolChanges(machine: GCodeMachine) throws {
        var options = GCodeOptions()
        options.machine = machine
        var plan = PlanFixture.plan
        // A second klowong pass right after the first: no change of canting, so no pause.
        plan.passes.insert(
            CantingPass(stepIndex: 2, stepName: "nerusi", tool: PlanFixture.klowong, strokes: [.dab(at: Point(1, 1))]),
            at: 1)
        let program = try GCodeWriter.program(for: plan, title: "uji", options: options)
        let run = GCodeRun(program, machine: machine, options: options)
        #expect(run.pauses.map(\.beforeStroke) == [0, 3, 6])
        for (pause, tool) in zip(run.pauses, ["klowong", "cecek", "tembok"]) {
            #expect(pause.comment.contains("ganti canting: \(tool)"), "\(pause.comment)")
        }
        #expect(program.contains("; === 02 nerusi — klowong: 1 pen-downs ==="))
        if machine == .marlin { #expect(program.contains("M280 P0 S30")) } else { #expect(program.contains("G0 Z5")) }
    }

    @Test("a cloth larger than the work area is refused, with --turn suggested when turning fits")
    func outOfBounds() {
        var options = GCodeOptions()
        options.workArea = Size(100, 150)
        #expect(throws: GCodeError.self) {
            try GCodeWriter.program(for: PlanFixture.plan, title: "uji", options: options)
        }
        do {
            _ = try GCodeWriter.program(for: PlanFixture.plan, title: "uji", options: options)
        } catch {
            #expect(error.message.contains("120 × 80 mm on the machine but its work area is 100 × 150 mm"))
            #expect(error.hint?.contains("--turn") == true)
        }
        options.workArea = Size(50, 50)
        do {
            _ = try GCodeWriter.program(for: PlanFixture.plan, title: "uji", options: options)
            Issue.record("expected an error")
        } catch {
            #expect(error.hint?.contains("--work-area") == true)
        }
    }

    @Test("a turned cloth is rotated, not mirrored, and fits a tall machine")
    func turned() throws {
        var options = GCodeOptions()
        options.workArea = Size(100, 150)
        options.turned = true
        let run = GCodeRun(
            try GCodeWriter.program(for: PlanFixture.plan, title: "uji", options: options), machine: .grbl)
        for p in run.positions { #expect(p.x >= 0 && p.y >= 0 && p.x <= 100 && p.y <= 150) }
        // The first klowong line runs right then down on the cloth (y down), a clockwise turn on
        // paper; seen from above with Y up, the machine must draw a clockwise turn too.
        let flat = GCodeRun(try GCodeWriter.program(for: PlanFixture.plan, title: "uji"), machine: .grbl)
        func turn(_ s: [Point]) -> Double { (s[1] - s[0]).cross(s[2] - s[1]) }
        #expect(turn(run.strokes[0]) * turn(flat.strokes[0]) > 0)
    }

    @Test("the same plan always gives the same bytes")
    func deterministic() throws {
        let a = try GCodeWriter.bytes(for: PlanFixture.plan, title: "uji")
        let b = try GCodeWriter.bytes(for: PlanFixture.plan, title: "uji")
        #expect(a == b)
        #expect(
            CantingSVG.bytes(for: PlanFixture.plan, title: "uji")
                == CantingSVG.bytes(for: PlanFixture.plan, title: "uji"))
    }
}
