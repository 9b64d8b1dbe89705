/// A named colour of the design, given as the dye baths that area of cloth receives
/// (`putih: []`, `biru: [nila]`, `hitam: [nila, soga]`). The visible colour follows from the
/// cloth colour and the baths (BatikWax's colour model), never from paint.
public struct Recipe: Hashable, Sendable {
    public var name: String
    /// Bath names, in bath order.
    public var baths: [String]

    public init(name: String, baths: [String]) {
        self.name = name
        self.baths = baths
    }
}
