public import BatikGeometry
internal import CPotrace
import Foundation

/// Peter Selinger's potrace, the tracer Inkscape uses: a black-and-white bitmap to smooth closed
/// Bézier outlines (P. Selinger, "Potrace: a polygon-based tracing algorithm", 2003).
public enum Potrace {
    /// The settings potrace takes, with its own defaults.
    public struct Settings: Hashable, Sendable {
        /// Specks of ink (and paper holes) of at most this many pixels are dropped (potrace's
        /// `turdsize`).
        public var despeckle: Int
        /// How round corners are: 0 keeps every corner sharp, 1.334 makes everything curves
        /// (potrace's `alphamax`, default 1).
        public var cornerThreshold: Double
        /// How far, in pixels, curves may be joined into fewer (potrace's `opttolerance`, 0.2).
        public var curveTolerance: Double

        public init(despeckle: Int = 2, cornerThreshold: Double = 1, curveTolerance: Double = 0.2) {
            self.despeckle = despeckle
            self.cornerThreshold = cornerThreshold
            self.curveTolerance = curveTolerance
        }
    }

    /// The outlines of the ink in `mask`, in image pixels, y down. Outlines come in potrace's
    /// order (top to bottom); an island of ink inside a hole is an outline of its own.
    public static func trace(_ mask: InkMask, settings: Settings = Settings()) throws(PotraceError) -> [TracedOutline] {
        guard mask.width > 0, mask.height > 0 else { return [] }
        let wordBits = MemoryLayout<potrace_word>.size * 8
        let dy = (mask.width + wordBits - 1) / wordBits
        var words = [potrace_word](repeating: 0, count: dy * mask.height)
        // Scanline y of potrace's bitmap is row y of the image, so potrace's coordinates are the
        // image's (y down); the leftmost pixel is a word's most significant bit.
        for y in 0..<mask.height {
            for x in 0..<mask.width where mask.ink[y * mask.width + x] {
                words[y * dy + x / wordBits] |= potrace_word(1) << potrace_word(wordBits - 1 - x % wordBits)
            }
        }
        guard let param = potrace_param_default() else { throw PotraceError("potrace could not start (out of memory)") }
        defer { potrace_param_free(param) }
        param.pointee.turdsize = Int32(clamping: settings.despeckle)
        param.pointee.alphamax = settings.cornerThreshold
        param.pointee.opttolerance = settings.curveTolerance
        param.pointee.opticurve = 1

        let state: UnsafeMutablePointer<potrace_state_t>? = words.withUnsafeMutableBufferPointer { buffer in
            var bitmap = potrace_bitmap_t(
                w: Int32(mask.width), h: Int32(mask.height), dy: Int32(dy), map: buffer.baseAddress)
            return potrace_trace(param, &bitmap)
        }
        guard let state else {
            throw PotraceError("potrace could not trace the drawing (\(String(cString: strerror(errno))))")
        }
        defer { potrace_state_free(state) }
        guard state.pointee.status == POTRACE_STATUS_OK else {
            throw PotraceError("potrace stopped before the tracing was complete")
        }
        var outlines: [TracedOutline] = []
        collect(siblingsFrom: state.pointee.plist, into: &outlines)
        return outlines
    }

    /// Walks potrace's tree: each '+' path is ink with its '-' children as holes; whatever lies
    /// inside a hole (the children's children) is more ink, collected the same way.
    static func collect(siblingsFrom first: UnsafeMutablePointer<potrace_path_t>?, into outlines: inout [TracedOutline])
    {
        var node = first
        while let path = node {
            if path.pointee.sign == Int32(UInt8(ascii: "+")) {
                var holes: [BezierPath] = []
                var child = path.pointee.childlist
                while let hole = child {
                    holes.append(bezier(hole.pointee.curve))
                    collect(siblingsFrom: hole.pointee.childlist, into: &outlines)
                    child = hole.pointee.sibling
                }
                outlines.append(TracedOutline(exterior: bezier(path.pointee.curve), holes: holes))
            } else {
                // A hole at the top level does not occur in potrace's tree; keep its contents.
                collect(siblingsFrom: path.pointee.childlist, into: &outlines)
            }
            node = path.pointee.sibling
        }
    }

    /// One closed potrace curve as a closed BezierPath: it starts at the end of its last segment;
    /// a curveto segment is a cubic (c[0], c[1] controls, c[2] end), a corner two lines (to the
    /// corner c[1], then to c[2]).
    static func bezier(_ curve: potrace_curve_t) -> BezierPath {
        let n = Int(curve.n)
        guard n > 0, let tags = curve.tag, let c = curve.c else { return BezierPath() }
        func point(_ p: potrace_dpoint_t) -> Point { Point(p.x, p.y) }
        var path = BezierPath()
        path.move(to: point(c[n - 1].2))
        for i in 0..<n {
            let segment = c[i]
            if tags[i] == POTRACE_CORNER {
                path.line(to: point(segment.1))
                path.line(to: point(segment.2))
            } else {
                path.cubic(point(segment.0), point(segment.1), to: point(segment.2))
            }
        }
        path.close()
        return path
    }
}
