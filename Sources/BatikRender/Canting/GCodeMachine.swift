/// The firmware a wax plotter runs, which decides how the pen is raised and lowered.
public enum GCodeMachine: String, CaseIterable, Hashable, Sendable {
    /// grbl (CNC routers, most DIY plotters): the pen, or the canting's valve, on the Z axis.
    case grbl
    /// Marlin (3-D printer boards): the pen on a hobby servo, `M280 P0 S<angle>`.
    case marlin
}
