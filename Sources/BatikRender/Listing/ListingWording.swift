internal import BatikWax

/// What the listing pictures say.
enum ListingWording {
    static let front = LocalizedText(id: "Depan", en: "Front")
    static let back = LocalizedText(id: "Belakang", en: "Back")
    static let backNote = LocalizedText(
        id: "Motif tembus ke belakang kain: tanda batik tulis",
        en: "The motif goes through to the back: the mark of batik tulis")
    static let wholeCloth = LocalizedText(id: "Kain utuh", en: "The whole cloth")
    static func centimetres(_ mm: Double) -> LocalizedText {
        let cm = LocalizedText.number(mm / 10, decimals: 1)
        return LocalizedText(id: cm.id + " cm", en: cm.en + " cm")
    }
}
