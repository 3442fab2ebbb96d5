#!/usr/bin/env bash
# Side-by-side load runs: RecoveryBot (Release build, real content, durable SQLite) and the Bot Framework JS SDK
# peer from ../shared/bench/peer, interleaved in one sitting, REPEATS runs each per concurrency.
#   bash bench/compare-with-peer.sh                 # concurrency 1, 64, 256 + a pinned c=64 row
#   CONCS="64" REPEATS=1 bash bench/compare-with-peer.sh
# The peer is copied to a temp folder (never vendored); results land in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
peer_src=${PEER_DIR:-$repo/../shared/bench/peer}
work=$(mktemp -d /tmp/rb-bench.XXXXXX)
cp -r "$peer_src" "$work/peer"
mkdir -p bench/results
dotnet publish src/RecoveryBot.Host -c Release -o "$work/bot" -v q -nologo >/dev/null
cp -r dialogs "$work/dialogs"
export Logging__LogLevel__Default=Warning
export Dialogs__Directory="$work/dialogs"
gc_mode=${DOTNET_gcServer:-default}
echo "GC mode: DOTNET_gcServer=$gc_mode DOTNET_GCgen0size=${DOTNET_GCgen0size:-default}"
ours_cmd="env Storage__ConnectionString=\"Data Source=$work/rb-\$PORT.db\" dotnet $work/bot/RecoveryBot.Host.dll --urls http://127.0.0.1:\$PORT"
run() { # label conc extra-env...
  local label=$1 conc=$2; shift 2
  (cd "$work/peer" && env "$@" CONC=$conc REPEATS=1 RESULTS_DIR="$repo/bench/results" LABEL=$label ./run.sh) | tail -4
}
for conc in ${CONCS:-1 64 256}; do
  for i in $(seq 1 "${REPEATS:-3}"); do
    run peer-js "$conc"
    run recoverybot "$conc" BOT_CMD="$ours_cmd" EXPECT="$repo/bench/expectations.recoverybot.json" WARMUP=${WARMUP:-8}
  done
done
if [ -z "${NO_PINNED:-}" ]; then
  for i in $(seq 1 "${REPEATS:-3}"); do
    run peer-js-pinned 64 BOT_CPUS=1 DRIVER_CPUS=0
    run recoverybot-pinned 64 BOT_CPUS=1 DRIVER_CPUS=0 BOT_CMD="$ours_cmd" EXPECT="$repo/bench/expectations.recoverybot.json" WARMUP=${WARMUP:-8}
  done
fi
echo "results in bench/results/ (GC mode $gc_mode)"
