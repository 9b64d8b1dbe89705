#!/usr/bin/env bash
# Type-checks CantingJob+ResistPlan.swift (compiled only with BATIK_RESIST_PLAN) against the
# resist plan's public model as announced, until the real ResistPlan lands in this tree.
# Needs a debug build (`swift build`) for the module files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/ResistPlanModel.swift" <<'SWIFT'
import BatikGeometry
public enum StepKind: String, CaseIterable, Sendable {
    case nyorek, nglowong, nerusi, ngiseni, nembok, nyolet, medel, celup, nyoga, ngerok, mbironi, nglorod
}
public struct WaxWork: Sendable { public var tool: String; public var lines: [Polyline]; public var dots: [Point]; public var areas: Region }
public struct ProcessStep: Sendable { public var kind: StepKind; public var bath: String?; public var work: [WaxWork]; public var scrape: Region }
public struct ResistPlan: Sendable { public var steps: [ProcessStep]; public var placements: [BatikGeometry.AffineTransform]; public var area: Rect }
SWIFT
{ echo "import BatikWax"; cat "$root/Sources/BatikWax/Canting/CantingJob+ResistPlan.swift"; } > "$work/Adapter.swift"
cd "$root"
swiftc -typecheck -D BATIK_RESIST_PLAN -module-name ResistPlanCheck -I .build/debug/Modules \
    -Xcc -fmodule-map-file=Sources/CGEOS/module.modulemap \
    -Xcc -fmodule-map-file=.build/checkouts/Yams/Sources/CYaml/include/module.modulemap \
    "$work/ResistPlanModel.swift" "$work/Adapter.swift"
echo "the resist plan adapter type-checks against the announced model"
