#!/usr/bin/env bash
# The NAB realTweets score of `spike nab`, from a clean state, with NAB's own Python scorer:
#   test/bench/nab-score.sh [OUT_DIR]
# Needs a built repository (npm ci), NAB's code at $NAB_DIR (default /tmp/NAB: git clone
# https://github.com/numenta/NAB, commit ea702d7) and a Python with pandas and simplejson at
# $NAB_PYTHON (default /tmp/nab-venv/bin/python: python3 -m venv /tmp/nab-venv &&
# /tmp/nab-venv/bin/pip install pandas simplejson). Extra `spike nab` flags go in $SPIKE_NAB_ARGS.
# Writes spike's result files, the null detector's and NAB's scores under OUT_DIR (default a
# fresh temporary directory) and prints the normalised scores per profile.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$(cd "$ROOT/../shared/data/nab" && pwd)
NAB_DIR=${NAB_DIR:-/tmp/NAB}
NAB_PYTHON=${NAB_PYTHON:-/tmp/nab-venv/bin/python}
OUT=${1:-$(mktemp -d /tmp/nab-score.XXXXXX)}

[ -f "$NAB_DIR/run.py" ] || { echo "no NAB at $NAB_DIR (set NAB_DIR)" >&2; exit 1; }
"$NAB_PYTHON" -c 'import pandas, simplejson' || { echo "$NAB_PYTHON lacks pandas or simplejson (set NAB_PYTHON)" >&2; exit 1; }

rm -rf "$OUT/results" "$OUT/spike-out"
mkdir -p "$OUT/results/spike" "$OUT/results/null/realTweets"
# shellcheck disable=SC2086 # SPIKE_NAB_ARGS is a list of flags
node "$ROOT/services/cli/bin/spike.js" nab --data "$DATA" --out "$OUT/spike-out" ${SPIKE_NAB_ARGS:-} 2>"$OUT/spike-nab.log"
cp -r "$OUT/spike-out/realTweets" "$OUT/results/spike/"

# NAB normalises against its null detector, which scores every row 0.5.
for f in "$DATA"/realTweets/*.csv; do
  awk -F, 'NR==1{print "timestamp,value,anomaly_score,label";next}{print $1","$2",0.5,0"}' "$f" \
    >"$OUT/results/null/realTweets/null_$(basename "$f")"
done
echo '{}' >"$OUT/thresholds.json"

# --optimize picks each profile's threshold on these ten files alone (column B of the
# published table in ../shared/data/nab/README.md).
(cd "$NAB_DIR" && "$NAB_PYTHON" run.py --optimize --score --normalize --skipConfirmation \
  -d spike,null --dataDir "$DATA" --windowsFile "$DATA/labels-realTweets.json" \
  --resultsDir "$OUT/results" --thresholdsFile "$OUT/thresholds.json" \
  --profilesFile "$NAB_DIR/config/profiles.json" >"$OUT/nab.log" 2>&1) || { cat "$OUT/nab.log" >&2; exit 1; }

"$NAB_PYTHON" - "$OUT" <<'EOF'
import json, sys, csv, os
out = sys.argv[1]
final = json.load(open(os.path.join(out, "results", "final_results.json")))["spike"]
thresholds = json.load(open(os.path.join(out, "thresholds.json")))["spike"]
for profile in ("standard", "reward_low_FP_rate", "reward_low_FN_rate"):
    rows = list(csv.DictReader(open(os.path.join(out, "results", "spike", f"spike_{profile}_scores.csv"))))
    total = next(r for r in rows if r["Detector"] == "Totals")
    print(f"{profile:20s} {final[profile]:6.2f}  threshold {thresholds[profile]['threshold']:.4f}"
          f"  TP {int(float(total['TP']))} FP {int(float(total['FP']))} FN {int(float(total['FN']))}")
EOF
echo "files in $OUT" >&2
