#!/usr/bin/env bash
# The real furniture split (issue 12): builds the corpus if missing (./iseg3d corpus: Debian's sweethome3d-furniture,
# CC0/CC-BY libraries only, into the git-ignored corpus/ folder), then one eval per row of the side-by-side table of
# results/RESULTS.md into results/real-*.json, then the page (./iseg3d results).
# Extra arguments go to every eval, e.g.  scripts/real.sh --threads 2
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SPLIT="${ISEG3D_REAL:-corpus/eval}"
[ -d "$SPLIT" ] || ./iseg3d corpus
mkdir -p results
ev() { # json flags...
  local j="$1"; shift
  echo "== $j $*" >&2
  ./iseg3d eval --json "results/$j.json" "$@" "$SPLIT"
}
ev real-learned --method learned "$@"
ev real-learned-area --method learned --iou area "$@"
ev real-learned-greedy --method learned --protocol greedy "$@"
ev real-learned-no-facets --method learned --no-facets "$@"
ev real-learned-no-facets-greedy --method learned --no-facets --protocol greedy "$@"
ev real-xyz --method xyz "$@"
ev real-xyz-facets --method xyz --facets "$@"
ev real-fpfh --method fpfh "$@"
ev real-fpfh-facets --method fpfh --facets "$@"
ev real-linked --method linked "$@"
ev real-facets --method facets "$@"
./iseg3d results --dir results
