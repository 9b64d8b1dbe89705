import Foundation
import Testing

@testable import BatikMotif

@Suite("Expressions")
struct ExpressionTests {
    func value(_ text: String, _ names: [String: Double] = [:], sourceLocation: SourceLocation = #_sourceLocation) -> Double? {
        do {
            return try Expression(text).evaluate(names)
        } catch {
            Issue.record("\(text): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The error of parsing and evaluating `text`.
    func failure(_ text: String, _ names: [String: Double] = [:]) -> ExpressionError? {
        do {
            _ = try Expression(text).evaluate(names)
            return nil
        } catch {
            return error
        }
    }

    static let arithmetic: [(String, Double)] = [
        ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("2 * 3 / 4", 1.5), ("10 % 4", 2),
        ("-2^2", -4), ("2^3^2", 512), ("2^-1", 0.5), ("2 * -3", -6), ("--3", 3), ("+4", 4),
        ("-size/4", -6), ("(size - gap) / 2", 11), ("size * 0.42", 10.08), ("1e-3 * 1000", 1), (".5 + 2.", 2.5),
        ("1 - 2 + 3", 2), ("7 % 4 * 2", 6), ("2 ^ 2 * 3", 12),
    ]

    @Test(arguments: arithmetic)
    func precedenceAndAssociativity(text: String, expected: Double) {
        let v = value(text, ["size": 24, "gap": 2])
        let close = v.map { abs($0 - expected) < 1e-12 } ?? false
        #expect(close, "\(text) = \(String(describing: v)), expected \(expected)")
    }

    static let functions: [(String, Double)] = [
        ("sin(30)", 0.5), ("cos(60)", 0.5), ("tan(45)", 1), ("asin(1)", 90), ("acos(0)", 90), ("atan(1)", 45),
        ("sqrt(16)", 4), ("abs(-3)", 3), ("min(3, 1, 2)", 1), ("max(3, 1, 2)", 3), ("max(5)", 5), ("floor(2.7)", 2),
        ("ceil(2.1)", 3), ("round(2.5)", 3), ("round(-2.5)", -3), ("pow(2, 10)", 1024), ("pi", Double.pi),
        ("2 * pi * 10", 20 * Double.pi), ("sqrt(pow(3, 2) + pow(4, 2))", 5), ("cos(360 / 8) * 2", 2.0.squareRoot()),
    ]

    @Test(arguments: functions)
    func functionsUseDegrees(text: String, expected: Double) {
        let v = value(text)
        let close = v.map { abs($0 - expected) < 1e-9 } ?? false
        #expect(close, "\(text) = \(String(describing: v)), expected \(expected)")
    }

    @Test func syntaxErrorsCarryTheOffsetOfTheOffendingCharacter() {
        let cases: [(String, Int, String)] = [
            ("1 + * 2", 4, "expected a number, a name or '(', found '*'"),
            ("(1 + 2", 0, "missing ')'"),
            ("(1 + 2 3", 7, "expected ')'"),
            ("2 3", 2, "unexpected '3'"),
            ("1 + 2)", 5, "')' without a matching '('"),
            ("sine(30)", 0, "unknown function 'sine'"),
            ("1 + pow(2)", 4, "'pow' takes 2 numbers, found 1"),
            ("sin(1, 2)", 0, "'sin' takes 1 number, found 2"),
            ("max(1,", 6, "the expression ends too early"),
            ("3 $ 4", 2, "unexpected '$'"),
            ("1e", 1, "exponent"),
            ("", 0, "empty expression"),
            ("4 *", 3, "ends too early"),
        ]
        for (text, offset, message) in cases {
            let e = failure(text)
            let matches = e?.offset == offset && e?.message.contains(message) == true
            #expect(matches, "\(text): \(String(describing: e))")
        }
        #expect(failure("sine(30)")?.hint == "did you mean 'sin'?")
    }

    @Test func evaluationErrorsNameTheProblemAndItsPlace() {
        let names: [String: Double] = ["size": 24, "gap": 0]
        let unknown = failure("2 * siz", names)
        #expect(unknown?.offset == 4 && unknown?.message == "unknown name 'siz'" && unknown?.hint == "did you mean 'size'?")
        let division = failure("size / gap", names)
        #expect(division?.offset == 5 && division?.message == "division by zero")
        #expect(failure("size % gap", names)?.message == "division by zero")
        let root = failure("1 + sqrt(-1)", names)
        #expect(root?.offset == 4 && root?.message == "sqrt(-1) is not a finite number")
        #expect(failure("asin(2)")?.hint == "asin needs a number from -1 to 1")
        let huge = failure("10 ^ 400")
        #expect(huge?.offset == 3 && huge?.message.contains("not a finite number") == true)
        let function = failure("sin * 2")
        #expect(function?.message == "'sin' is a function" && function?.hint == "write sin(…)")
    }

    @Test func expressionsReportTheNamesTheyRead() throws {
        #expect(try Expression("size * 2 + min(gap, pi)").names == ["size", "gap"])
    }
}
