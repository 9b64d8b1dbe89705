/// The toolkit's version, recorded in every file it writes.
public enum BatikVersion {
    public static let current = "0.1.0"
}
