internal import BatikGeometry
internal import CCairo

/// A PDF being written page by page through Cairo's PDF surface, streamed to a sink as Cairo
/// produces it. Pages are sized in millimetres; each page is drawn through a `PageCanvas` whose
/// user space is millimetres on the paper, so a length drawn as 100 prints as 100 mm at 100 %.
final class PDFDocument {
    private let surface: CairoSurface
    private let output: CairoStream
    private(set) var pageCount = 0
    private var pageOpen = false

    /// Points (1/72 inch, the PDF unit) per millimetre.
    static let pointsPerMillimetre = 72 / 25.4

    /// Starts a document whose first page is `firstPage` (millimetres).
    init(firstPage: Size, metadata: PDFMetadata, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let stream = CairoStream(sink: sink)
        let pointer = cairo_pdf_surface_create_for_stream(
            CairoStream.write, stream.closure,
            firstPage.width * Self.pointsPerMillimetre, firstPage.height * Self.pointsPerMillimetre)
        guard let pointer else { throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue) }
        self.surface = try CairoSurface(taking: pointer)
        self.output = stream
        cairo_pdf_surface_restrict_to_version(pointer, CAIRO_PDF_VERSION_1_5)
        set(CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let author = metadata.author { set(CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = metadata.subject { set(CAIRO_PDF_METADATA_SUBJECT, subject) }
        if !metadata.keywords.isEmpty { set(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", ")) }
        set(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        // Without a date Cairo writes the clock's, and the same inputs would give different bytes.
        set(CAIRO_PDF_METADATA_CREATE_DATE, metadata.isoDate)
        set(CAIRO_PDF_METADATA_MOD_DATE, metadata.isoDate)
    }

    private func set(_ key: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(surface.pointer, key, value)
    }

    /// Draws one page of `size` (millimetres) labelled `label` in the reader's page list
    /// ("Ringkasan", "B3"), then closes it.
    func page(size: Size, label: String? = nil, draw: (PageCanvas) throws -> Void) throws {
        precondition(!pageOpen, "pages are drawn one at a time")
        pageOpen = true
        defer { pageOpen = false }
        cairo_pdf_surface_set_size(
            surface.pointer, size.width * Self.pointsPerMillimetre, size.height * Self.pointsPerMillimetre)
        if let label { cairo_pdf_surface_set_page_label(surface.pointer, label) }
        let context = try CairoContext(surface: surface)
        let canvas = PageCanvas(context: context, size: size)
        try draw(canvas)
        try context.check()
        cairo_show_page(context.pointer)
        try context.check()
        pageCount += 1
    }

    /// Writes the rest of the file. The sink's own error, if it failed, is rethrown as it was.
    func finish() throws { try output.finish(surface) }
}
