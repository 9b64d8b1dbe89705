import BatikGeometry

extension Region {
    /// `body(self)`, or `body(repaired())` when GEOS refuses the region: a valid region moved by a
    /// lattice vector can, after rounding, touch itself, which GEOS's overlay rejects.
    func repairingIfNeeded<T>(_ body: (Region) throws(RegionError) -> T) throws(RegionError) -> T {
        do {
            return try body(self)
        } catch {
            return try body(try repaired())
        }
    }
}
