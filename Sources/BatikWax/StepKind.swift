public import BatikMotif

/// The steps of batik tulis, by their Javanese/Indonesian names (DOMAIN.md, "The process"), in the
/// order a plan can use them. `docs/resist-plan.md` glosses each.
public enum StepKind: String, CaseIterable, Sendable {
    /// Trace the pola (the 1:1 pattern) onto the cloth with a pencil.
    case nyorek
    /// First waxing of the outlines, usually with the canting klowong.
    case nglowong
    /// The same lines waxed again from the back, so the resist goes through.
    case nerusi
    /// Isen-isen fillers (dots and fine lines) with small cantings.
    case ngiseni
    /// Large areas blocked with tembok wax, with the canting tembok or a brush.
    case nembok
    /// A colet dye brushed locally inside wax outlines.
    case nyolet
    /// The indigo (nila) bath.
    case medel
    /// Any other dip bath ("celup NAME").
    case celup
    /// The soga brown bath.
    case nyoga
    /// Scraping wax off where the next colour must reach.
    case ngerok
    /// Re-waxing what must keep its colour before the next bath.
    case mbironi
    /// Boiling all the wax off.
    case nglorod

    /// The step that applies `dye`: nyolet for a colet dye, medel for indigo (a bath named nila,
    /// indigo or tom), nyoga for soga, otherwise celup.
    public static func bath(_ dye: Dye) -> StepKind {
        if dye.method == .colet { return .nyolet }
        let name = dye.name.lowercased()
        if ["nila", "indigo", "tom", "tarum"].contains(where: { name.contains($0) }) { return .medel }
        if name.contains("soga") { return .nyoga }
        return .celup
    }

    /// True for the steps in which a dye reaches the cloth.
    public var isBath: Bool { self == .nyolet || self == .medel || self == .celup || self == .nyoga }
}
