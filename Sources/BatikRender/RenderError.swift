internal import BatikMotif

/// A render that cannot be made, found before any work is done, with a message that says what to
/// change.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    case resolutionOutOfRange(dpi: Double, allowed: ClosedRange<Double>)
    case emptyArea(width: Double, height: Double)
    case imageTooWide(PixelSize, dpi: Double, maxSide: Int)
    case imageTooLarge(PixelSize, dpi: Double, maxPixels: Int64)
    case bandHeightOutOfRange(Int)

    public var description: String {
        switch self {
        case .resolutionOutOfRange(let dpi, let allowed):
            "The resolution \(PreviewRenderer.format(dpi)) DPI is outside the supported range "
                + "\(PreviewRenderer.format(allowed.lowerBound))–\(PreviewRenderer.format(allowed.upperBound)) DPI."
        case .emptyArea(let width, let height):
            "The cloth area \(PreviewRenderer.format(width)) × \(PreviewRenderer.format(height)) mm is empty; "
                + "both sides must be positive."
        case .imageTooWide(let size, let dpi, let maxSide):
            "At \(PreviewRenderer.format(dpi)) DPI the image would be \(size), more than \(maxSide) pixels on a side. "
                + "Choose a lower DPI or a smaller area."
        case .imageTooLarge(let size, let dpi, let maxPixels):
            "At \(PreviewRenderer.format(dpi)) DPI the image would be \(size) (\(size.pixelCount / 1_000_000) megapixels), "
                + "more than the limit of \(maxPixels / 1_000_000) megapixels. Choose a lower DPI or a smaller area "
                + "(\(AdjustableLimit.megapixels.howToChange))."
        case .bandHeightOutOfRange(let rows):
            "The band height \(rows) must be between 1 and \(PreviewRenderer.maxPixelsPerSide) rows."
        }
    }
}
