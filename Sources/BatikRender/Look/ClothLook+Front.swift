public import BatikMotif
public import BatikWax
internal import BatikGeometry

extension ClothLook {
    /// The cloth as photographed: the clean preview of `layout`, then, pixel by pixel, the wax
    /// edges displaced by a smooth noise field, dark dye feathered into the light side of each
    /// edge, crackle veins inside the areas `plan` blocked before a later dark bath (none without
    /// a plan or with `crackle` off), uneven dyeing, and the weave. `dpi` is the resolution; the
    /// image is the layout's area at that resolution, like `PreviewRenderer.image`.
    ///
    /// - Throws: `RenderError` for a resolution or size out of range (more than
    ///   `ClothLook.maxPixelCount` pixels included), `PaletteError`, `CairoError`.
    public func front(layout: MotifLayout, motif: Motif, plan: ResistPlan?, dpi: Double) throws -> RGBImage {
        let renderer = PreviewRenderer(dpi: dpi)
        let size = try renderer.checkedPixelSize(for: layout.area)
        guard size.pixelCount <= Int64(Self.maxPixelCount) else {
            throw RenderError.imageTooLarge(size, dpi: dpi, maxPixels: Int64(Self.maxPixelCount))
        }
        let clean = try renderer.image(layout: layout, motif: motif)
        let scale = PreviewRenderer.pixelsPerMillimetre(dpi: dpi)
        let width = size.width, height = size.height
        let veinMap =
            if crackle, let plan {
                try CrackleMap(plan: plan, motif: motif, area: layout.area, scale: scale, width: width, height: height)
            } else {
                CrackleMap(empty: width, height)
            }

        // The bleed's feather: the clean image blurred over the narrowest and the widest reach.
        let count = width * height * 3
        var near = [UInt8](repeating: 0, count: count)
        var far = [UInt8](repeating: 0, count: count)
        var output = [UInt8](repeating: 0, count: count)
        let nearRadius = Int((bleedWidth.lowerBound * scale).rounded())
        let farRadius = max(nearRadius, Int((bleedWidth.upperBound * scale).rounded()))
        clean.pixels.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { scratch in
                near.withUnsafeMutableBufferPointer {
                    BoxBlur.blur(source, into: $0, scratch: scratch, width: width, height: height, radius: nearRadius)
                }
                far.withUnsafeMutableBufferPointer {
                    BoxBlur.blur(source, into: $0, scratch: scratch, width: width, height: height, radius: farRadius)
                }
            }
        }

        let work = FrontPixels(
            look: self, noise: LookNoise(seed: seed), scale: scale, origin: layout.area.origin,
            width: width, height: height, cloth: motif.cloth, veinMap: veinMap)
        clean.pixels.withUnsafeBufferPointer { clean in
            near.withUnsafeBufferPointer { near in
                far.withUnsafeBufferPointer { far in
                    output.withUnsafeMutableBufferPointer { out in
                        for y in 0..<height { work.row(y, clean: clean, near: near, far: far, into: out) }
                    }
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: output)
    }
}

/// The per-pixel work of `ClothLook.front`, with everything that does not depend on the pixel
/// computed once: noise scales, tables, the thread bends of each row and column.
struct FrontPixels {
    let look: ClothLook
    let noise: LookNoise
    let scale: Double
    let origin: Point
    let width: Int
    let height: Int
    let veinMap: CrackleMap
    let veins: CrackleVeins
    let weave: WeaveTexture
    let mottle: DyeDensityTable
    let veinColours: [(Double, Double, Double)]
    /// Warp threads shifted sideways per row, weft threads per column (pixels): a cloth is never
    /// woven or stretched perfectly square.
    let rowBend: [Double]
    let columnBend: [Double]

    /// How far the threads wander, millimetres, and over what length.
    static let bendAmplitude = 0.08
    static let bendWavelength = 9.0
    /// Finer wobble: the wax following the threads, relative to the main wobble's wavelength and size.
    static let fineWobbleScale = 0.2
    static let fineWobbleWeight = 0.45
    /// Wobble peak to typical displacement (value noise stays mostly within ±0.6).
    static let wobbleGain = 1.7

    init(
        look: ClothLook, noise: LookNoise, scale: Double, origin: Point, width: Int, height: Int, cloth: RGBColour,
        veinMap: CrackleMap
    ) {
        self.look = look
        self.noise = noise
        self.scale = scale
        self.origin = origin
        self.width = width
        self.height = height
        self.veinMap = veinMap
        veins = CrackleVeins(
            spacing: look.crackleSpacing, veinWidth: look.veinWidth, scale: scale, noise: noise,
            stream: look.seed &+ 0x2929)
        weave = WeaveTexture(pitch: look.threadPitch, scale: scale, stream: look.seed &+ 0x1111)
        mottle = DyeDensityTable(cloth: (cloth.red, cloth.green, cloth.blue), spread: look.mottling)
        veinColours = veinMap.veinColours.map { (Double($0.0), Double($0.1), Double($0.2)) }
        let bend = Self.bendAmplitude * scale
        rowBend = (0..<height).map { y in
            bend * noise(0.37, (origin.y + (Double(y) + 0.5) / scale) / Self.bendWavelength)
        }
        columnBend = (0..<width).map { x in
            bend * noise((origin.x + (Double(x) + 0.5) / scale) / Self.bendWavelength, 91.63)
        }
    }

