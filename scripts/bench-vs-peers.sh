#!/usr/bin/env bash
# Runs alinea-bench and the PyTorch/numpy peers of ../shared/bench side by side (interleaved per
# workload and thread count, pinned with taskset as the peers' runner does) and renders one table:
#   bash scripts/bench-vs-peers.sh              # W1-W6 at 1 and 2 threads -> out/bench/{results.jsonl,results.md}
#   ONLY="W1 W4" THREADS=1 bash scripts/bench-vs-peers.sh
# Needs `pip install "torch==2.13.0+cpu" numpy threadpoolctl` and `apt-get install lua5.4` for the peers.
set -u
cd "$(dirname "$0")/.."
peers=../shared/bench
[ -d "$peers" ] || { echo "needs ../shared/bench beside the project" >&2; exit 2; }
swift build -c release --product alinea-bench > /dev/null || exit 1
bench=$PWD/.build/release/alinea-bench
mkdir -p out/bench
out=$PWD/out/bench/results.jsonl
: > "$out"
ONLY=${ONLY:-"W1 W2 W3 W4 W5 W6"}
THREADS=${THREADS:-"1 2"}
export BENCH_REPEATS=${BENCH_REPEATS:-7}
want() { [[ " $ONLY " == *" $1 "* ]]; }
for T in $THREADS; do
  if [ "$T" = 1 ]; then cpus=0; else cpus=0,1; fi
  peer() { (cd "$peers" && OMP_NUM_THREADS=$T MKL_NUM_THREADS=$T OPENBLAS_NUM_THREADS=$T taskset -c $cpus "$@" >> "$out") || echo "peer failed: $*" >&2; }
  mine() { taskset -c $cpus "$bench" --threads "$T" --repeats "$BENCH_REPEATS" --only "$1" >> "$out" || echo "alinea-bench failed: $1" >&2; }
  if want W1; then peer env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench_w1_sgemm.py --framework numpy --threads $T
                   peer python3 bench_w1_sgemm.py --framework torch --threads $T; mine W1_sgemm; fi
  if want W2; then peer python3 bench_w2_overhead.py --framework torch --threads $T; mine W2_op_overhead
                   mine elementwise_bandwidth; fi
  if want W3; then peer python3 bench_w3_mlp.py --framework torch --threads $T; mine W3_mlp_train; fi
  if want W4; then peer python3 bench_w4_gpt.py --framework torch --threads $T; mine W4_gpt_train; fi
  if want W5; then peer python3 bench_w5_dpo.py --threads $T; mine W5_dpo; fi
  if want W6 && [ "$T" = 1 ]; then peer python3 bench_w6_interp.py
                   command -v lua5.4 > /dev/null && peer lua5.4 bench_w6_interp.lua; mine W6_interp; fi
done
python3 "$peers/make_results.py" "$out" > out/bench/results.md
echo "wrote out/bench/results.jsonl and out/bench/results.md"
