/// A list of numbers as SVG attributes write them (`points`, `viewBox`, a transform's arguments):
/// separated by white space and/or a comma (SVG 1.1 §4.2, `list-of-numbers`). Only finite
/// numbers written with digits count: Swift's `Double("nan")` and `Double("inf")` are refused.
enum SVGNumberList {
    /// The numbers, or the first item that is not one.
    static func parse(_ text: String) -> Result<[Double], Failure> {
        var values: [Double] = []
        for item in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            guard item.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true,
                let v = Double(item), v.isFinite
            else { return .failure(Failure(item: String(item))) }
            values.append(v)
        }
        return .success(values)
    }

    struct Failure: Error {
        var item: String
    }
}
