#!/usr/bin/env bash
# End-to-end benchmark of vnkg at corpus scale. For each size (MB) given:
# generates a corpus (examples/gen_corpus.rs, seed 1), then measures
#   - `vnkg extract` MB/s with 1 thread and with all threads (median of RUNS),
#   - quads per extracted fact (evidence included),
#   - `vnkg ingest` into a fresh on-disk store: time, peak RSS, store size,
#   - Oxigraph's own bulk loader on the same quads (examples/oxigraph_load.rs)
#     and the ratio ingest / bulk loader,
#   - re-ingest after 1% of the documents changed,
#   - the latency of each queries/*.rq on the store (median of 3),
#   - facts P/R against the generated gold (`vnkg eval`).
# Usage: benches/run.sh [SIZE_MB ...]      (default: 100)
# Env: WORK (scratch folder, default /tmp/vnkg-bench), RUNS (default 3),
#      VNKG (binary, default $CARGO_TARGET_DIR/release/vnkg), QUERY_LIMIT (s, default 60),
#      EVAL_MAX_MB (largest corpus scored against its gold, default 100),
#      QUERY_RUNS (runs of each named query, default 3).
# Needs GNU time (/usr/bin/time; `apt-get install time`).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100}")
WORK=${WORK:-/tmp/vnkg-bench}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-target}
VNKG=${VNKG:-$TARGET/release/vnkg}
cargo build --release --quiet --bin vnkg --example gen_corpus --example oxigraph_load
GEN=$TARGET/release/examples/gen_corpus
OXLOAD=$TARGET/release/examples/oxigraph_load
[ -x /usr/bin/time ] || { echo "run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$WORK"
THREADS=$(nproc)

# Median of the numbers on standard input.
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall seconds of a command (GNU time), its output discarded.
# (A command stopped by `timeout` still gets its time: the last line.)
# Wall seconds, CPU seconds (user + sys) and peak RSS (MB) from a GNU time -v file.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
secs() { /usr/bin/time -f %e -o "$WORK/t" "$@" >/dev/null 2>&1 || true; tail -1 "$WORK/t"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "vnkg: $VNKG ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
for MB in "${SIZES[@]}"; do
  C=$WORK/gen$MB
  if [ ! -f "$C/entities.tsv" ]; then
    rm -rf "$C"
    "$GEN" --megabytes "$MB" --seed 1 --out "$C" >/dev/null 2>&1
  fi
  DOCS=$C/documents
  BYTES=$(find "$DOCS" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  NDOCS=$(find "$DOCS" -name '*.txt' | wc -l)
  MBX=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}')
  echo
  echo "## $MB MB corpus: $NDOCS documents, $MBX MB of text ($C)"
  echo
  echo "| what | figure |"
  echo "| --- | --- |"
  for T in 1 "$THREADS"; do
    M=$(for _ in $(seq "$RUNS"); do secs "$VNKG" extract "$DOCS" --threads "$T" -o "$WORK/x.nq"; done | median)
    echo "| \`vnkg extract --threads $T\` (median of $RUNS) | $M s, $(awk -v b="$BYTES" -v s="$M" 'BEGIN {printf "%.1f", b/1e6/s}') MB/s |"
    [ "$T" = 1 ] && ONE=$M
  done
  echo "| extraction speed-up on $THREADS threads | $(awk -v a="$ONE" -v b="$M" 'BEGIN {printf "%.2fx", a/b}') |"
  QUADS=$(wc -l < "$WORK/x.nq")
  # Facts: triples of the contract's relations in the document graphs.
  FACTS=$(grep -v '<https://w3id.org/vnkg/id/ontology> \.$' "$WORK/x.nq" \
    | grep -cE '^<[^>]*> <https://w3id.org/vnkg/ontology#(partyTo|signed|ratified|committedToRatify|negotiated|memberOf|participatedIn|hosted|organizedBy|chairedBy|ledDelegationTo|spokeAt|representing|holdsPosition|heldIn|sessionOf|partOf|cooperatesWith|adopted|addresses|concerns|concludedAgreementWith|startDate|endDate)> ' || true)
  # Evidence nodes: the subjects of rdf:subject (they carry no rdf:type).
  EVID=$(grep -c '> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ' "$WORK/x.nq" || true)
  echo "| quads (N-Quads from \`vnkg extract\`, ontology graph included) | $QUADS, $(awk -v q="$QUADS" -v b="$BYTES" 'BEGIN {printf "%.1f", q/(b/1e3)}') per KB of text |"
  echo "| facts (relation triples, before dedup across documents) / evidence nodes | $FACTS / $EVID |"
  echo "| quads per fact (evidence included) | $(awk -v q="$QUADS" -v f="$FACTS" 'BEGIN {printf "%.1f", q/f}') |"

  O=$WORK/ox$MB
  rm -rf "$O"
  /usr/bin/time -v -o "$WORK/tv" "$OXLOAD" "$WORK/x.nq" "$O" >/dev/null 2>&1
  OXS=$(wall "$WORK/tv"); OXC=$(cpu "$WORK/tv")
  echo "| Oxigraph bulk loader, same quads (\`examples/oxigraph_load.rs\`, N-Quads file → fresh RocksDB store), wall / CPU | $OXS s / $OXC s, $(awk -v q="$QUADS" -v s="$OXS" 'BEGIN {printf "%.0f", q/s}') quads/s; peak RSS $(rss "$WORK/tv") MB |"
  # The loader's store and the N-Quads file go before the ingest, so that the
  # disk holds at most two of the three at a time (at 1 GB each is 14-26 GB).
  rm -rf "$O" "$WORK/x.nq"

  S=$WORK/store$MB
  rm -rf "$S"
  /usr/bin/time -v -o "$WORK/tv" "$VNKG" --store "$S" ingest "$DOCS" -q >/dev/null 2>"$WORK/ingest.err" || { cat "$WORK/ingest.err" >&2; exit 1; }
  ING=$(wall "$WORK/tv"); INC=$(cpu "$WORK/tv"); RSS=$(rss "$WORK/tv")
  SIZE=$(du -sm "$S" | cut -f1)
  echo "| \`vnkg ingest\` into a fresh on-disk store, wall / CPU | $ING s / $INC s, $(awk -v b="$BYTES" -v s="$ING" 'BEGIN {printf "%.1f", b/1e6/s}') MB/s, $(awk -v q="$QUADS" -v s="$ING" 'BEGIN {printf "%.0f", q/s}') quads/s |"
  echo "| peak RSS of the ingest | $RSS MB |"
  echo "| store size on disk | $SIZE MB |"

  echo "| ingest / bulk loader, wall / CPU | $(awk -v a="$ING" -v b="$OXS" 'BEGIN {printf "%.2f", a/b}') / $(awk -v a="$INC" -v b="$OXC" 'BEGIN {printf "%.2f", a/b}') |"

  # 1% of the documents change: a sentence appended to every 100th.
  N=0
  while IFS= read -r f; do
    N=$((N + 1))
    if [ $((N % 100)) = 0 ]; then printf '\nThe ministry published a summary of the discussions (%s).\n' "$N" >> "$f"; fi
  done < <(find "$DOCS" -name '*.txt' | sort)
  RE=$(secs "$VNKG" --store "$S" ingest "$DOCS" -q)
  echo "| re-ingest after 1% of the documents changed ($((N / 100)) documents) | $RE s, $(awk -v a="$RE" -v b="$ING" 'BEGIN {printf "%.1f%%", 100*a/b}') of the full ingest |"
  # Undo the change so that the corpus stays the generated one.
  rm -rf "$C"

  for q in queries/*.rq; do
    name=$(basename "$q" .rq)
    L=$(for _ in $(seq "${QUERY_RUNS:-3}"); do secs timeout "${QUERY_LIMIT:-60}" "$VNKG" --store "$S" query "$name" --format csv; done | median)
    echo "| query \`$name\` (median of ${QUERY_RUNS:-3}, process start included; limit ${QUERY_LIMIT:-60} s) | $L s |"
  done
  echo
  # `vnkg eval` reads every gold file and queries the store per document
  # (about 3 minutes on 20 MB); above EVAL_MAX_MB it is left out.
  if [ "$MB" -le "${EVAL_MAX_MB:-100}" ]; then
    "$GEN" --megabytes "$MB" --seed 1 --out "$C" >/dev/null 2>&1
    "$VNKG" --store "$S" ingest "$DOCS" -q >/dev/null 2>&1
    echo "gold: $("$VNKG" --store "$S" eval --gold "$C/gold" 2>&1 | tail -1)"
  else
    echo "gold: not scored above EVAL_MAX_MB=${EVAL_MAX_MB:-100} MB"
  fi
done
