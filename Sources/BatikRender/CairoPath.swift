internal import BatikGeometry
internal import CCairo

/// A `BezierPath` converted once into Cairo's path data, to be appended to a context any number of
/// times under different transforms (`cairo_append_path` maps the data through the current
/// transform). The data is built by hand, as Cairo documents, so the coordinates keep full double
/// precision; it is owned here, never by Cairo.
final class CairoPath {
    private let data: UnsafeMutablePointer<cairo_path_data_t>
    private let path: UnsafeMutablePointer<cairo_path_t>
    /// Number of `cairo_path_data_t` items (headers and points).
    let count: Int

    init(_ bezier: BezierPath) {
        var items: [cairo_path_data_t] = []
        func header(_ type: cairo_path_data_type_t, _ length: Int) {
            var item = cairo_path_data_t()
            item.header.type = type
            item.header.length = Int32(length)
            items.append(item)
        }
        func point(_ p: Point) {
            var item = cairo_path_data_t()
            item.point.x = p.x
            item.point.y = p.y
            items.append(item)
        }
        for element in bezier.cubicsOnly().elements {
            switch element {
            case .move(let p):
                header(CAIRO_PATH_MOVE_TO, 2)
                point(p)
            case .line(let p):
                header(CAIRO_PATH_LINE_TO, 2)
                point(p)
            case .cubic(let c1, let c2, let p):
                header(CAIRO_PATH_CURVE_TO, 4)
                point(c1)
                point(c2)
                point(p)
            case .close:
                header(CAIRO_PATH_CLOSE_PATH, 1)
            case .quad, .arc:
                preconditionFailure("cubicsOnly() leaves no quadratic or arc segments")
            }
        }
        count = items.count
        data = .allocate(capacity: max(1, items.count))
        data.initialize(from: items, count: items.count)
        path = .allocate(capacity: 1)
        path.initialize(to: cairo_path_t(status: CAIRO_STATUS_SUCCESS, data: data, num_data: Int32(items.count)))
    }

    deinit {
        path.deinitialize(count: 1)
        path.deallocate()
        data.deinitialize(count: count)
        data.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Appends the path to `context`'s current path, in its current user space.
    func append(to context: OpaquePointer) {
        cairo_append_path(context, path)
    }
}
