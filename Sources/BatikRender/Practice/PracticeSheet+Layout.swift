public import BatikGeometry
internal import BatikWax

/// Where everything goes on the practice pages: decided before drawing, so the footer can say
/// "page 2 of 7" and tests can look for a drill where it was put.
extension PracticeSheet {
    /// One page: one level's drills (a level that does not fit goes on over several pages).
    public struct Page: Sendable {
        public var level: Int
        /// 1 for the level's first page, 2 for its continuation…
        public var part: Int
        public var drills: [PlacedDrill]
    }

    /// A drill on its page: the text block's top and both boxes, in page millimetres.
    public struct PlacedDrill: Sendable {
        public var drill: PracticeDrill
        /// "1.2": level and place in the level.
        public var number: String
        public var top: Double
        public var model: Rect
        public var practice: Rect
    }

    /// Side margins: inside every office printer's unprintable border (4–6.35 mm) with room.
    public static let margin = 12.0
    /// Height of a drill's heading, instruction and box captions above its boxes.
    static let drillHeader = 19.0
    /// Space after a drill before the next.
    static let drillGap = 5.0
    /// Top of the first drill: below the page's title, purpose and legend.
    static let contentTop = 36.0
    /// Height kept at the bottom for the ruler and the footer.
    static let bottomBand = 27.0

    /// The pages in order.
    public var pages: [Page] {
        let size = paper.size
        let bottom = size.height - Self.bottomBand
        let gap = max(6, size.width - 2 * Self.margin - 2 * PracticeDrill.boxWidth)
        var pages: [Page] = []
        for level in levels {
            let drills = PracticeDrill.drills(level: level, tool: tool)
            guard !drills.isEmpty else { continue }
            var page = Page(level: level, part: 1, drills: [])
            var y = Self.contentTop
            for (i, drill) in drills.enumerated() {
                let height = Self.drillHeader + drill.size.height
                if !page.drills.isEmpty, y + height > bottom {
                    pages.append(page)
                    page = Page(level: level, part: page.part + 1, drills: [])
                    y = Self.contentTop
                }
                let boxTop = y + Self.drillHeader
                let model = Rect(x: Self.margin, y: boxTop, width: drill.size.width, height: drill.size.height)
                let practice = Rect(
                    x: Self.margin + drill.size.width + gap, y: boxTop, width: drill.size.width,
                    height: drill.size.height)
                page.drills.append(
                    PlacedDrill(drill: drill, number: "\(level).\(i + 1)", top: y, model: model, practice: practice))
                y += height + Self.drillGap
            }
            pages.append(page)
        }
        return pages
    }

    /// The page's label in a PDF reader's page list: "Tingkat 2", "Tingkat 2 (lanjutan)".
    func label(of page: Page) -> String {
        let base = "\(PracticeWording.level[language]) \(page.level)"
        return page.part == 1 ? base : "\(base) (\(page.part))"
    }
}
