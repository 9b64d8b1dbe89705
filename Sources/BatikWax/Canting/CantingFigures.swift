import BatikGeometry
import BatikMotif

/// The numbers of a canting plan, per pass, per step, per canting and in total: how long the pen
/// is down and up, how often it lifts, how many dots, the time and the wax it takes, and a lower
/// bound on the pen-up travel (`TravelBound`) so the gap to the best possible order shows.
///
/// Time = pen-down length ÷ drawing speed + pen-up travel ÷ travel speed + lines × lift time +
/// dabs × dab time + brushed area ÷ brush rate. Wax = covered area × layer thickness × density,
/// where a line covers length × line width per spout, a dab one spout disc per dot, and a brushed
/// area itself (overlaps between neighbouring strokes are counted twice, so blocking is slightly
/// overestimated). See `CantingRates` for the defaults.
public struct CantingFigures: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// "01 nglowong — klowong", a step name, a canting name, or "jumlah" for the total.
        public var label: String
        /// Dragged lines (pen-downs that move).
        public var lines: Int = 0
        /// Dabs (pen-downs in one place).
        public var dabs: Int = 0
        /// Dots on the cloth: a dab of a multi-spout canting makes one per spout.
        public var dots: Int = 0
        /// Pen-down length along lines, mm.
        public var penDown: Double = 0
        /// Pen-up travel between pen-downs within passes, mm.
        public var penUp: Double = 0
        /// A lower bound on `penUp` for any order of the same strokes, mm.
        public var travelBound: Double = 0
        /// False when some pass's bound is looser than the exact MST.
        public var boundIsExact = true
        /// Area left to the brush, mm².
        public var brushArea: Double = 0
        /// Estimated working time, seconds.
        public var seconds: Double = 0
        /// Estimated wax, grams.
        public var waxGrams: Double = 0

        public init(label: String) {
            self.label = label
        }

        /// Pen lifts: one after every line and every dab.
        public var lifts: Int { lines + dabs }

        mutating func add(_ other: Row) {
            lines += other.lines
            dabs += other.dabs
            dots += other.dots
            penDown += other.penDown
            penUp += other.penUp
            travelBound += other.travelBound
            boundIsExact = boundIsExact && other.boundIsExact
            brushArea += other.brushArea
            seconds += other.seconds
            waxGrams += other.waxGrams
        }
    }

    public var passes: [Row]
    public var steps: [Row]
    public var tools: [Row]
    public var total: Row

    public init(plan: CantingPlan, rates: CantingRates = CantingRates()) {
        var passes: [Row] = []
        var steps: [Row] = []
        var tools: [Row] = []
        var total = Row(label: "jumlah")
        for (k, pass) in plan.passes.enumerated() {
            let row = Self.row(
                for: pass, label: pass.label(number: k + 1),
                bound: k < plan.travelBounds.count ? plan.travelBounds[k] : nil,
                rates: rates)
            passes.append(row)
            let stepLabel = pass.stepName
            if let i = steps.firstIndex(where: { $0.label == stepLabel }) {
                steps[i].add(row)
            } else {
                var r = Row(label: stepLabel)
                r.add(row)
                steps.append(r)
            }
            if let i = tools.firstIndex(where: { $0.label == pass.tool.name }) {
                tools[i].add(row)
            } else {
                var r = Row(label: pass.tool.name)
                r.add(row)
                tools.append(r)
            }
            total.add(row)
        }
        self.passes = passes
        self.steps = steps
        self.tools = tools
        self.total = total
    }

    static func row(for pass: CantingPass, label: String, bound: TravelBound?, rates: CantingRates) -> Row {
        var row = Row(label: label)
        let tool = pass.tool
        let spouts = max(1, tool.spouts.count)
        for s in pass.strokes {
            switch s.kind {
            case .line:
                row.lines += 1
                row.penDown += s.length
            case .dab:
                row.dabs += 1
                row.dots += spouts
            }
        }
        row.penUp = pass.travel
        row.travelBound = bound?.length ?? 0
        row.boundIsExact = bound?.isExact ?? true
        row.brushArea = pass.brushAreas.area
        row.seconds =
            row.penDown / rates.speed(for: tool) + row.penUp / rates.travelSpeed
            + Double(row.lines) * rates.liftSeconds + Double(row.dabs) * rates.dabSeconds
            + row.brushArea / rates.brushRate
        let dotArea = Double.pi * tool.lineWidth * tool.lineWidth / 4
        row.waxGrams = rates.waxGrams(
            area: row.penDown * tool.lineWidth * Double(spouts) + Double(row.dots) * dotArea + row.brushArea)
        return row
    }
}
