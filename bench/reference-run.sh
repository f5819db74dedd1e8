#!/usr/bin/env bash
# The sequence behind the committed reference figures (docs/performance.md), one command after another
# on an otherwise idle machine. Each step writes its raw JSON to bench/results/.
#   NAME=2026-11-27 SECONDS_PER_CELL=4 MEASURE_FACTORS=10 bash bench/reference-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
name="${NAME:-$(date -u +%Y-%m-%d)}"
secs="${SECONDS_PER_CELL:-4}"
npx tsc -p bench/tsconfig.json
node dist/bench/run/benchMain.js --seconds "$secs" --warmup 1 --reference "$name"
node dist/bench/ingestFloor/ingestVsFloorMain.js
node dist/bench/scale/scaleMain.js --factors 1 --phase all --seconds "$secs"
node dist/bench/scale/scaleMain.js --factors "${MEASURE_FACTORS:-10,100}" --phase measure --seconds "$secs"
