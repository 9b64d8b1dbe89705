public import BatikGeometry

/// How a canting plan becomes G-code: the machine, its feeds, pen heights and work area.
public struct GCodeOptions: Hashable, Sendable {
    public var machine: GCodeMachine = .grbl
    /// Feed while the pen is down, mm/min. Default 600 (10 mm/s, the hand's *assumed* line speed).
    public var feed: Double = 600
    /// Feed for pen-up moves, mm/min (written on `G1`: grbl ignores F on `G0` rapids, and a rapid
    /// would fling wax from the spout). Default 3000.
    public var travelFeed: Double = 3000
    /// The machine's work area, width (X) × height (Y), mm. Default 1150 × 2500 mm, the UGM CNC
    /// canting machine's frame for a 115 × 250 cm cloth (DOMAIN.md).
    public var workArea = Size(1150, 2500)
    /// Lay the cloth on the machine turned a quarter (its length along Y).
    public var turned = false
    /// grbl: Z of the raised and lowered pen, mm.
    public var penUpZ: Double = 5
    public var penDownZ: Double = 0
    /// Marlin: servo angles of the raised and lowered pen, degrees, and the time the servo needs.
    public var servoUp: Double = 90
    public var servoDown: Double = 30
    public var servoMilliseconds: Int = 150
    /// How long the pen stays down for a dab, milliseconds.
    public var dabMilliseconds: Int = 300

    public init() {}
}
