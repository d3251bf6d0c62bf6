#!/bin/bash
# Runs `thermoblock eval` over the first TOTAL images of a split in parts of SIZE images
# (--skip/--limit: images keep their index and so their seeds, so the parts add up to one long run)
# and keeps each part's JSON in DIR, so an interrupted evaluation continues where it stopped. A part
# older than the model file is run again. Then prints the parts' sum.
#
# Usage: tools/eval-in-parts.sh DIR SIZE TOTAL EVAL_ARGS...
#   EVAL_ARGS: thermoblock eval's arguments, --model FILE among them; not --skip, --limit, --json.
# Example: tools/eval-in-parts.sh build/eval-fashion 500 10000 --model models/fashion-mnist.safetensors \
#            --dataset fashion-mnist --delta 0.15 --burn-in 10 --sweeps 500
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dir=$1 size=$2 total=$3
shift 3
bin=${THERMOBLOCK:-target/release/thermoblock}
model=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --model) model=${args[i + 1]:-} ;;
    --model=*) model=${args[i]#--model=} ;;
    --skip* | --limit* | --json) echo "eval-in-parts: ${args[i]} is set per part; leave it out" >&2; exit 2 ;;
  esac
done
[ -n "$model" ] || { echo "eval-in-parts: the eval arguments need --model FILE" >&2; exit 2; }
[ -f "$model" ] || { echo "eval-in-parts: model file $model not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "eval-in-parts: $bin not built (make build)" >&2; exit 2; }
mkdir -p "$dir"
# The settings of the parts already in DIR must be these: a part from other settings is not summed.
printf '%s\n' "$@" > "$dir/args.new"
if [ -f "$dir/args" ] && ! cmp -s "$dir/args" "$dir/args.new"; then
  echo "eval-in-parts: $dir holds parts from other eval arguments ($(tr '\n' ' ' < "$dir/args")); use another directory or empty it" >&2
  rm -f "$dir/args.new"
  exit 2
fi
mv "$dir/args.new" "$dir/args"
for ((skip = 0; skip < total; skip += size)); do
  limit=$((skip + size > total ? total - skip : size))
  part=$dir/part-$skip.json
  if [ -s "$part" ] && [ "$part" -nt "$model" ]; then continue; fi
  echo "images $skip-$((skip + limit - 1)) of $total" >&2
  "$bin" eval "$@" --skip "$skip" --limit "$limit" --json > "$part.tmp"
  mv "$part.tmp" "$part"
done
python3 - "$dir" "$total" <<'PY'
import glob, json, sys
d, total = sys.argv[1], int(sys.argv[2])
parts = sorted((json.load(open(f)) for f in glob.glob(d + "/part-*.json")), key=lambda p: p["skip"])
covered = 0
for p in parts:
    if p["skip"] != covered:
        sys.exit(f"eval-in-parts: the parts in {d} leave out images {covered}-{p['skip'] - 1}")
    covered += p["images"]
if covered != total:
    sys.exit(f"eval-in-parts: the parts in {d} cover {covered} of {total} images")
n = covered
g = sum(p["gibbs_correct"] for p in parts)
ff = sum(p["ff_correct"] for p in parts)
agree = sum(round(p["gibbs_ff_agreement"] * p["images"]) for p in parts)
secs = sum(p["elapsed_s"] for p in parts)
first = parts[0]
print(f"{first['dataset']} {first['split']}, {n} images, backend {first['backend']}, delta {first['delta']}, "
      f"{first['total_sweeps']} sweeps per image (G {first['sweeps']} per block, burn-in {first['burn_in']}), seed {first['seed']}")
print(f"  Gibbs sampling: {100 * g / n:.2f}% ({g} of {n})")
print(f"  feed-forward:   {100 * ff / n:.2f}% ({ff} of {n})")
print(f"  agreement:      {100 * agree / n:.2f}% of images get the same class")
print(f"  {len(parts)} parts, {secs / 3600:.2f} h of evaluation")
PY