    func row(
        _ y: Int, clean: UnsafeBufferPointer<UInt8>, near: UnsafeBufferPointer<UInt8>,
        far: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>
    ) {
        let s = scale
        let ym = origin.y + (Double(y) + 0.5) / s
        let wavelength = look.wobbleWavelength
        let fine = wavelength * Self.fineWobbleScale
        let ampScale = wavelength * 4
        let wobble = look.wobble * Self.wobbleGain * s
        let bleedScale = 1.3
        let mottleScale = look.mottleWavelength
        let contrast = look.weaveContrast
        let sheen = 255 * look.weaveSheen
        let maxX = Double(width - 1), maxY = Double(height - 1)
        let hasVeins = !veinMap.isEmpty
        for x in 0..<width {
            let xm = origin.x + (Double(x) + 0.5) / s
            // (b) Wax edges wander: the image is sampled through a smooth displacement field over
            // the whole cloth, whose strength itself drifts along the line.
            let amp = wobble * (0.55 + 0.75 * noise(xm / ampScale + 17.3, ym / ampScale + 3.1))
            let dx =
                amp
                * (noise(xm / wavelength, ym / wavelength)
                    + Self.fineWobbleWeight * noise(xm / fine + 55.5, ym / fine + 21.2))
            let dy =
                amp
                * (noise(xm / wavelength + 131.7, ym / wavelength + 77.7)
                    + Self.fineWobbleWeight * noise(xm / fine + 8.25, ym / fine + 190.4))
            let sx = min(max(Double(x) + dx, 0), maxX)
            let sy = min(max(Double(y) + dy, 0), maxY)
            let x0 = Int(sx), y0 = Int(sy)
            let x1 = min(x0 + 1, width - 1), y1 = min(y0 + 1, height - 1)
            let tx = sx - Double(x0), ty = sy - Double(y0)
            let i00 = (y0 * width + x0) * 3, i10 = (y0 * width + x1) * 3
            let i01 = (y1 * width + x0) * 3, i11 = (y1 * width + x1) * 3
            let w00 = (1 - tx) * (1 - ty), w10 = tx * (1 - ty), w01 = (1 - tx) * ty, w11 = tx * ty
            @inline(__always) func sample(_ p: UnsafeBufferPointer<UInt8>, _ c: Int) -> Double {
                Double(p[i00 + c]) * w00 + Double(p[i10 + c]) * w10 + Double(p[i01 + c]) * w01
                    + Double(p[i11 + c]) * w11
            }
            var r = sample(clean, 0), g = sample(clean, 1), b = sample(clean, 2)

            // (c) Dark dye creeps into the light side of an edge, by a reach that varies along it.
            let reach = min(max(0.5 + 0.9 * noise(xm / bleedScale + 9.9, ym / bleedScale + 42.4), 0), 1)
            let nr = sample(near, 0), ng = sample(near, 1), nb = sample(near, 2)
            let br = nr + (sample(far, 0) - nr) * reach
            let bg = ng + (sample(far, 1) - ng) * reach
            let bb = nb + (sample(far, 2) - nb) * reach
            if 0.299 * br + 0.587 * bg + 0.114 * bb < 0.299 * r + 0.587 * g + 0.114 * b {
                let k = look.bleedStrength * (0.45 + 0.55 * reach)
                r += (br - r) * k
                g += (bg - g) * k
                b += (bb - b) * k
            }

            // (d) Remukan veins inside the blocked areas, which move with their wax edges.
            if hasVeins {
                let label = Int(veinMap.groups[Int(sy + 0.5) * width + Int(sx + 0.5)])
                if label > 0 {
                    let a = look.veinStrength * veins.coverage(xm, ym)
                    if a > 0 {
                        let v = veinColours[label - 1]
                        r += (v.0 - r) * a
                        g += (v.1 - g) * a
                        b += (v.2 - b) * a
                    }
                }
            }

            // (e) Uneven dyeing: more or less dye in broad patches.
            let level = mottle.level(
                1.4 * noise(xm / mottleScale + 301.1, ym / mottleScale + 7.7) + 0.5
                    * noise(xm / (mottleScale * 0.25) + 44.4, ym / (mottleScale * 0.25) + 150.2))
            let mr = Double(mottle.apply(level: level, channel: 0, Self.byte(r)))
            let mg = Double(mottle.apply(level: level, channel: 1, Self.byte(g)))
            let mb = Double(mottle.apply(level: level, channel: 2, Self.byte(b)))

            // (a) The weave over everything.
            let m = weave.modulation(Double(x) + rowBend[y], Double(y) + columnBend[x])
            let gain = 1 + contrast * m
            let lift = sheen * m
            let o = (y * width + x) * 3
            out[o] = Self.byte(mr * gain + lift)
            out[o + 1] = Self.byte(mg * gain + lift)
            out[o + 2] = Self.byte(mb * gain + lift)
        }
    }

    /// Rounded to the nearest byte (halves up, as `rounded()` for these non-negative values), without
    /// the libm call `rounded()` makes on baseline x86-64.
    @inline(__always)
    static func byte(_ v: Double) -> UInt8 { UInt8(truncatingIfNeeded: Int(min(max(v, 0), 255) + 0.5)) }
}
