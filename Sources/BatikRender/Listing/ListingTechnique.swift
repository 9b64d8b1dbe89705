/// How the cloth was made, stated honestly in the listing: marketplaces require batik print to be
/// labelled as print, and tulis or cap is what buyers pay more for (DOMAIN.md).
public enum ListingTechnique: String, CaseIterable, Hashable, Sendable {
    /// Drawn by hand with a canting.
    case tulis
    /// Stamped with a copper cap.
    case cap
    /// Printed: not wax-resist batik at all.
    case print
}
