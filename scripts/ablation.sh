#!/usr/bin/env bash
# The refinement ablation (iSeg3D Table 3) on our benchmark: the learned model, center protocol, one run per setting
#   none | OR | SS | OR+SS | OF+OR+SS    (OF online fine-tuning, OR Outlier Removal, SS Segment Smoothing)
# writes results/ablation-*.json and regenerates results/RESULTS.md (./iseg3d results).
# The paper's point method (--no-facets): the mesh-aware default is measured by scripts/results.sh and real.sh.
# Extra arguments go to every eval, e.g.  scripts/ablation.sh --model tf-model/runs/r2/ckpt-0020000 --threads 2
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="${ISEG3D_BENCH:-test-scenes/benchmark}"
[ -d "$BENCH" ] || ./iseg3d scenes --out "$BENCH"
mkdir -p results
run() { # name, flags...
  local name="$1"; shift
  echo "== ablation: $name" >&2
  ./iseg3d eval --method learned --protocol center --no-facets "$@" --json "results/ablation-$name.json" "$BENCH"
}
run none     --no-finetune --no-outlier-removal --no-smoothing "${@}"   # --no-finetune is the default
run or       --no-finetune --no-smoothing "${@}"
run ss       --no-finetune --no-outlier-removal "${@}"
run or-ss    --no-finetune "${@}"
run of-or-ss --finetune "${@}"
./iseg3d results --dir results
