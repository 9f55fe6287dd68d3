#!/usr/bin/env bash
# Paired rate searches of two gateway jars (e.g. with and without a change), alternating A, B, A,
# B, ... in one sitting, so that both meet the same machine. Prints each run's highest sustained
# rates and the median of each jar's gateway / direct ratio.
#
#   bash tools/bench/compare-gateways.sh <gateway-a.jar> <gateway-b.jar> [pairs, default 3] [benchmark arguments, default 250 10 30 2]
#
# Run from the repository root after `./mvnw -DskipTests package`. Both jars get the same JVM
# options, as the gateway's image gives them (JINGUO_BENCH_GATEWAY_JVM overrides them).
set -euo pipefail
[ $# -ge 2 ] || { sed -n 2,9p "$0"; exit 2; }
a=$1 b=$2 pairs=${3:-3}
shift $(( $# >= 3 ? 3 : 2 ))
args=${*:-250 10 30 2}
jvm=${JINGUO_BENCH_GATEWAY_JVM:--XX:+UseParallelGC -Dreactor.netty.ioWorkerCount=$(nproc)}
bench=$(ls tools/bench/target/bench-*.jar | head -1)
out=$(mktemp -d)
echo "pairs: $pairs; arguments: $args; gateway JVM options: $jvm; logs in $out"

search() { # jar label run
    java -Djinguo.gateway.jar="$1" -Djinguo.bench.gateway.search-only=true \
         "-Djinguo.bench.gateway.jvm-options=$jvm" -jar "$bench" gateway $args > "$out/$2-$3.log" 2>&1
    local line
    line=$(grep -o 'highest rate sustained: .*' "$out/$2-$3.log" | tail -1)
    echo "$2 run $3: ${line:-failed, see $out/$2-$3.log}"
    echo "$line" | grep -o '= [0-9.]*$' | tr -d '= ' >> "$out/$2.ratios"
}

for run in $(seq 1 "$pairs"); do
    search "$a" A "$run"
    search "$b" B "$run"
done
for label in A B; do
    median=$(sort -n "$out/$label.ratios" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
    echo "$label: gateway / direct ratios $(tr '\n' ' ' < "$out/$label.ratios")median $median"
done
