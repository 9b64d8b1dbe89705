/// The centres of the runs of consecutive positions in `range` where `isInk` holds: ruler ticks
/// or dots met along one row of a rendered page, in pixels (a run from 10 to 12 is centred at 11).
public func runCentres(in range: Range<Int>, _ isInk: (Int) -> Bool) -> [Double] {
    var centres: [Double] = []
    var x = range.lowerBound
    while x < range.upperBound {
        if isInk(x) {
            let start = x
            while x < range.upperBound && isInk(x) { x += 1 }
            centres.append(Double(start + x - 1) / 2)
        } else {
            x += 1
        }
    }
    return centres
}
