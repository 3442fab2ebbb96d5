#!/usr/bin/env bash
# The 5-turn flow on SQLite (one instance) and on PostgreSQL (one and two instances), with the peer's load driver
# (issue 7 benchmark). Two instances: two hosts on one database, each driven by its own driver at half the
# concurrency (a load balancer without affinity would spread the same way); turns/s add up, p99 is the worse one.
#   bash bench/compare-storage.sh            # CONC=64 DURATION=20
# PostgreSQL is a throwaway cluster on a loopback port (fsync on, synchronous_commit off — like SQLite's
# synchronous=NORMAL: an OS crash may lose the last commits, nothing is ever corrupted).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
conc=${CONC:-64}; duration=${DURATION:-20}; warmup=${WARMUP:-8}
work=$(mktemp -d /tmp/rb-storage-bench.XXXXXX); chmod 755 "$work"
cp -r "${PEER_DIR:-$repo/../shared/bench/peer}" "$work/peer"
(cd "$work/peer" && { [ -d node_modules ] || npm ci --no-audit --no-fund --silent; })
dotnet publish src/RecoveryBot.Host -c Release -o "$work/bot" -v q -nologo >/dev/null
export Logging__LogLevel__Default=Warning Dialogs__Directory="$repo/dialogs"

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgroot="$work/pg"; mkdir -p "$pgroot"; chown postgres:postgres "$pgroot"
pgport=56432; while (exec 3<>/dev/tcp/127.0.0.1/$pgport) 2>/dev/null; do pgport=$((pgport + 1)); done
cleanup() {
  pkill -f "$work/bot/RecoveryBot.Host.dll" 2>/dev/null || true
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
runuser -u postgres -- "$pgbin/initdb" -D "$pgroot/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgroot -c synchronous_commit=off -c max_connections=200" start >/dev/null
pg="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
start_bot() { # env... → prints "pid port"
  local port; port=$(free_port)
  env "$@" dotnet "$work/bot/RecoveryBot.Host.dll" --urls "http://127.0.0.1:$port" >"$work/bot-$port.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  echo "$pid $port"
}
drive() { # port pid conc label
  node "$work/peer/load.js" --url "http://127.0.0.1:$1" --expect "$repo/bench/expectations.recoverybot.json" \
    --concurrency "$3" --warmup "$warmup" --duration "$duration" --pid "$2" --label "$4" --json "$work/$4.json" >/dev/null
}
summary() { node -e "
const rs=process.argv.slice(1).map(f=>require(f));
const tps=rs.reduce((a,r)=>a+r.turnsPerSec,0), p99=Math.max(...rs.map(r=>r.latencyMs.p99)), p50=Math.max(...rs.map(r=>r.latencyMs.p50));
const err=rs.reduce((a,r)=>a+r.errors,0), cpu=rs.reduce((a,r)=>a+r.bot.cpuCores,0);
console.log(JSON.stringify({turnsPerSec:+tps.toFixed(1),p50Ms:p50,p99Ms:p99,errors:err,botCpuCores:+cpu.toFixed(2),cpuMsPerTurn:+(cpu*1000/tps).toFixed(3)}))" "$@"; }

read -r p1 port1 < <(start_bot Storage__ConnectionString="Data Source=$work/rb.db")
drive "$port1" "$p1" "$conc" sqlite-1; kill "$p1"
echo "sqlite, 1 instance, c=$conc: $(summary "$work/sqlite-1.json")"

read -r p1 port1 < <(start_bot Storage__Provider=Postgres Storage__ConnectionString="$pg" Storage__Schema=bench1)
drive "$port1" "$p1" "$conc" pg-1; kill "$p1"
echo "postgres, 1 instance, c=$conc: $(summary "$work/pg-1.json")"

read -r pa porta < <(start_bot Storage__Provider=Postgres Storage__ConnectionString="$pg" Storage__Schema=bench2)
read -r pb portb < <(start_bot Storage__Provider=Postgres Storage__ConnectionString="$pg" Storage__Schema=bench2)
drive "$porta" "$pa" $((conc / 2)) pg-2a & da=$!
drive "$portb" "$pb" $((conc / 2)) pg-2b & db=$!
wait "$da" "$db"; kill "$pa" "$pb"
echo "postgres, 2 instances, c=$((conc / 2))+$((conc / 2)): $(summary "$work/pg-2a.json" "$work/pg-2b.json")"
