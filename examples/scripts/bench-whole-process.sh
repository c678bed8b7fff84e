#!/usr/bin/env bash
# Whole-process timing of shell commands on one input, interleaved round by round (A B C A B C ...)
# so that every command sees the same machine conditions. Reports, per command, the median wall
# time, the median CPU time (user + system, which other jobs on a shared machine do not inflate as
# much as wall time) and the largest peak RSS, all from /usr/bin/time. Runs under
# flock /tmp/vietcat-bench.lock so that two benchmarks never overlap.
#
#   examples/scripts/bench-whole-process.sh [-n ROUNDS] INPUT 'NAME=COMMAND' ...
#
# Each COMMAND is run by bash with INPUT on standard input and its output sent to /dev/null, e.g.
#   examples/scripts/bench-whole-process.sh -n 5 ../shared/news-sample/vietnews-10mb.txt \
#     'main=java -jar /tmp/main-cli.jar segment' './vietcat segment=./vietcat segment'
set -euo pipefail

rounds=5
if [ "${1:-}" = "-n" ]; then
  rounds="$2"
  shift 2
fi
if [ $# -lt 2 ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
input="$1"
shift
if [ ! -r "$input" ]; then
  echo "cannot read $input" >&2
  exit 2
fi
if [ -z "${VIETCAT_BENCH_LOCKED:-}" ]; then
  VIETCAT_BENCH_LOCKED=1 exec flock /tmp/vietcat-bench.lock "$0" -n "$rounds" "$input" "$@"
fi

names=()
commands=()
for spec in "$@"; do
  names+=("${spec%%=*}")
  commands+=("${spec#*=}")
done
declare -A walls cpus rss
times="$(mktemp)"
trap 'rm -f "$times"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for i in "${!commands[@]}"; do
    if ! /usr/bin/time -o "$times" -f "%e %U %S %M" bash -c "${commands[$i]}" \
        < "$input" > /dev/null 2> /dev/null; then
      echo "${names[$i]}: the command failed (run it by hand to see why)" >&2
      exit 1
    fi
    read -r wall user sys peak < <(tail -n 1 "$times")
    walls[$i]+="$wall "
    cpus[$i]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') "
    if [ "$peak" -gt "${rss[$i]:-0}" ]; then rss[$i]=$peak; fi
  done
done

median() {
  tr ' ' '\n' | grep -v '^$' | sort -g \
    | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
echo "input: $input ($(wc -c < "$input") bytes), $rounds rounds, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-36s %14s %14s %14s  %s\n' "command" "median wall s" "median CPU s" "peak RSS MiB" "wall times"
for i in "${!commands[@]}"; do
  printf '%-36s %14s %14s %14d  %s\n' "${names[$i]}" "$(echo "${walls[$i]}" | median)" \
    "$(echo "${cpus[$i]}" | median)" "$(( ${rss[$i]} / 1024 ))" "${walls[$i]}"
done
