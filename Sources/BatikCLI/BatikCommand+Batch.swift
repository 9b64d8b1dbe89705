import ArgumentParser
import BatikMotif
import BatikRender
import Foundation

extension BatikCommand {
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the listings of a whole catalogue: motifs × colourways × products.",
            discussion: """
                A catalogue is a small YAML file (paths relative to it):

                  motifs: [kawung, parang-rusak, motifs/sekar.yaml]
                  colourways: warna.yaml      # optional; else classic palettes
                  products: [kain, kemeja]    # optional; default kain, kemeja
                  photos: [foto/kaos.yaml]    # optional photo templates
                  market: shopee              # optional; also brand, price, technique,
                  brand: KUBE Sekar Arum      #   cloth (kain-panjang…) and lang (id, en)

                Every motif is made in every colourway: one `batik listing` folder each,
                OUTPUT/MOTIF/COLOURWAY/. Jobs run side by side (--jobs, default: one per
                core). A listing whose inputs have not changed since it was last made is
                skipped, so a stopped batch resumes where it stopped (--again remakes all).
                --shard i/n does every n-th job starting at the i-th, to split a big
                catalogue over machines. A bar shows progress on a terminal.

                Examples:
                  batik batch katalog.yaml -o out/katalog
                  batik batch katalog.yaml -o out/katalog --jobs 1 --shard 2/4
                """)

        @Argument(help: "The catalogue file (YAML).")
        var catalogue: String

        @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (default: out/katalog).", valueName: "folder"))
        var output: String = "out/katalog"

        @Option(help: "Listings made at once (default: one per core).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Do only this share of the jobs, e.g. 1/4.")
        var shard: Shard?

        @Flag(help: "Remake every listing, even those that are up to date.")
        var again = false

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if !(1...64).contains(jobs) { throw ValidationError("--jobs \(jobs) is out of range: use 1 to 64.") }
        }

        func run() throws {
            try CLIError.reporting {
                let all = try Self.jobs(catalogue: catalogue, output: output, limits: limitOptions.limits)
                let mine = all.enumerated().filter { shard?.owns($0.offset) ?? true }.map(\.element)
                let progress = BatchProgress(total: mine.count)
                let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
                let next = Counter()
                let again = self.again
                let started = Date()
                DispatchQueue.concurrentPerform(iterations: min(jobs, max(mine.count, 1))) { _ in
                    while let index = next.take(below: mine.count) {
                        let job = mine[index]
                        let label = "\(job.motif) · \(job.colourway)"
                        if !again && job.isUpToDate {
                            progress.finished(label, skipped: true)
                            continue
                        }
                        let began = Date()
                        // A stale stamp must not survive a failed remake.
                        try? FileManager.default.removeItem(atPath: job.stampPath)
                        let result = Self.runListing(executable, job.arguments)
                        if let error = result {
                            progress.finished(label, error: error)
                        } else {
                            try? job.fingerprint.write(toFile: job.stampPath, atomically: true, encoding: .utf8)
                            progress.finished(label, seconds: Date().timeIntervalSince(began))
                        }
                    }
                }
                let failures = progress.failures
                StandardError.print(
                    "batch: \(mine.count - failures) of \(mine.count) listings ready in \(output)"
                        + (shard.map { " (shard \($0.index)/\($0.count) of \(all.count) jobs)" } ?? "")
                        + String(format: ", %.1f s", Date().timeIntervalSince(started)))
                if failures > 0 {
                    throw CLIError(
                        "\(failures) listing\(failures == 1 ? "" : "s") failed", hint: "see the messages above; run again to retry only those",
                        exitCode: ExitStatus.software)
                }
            }
        }

        /// Runs `batik listing …`; nil on success, else the last line it printed on stderr.
        static func runListing(_ executable: URL, _ arguments: [String]) -> String? {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            let err = Pipe()
            process.standardError = err
            do {
                try process.run()
            } catch {
                return "cannot start \(executable.path): \(error)"
            }
            let errors = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus == 0 { return nil }
            let lines = String(decoding: errors, as: UTF8.self).split(separator: "\n")
            return lines.first { $0.contains("error") }.map(String.init) ?? lines.last.map(String.init) ?? "exit \(process.terminationStatus)"
        }

        /// The catalogue's jobs in a fixed order: motifs as listed, then colourways as listed.
        static func jobs(catalogue path: String, output: String, limits: [LimitSetting] = []) throws(CLIError) -> [BatchJob] {
            let text = try MotifSource.read(path)
            let file: CatalogueFile
            do {
                file = try CatalogueFile.load(yaml: text, path: path)
            } catch {
                throw ColourwaySource.report(error.diagnostics, path: path)
            }
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).path }
            func bad(_ message: String, _ hint: String, at position: SourcePosition? = nil) -> CLIError {
                let p = position ?? SourcePosition(line: 1, column: 1)
                StandardError.print(Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint).description)
                return CLIError("\(path): 1 error; nothing was made", hint: "fix the line named above", exitCode: ExitStatus.dataError)
            }
            if let m = file.market, Market(rawValue: m) == nil {
                throw bad("unknown market '\(m)'", "markets: " + Market.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let t = file.technique, ListingTechnique(rawValue: t) == nil {
                throw bad("unknown technique '\(t)'", "write tulis, cap or print")
            }
            if let c = file.cloth, ClothPreset(rawValue: c) == nil {
                throw bad("unknown cloth '\(c)'", "cloths: " + ClothPreset.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let l = file.language, PlanLanguage(rawValue: l) == nil { throw bad("unknown language '\(l)'", "write id or en") }
            for product in file.products where ProductTemplate.named(product) == nil {
                throw bad("unknown product '\(product)'", "products: " + ProductTemplate.builtIn.map(\.name).joined(separator: ", "))
            }

            var common: [String] = []
            common += ["--products", (file.products.isEmpty ? ["kain", "kemeja"] : file.products).joined(separator: ",")]
            for photo in file.photos { common += ["--photo", resolve(photo)] }
            if let m = file.market { common += ["--market", m] }
            if let b = file.brand { common += ["--brand", b] }
            if let p = file.price { common += ["--price", String(p)] }
            if let t = file.technique { common += ["--technique", t] }
            if let c = file.cloth { common += ["--cloth", c] }
            if let l = file.language { common += ["--lang", l] }
            let colourwayPath = file.colourways.map(resolve)
            if let colourwayPath { common += ["--colourways", colourwayPath] }
            // Each listing runs as a process of its own: it gets this run's limits too.
            for setting in limits { common += ["--limit", "\(setting.limit.rawValue)=\(setting.value)"] }

            var jobs: [BatchJob] = []
            for (index, name) in file.motifs.enumerated() {
                let local = resolve(name)
                let argument = FileManager.default.fileExists(atPath: local) ? local : name
                let motifPath: String
                do {
                    motifPath = try MotifSource.path(for: argument)
                } catch {
                    throw bad("no motif '\(name)'", error.hint ?? "check the name", at: file.motifPositions[index])
                }
                let (motif, _) = try MotifSource.load(motifPath)
                let colourways = try colourwayPath.map { (p: String) throws(CLIError) in try ColourwaySource.load(p, for: motif) }
                    ?? Colourway.presets(for: motif)
                for colourway in colourways {
                    let folder = (output as NSString).appendingPathComponent(
                        ListingMaker.slug(URL(fileURLWithPath: motifPath).deletingPathExtension().lastPathComponent) + "/"
                            + ListingMaker.slug(colourway.name))
                    let arguments = ["listing", motifPath, "--colourway", colourway.name, "-o", folder] + common
                    let inputs = [motifPath] + (colourwayPath.map { [$0] } ?? []) + file.photos.map(resolve)
                    jobs.append(
                        BatchJob(
                            motif: motif.name, colourway: colourway.name, folder: folder, arguments: arguments,
                            fingerprint: BatchJob.fingerprint(of: [BatikVersion.current] + arguments, files: inputs)))
                }
            }
            return jobs
        }
    }
}

/// Hands out job numbers to the workers, each once.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
