import ArgumentParser
import BatikMotif
import BatikWax

extension BatikCommand {
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the wax and dye plan of a motif, step by step.",
            discussion: """
                The plan is written to be read aloud to a class: numbered steps from
                tracing the pattern (nyorek) to boiling off the wax (nglorod), what to
                wax with which canting, the dye baths, scraping (ngerok) and re-waxing
                (mbironi), the amounts on this cloth (new wax in cm², canting lines in
                m, dots) and the colour of every part of the cloth after each step.
                Indonesian by default; --lang en for English. Choose the cloth area
                as for `batik render` (default: 4 × 4 repeats).

                --json prints the same plan as JSON with sorted keys, both languages
                and the work of every canting (format in docs/resist-plan.md).

                Examples:
                  batik plan kawung
                  batik plan kawung --cloth latihan --lang en
                  batik plan surya-majapahit --json > surya-plan.json
                """)

        @Argument(help: "A motif file, a composition file (a whole cloth, docs/compositions.md), or the name of a bundled motif.")
        var motif: String

        @OptionGroup var area: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Option(help: "Language of the plan: id (Bahasa Indonesia) or en (English).")
        var lang: PlanLanguage = .id

        @Flag(help: "Print the plan as JSON.")
        var json = false

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            try CLIError.reporting {
                let design = try CompositionSource.loadDesign(self.motif, settings: settings, forOutput: false)
                if case .composition(let composition, let path) = design {
                    try area.rejectForComposition(path)
                    if json {
                        throw CLIError(
                            "--json is not made for compositions yet", hint: "leave out --json for the plan as text",
                            exitCode: ExitStatus.usage)
                    }
                    let plan = try CompositionPlan.make(composition, path: path)
                    print(CompositionPlanText.render(plan, path: path, language: lang == .id ? .id : .en), terminator: "")
                    return
                }
                let (motif, path) = (design.motif, design.path)
                let plan = try MotifPlanning.plan(motif, path: path, area: area.area(for: motif))
                if json {
                    do {
                        print(try PlanJSON(plan: plan, motif: motif, path: path).encoded(), terminator: "")
                    } catch {
                        throw CLIError("cannot write the plan as JSON: \(error)", exitCode: ExitStatus.software)
                    }
                } else {
                    print(
                        PlanText.render(plan, motif: motif, path: path, language: lang == .id ? .id : .en),
                        terminator: "")
                }
            }
        }
    }
}
