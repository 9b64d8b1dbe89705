import Foundation

/// A rosette symmetry: the copies of a motif around one point that make a local repeat (the four
/// fruits of a kawung, the eight petals of a ceplok flower).
///
/// By Leonardo's theorem the finite symmetry groups of the plane are exactly the cyclic groups Cn
/// (n rotations) and the dihedral groups Dn (n rotations and n mirrors), so these constructors
/// cover every local repeat. `transforms` always starts with the identity, and composing any two of
/// them gives another (up to rounding).
public struct Symmetry: Hashable, Sendable {
    /// The copies' transforms, identity first: rotations in increasing angle, then mirrors.
    public let transforms: [AffineTransform]

    private init(transforms: [AffineTransform]) {
        self.transforms = transforms
    }

    /// No repeat: the motif once.
    public static let none = Symmetry(transforms: [.identity])

    /// n-fold rotation (Cn) about `center`: copies turned by k·360°/n, clockwise on paper.
    public static func rotation(_ n: Int, about center: Point = .zero) -> Symmetry {
        precondition(n >= 1, "rotation symmetry needs at least one copy, got \(n)")
        return Symmetry(transforms: (0..<n).map { AffineTransform.rotation(turns: $0, of: n, about: center) })
    }

    /// Bilateral symmetry (D1): the motif and its mirror image across the line through `point` at
    /// `angle` (0° is a horizontal mirror line, 90° a vertical one).
    public static func mirror(across angle: Angle, through point: Point = .zero) -> Symmetry {
        Symmetry(transforms: [.identity, .reflection(across: angle, through: point)])
    }

    /// Dihedral symmetry (Dn) about `center`: the n rotations of `rotation(n)` and n mirrors, whose
    /// lines run through the centre at `mirrorAngle` + k·180°/n.
    public static func dihedral(_ n: Int, about center: Point = .zero, mirrorAngle: Angle = .zero) -> Symmetry {
        precondition(n >= 1, "dihedral symmetry needs at least one copy, got \(n)")
        let rotations = rotation(n, about: center).transforms
        // A mirror at angle α is the mirror at 0° followed by a rotation by 2α; composing with the
        // exact rotations keeps the mirrors at multiples of 15° exact as well.
        let base = AffineTransform.reflection(across: mirrorAngle, through: center)
        let mirrors = (0..<n).map { base.then(AffineTransform.rotation(turns: $0, of: n, about: center)) }
        return Symmetry(transforms: rotations + mirrors)
    }

    /// How many copies the symmetry makes.
    public var order: Int { transforms.count }

    /// Each copy of `path`, in the order of `transforms`.
    public func copies(of path: BezierPath) -> [BezierPath] { transforms.map { path.transformed(by: $0) } }

    /// All copies of `path` as one path.
    public func applied(to path: BezierPath) -> BezierPath {
        copies(of: path).reduce(into: BezierPath()) { $0.append($1) }
    }
}
