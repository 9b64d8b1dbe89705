public import Foundation

/// What a PDF says about itself in a reader's "Document properties": shown to the trainer who opens
/// it and indexed by file managers. The creation date is an input, never the clock, so the same
/// inputs give the same bytes.
public struct PDFMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var creator: String
    /// Written as the document's creation and modification date (UTC).
    public var date: Date

    public init(
        title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [],
        creator: String = "batik", date: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }

    /// `YYYY-MM-DDThh:mm:ssZ`, the ISO 8601 form Cairo expects.
    var isoDate: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0,
            c.minute ?? 0, c.second ?? 0)
    }
}
