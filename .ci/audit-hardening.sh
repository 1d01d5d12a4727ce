#!/usr/bin/env bash
# Replays the audit of issue "Hardening" (failures 1-11) against a built jar, bounded in time
# (about 5 minutes on 2 cores), and prints one line per check: PASS/FAIL/SKIP, failure number, what.
# Not run by CI (it starts servers and child processes); the automated tests named in README
# "Security and limits" cover the same ground.
#
# Usage: .ci/audit-hardening.sh [TEXTS_DIR]    (TEXTS_DIR: .txt articles for the store; default
#        data/samples). Needs java, curl, python3; the disk-full check needs root (tmpfs mount).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(ls -t "$here"/target/geokg-*-all.jar 2>/dev/null | head -n 1)"
[ -n "$jar" ] || { echo "build the jar first: mvn -o -q -DskipTests package" >&2; exit 2; }
texts="${1:-$here/data/samples}"
work="$(mktemp -d /tmp/geokg-audit.XXXXXX)"
port=$((20000 + RANDOM % 20000))
fails=0
pids=()

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    mountpoint -q "$work/disk" 2>/dev/null && umount -l "$work/disk"
    rm -rf "$work"
}
trap cleanup EXIT

geokg() { timeout 300 java -Xmx640m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$jar" "$@"; }
check() { # check N WHAT CONDITION...
    local n="$1" what="$2"; shift 2
    if "$@"; then echo "PASS $n $what"; else echo "FAIL $n $what"; fails=$((fails + 1)); fi
}
skip() { echo "SKIP $1 $2"; }
http() { curl -s -o "$work/body" -w '%{http_code}' --max-time 120 "$@"; }
wait_up() { for _ in $(seq 90); do curl -s -o /dev/null "http://127.0.0.1:$1/\$/ping" && return 0; sleep 1; done; return 1; }

db="$work/db"
mkdir -p "$work/in"
cp "$texts"/*.txt "$work/in/" 2>/dev/null
geokg --db "$db" ingest "$work/in" --rejects "$work/rej0.tsv" >/dev/null 2>"$work/ingest0.err" \
    || { echo "cannot build the audit store:"; cat "$work/ingest0.err"; exit 1; }

# 2. one long unpunctuated line (1 MB) beside a good article: both end within the time budget
mkdir -p "$work/in2"
python3 -c "import sys; sys.stdout.write(' '.join('kata%d Jakarta Indonesia Malaysia' % i for i in range(40000))[:1000000])" \
    > "$work/in2/long.txt"
cp "$(ls "$work"/in/*.txt | head -n 1)" "$work/in2/good.txt"
echo "An extra line so the good article differs." >> "$work/in2/good.txt"
# CPU seconds, not wall time: on a shared machine the wall clock measures the other processes
TIMEFORMAT='%0U %0S'
{ time geokg --db "$db" ingest "$work/in2" --rejects "$work/rej2.tsv" >/dev/null 2>"$work/ingest2.err"; } 2>"$work/t2"
cpu=$(( $(cut -d' ' -f1 "$work/t2") + $(cut -d' ' -f2 "$work/t2") ))
check 2 "1 MB unpunctuated article + a good one: the whole ingest (JVM, models, store) takes $cpu CPU s (< 60), the good article stored: $(tail -n 1 "$work/ingest2.err")" \
    bash -c "[ $cpu -lt 60 ] && grep -q '2 read, .*' '$work/ingest2.err' && ! grep -q 'good.txt' '$work/rej2.tsv' 2>/dev/null"

# 3. kill -9 during the first ingest of a new store, at 3 moments: the store opens afterwards
for ms in 700 1500 3000; do
    kdb="$work/kill-$ms"
    java -Xmx640m -jar "$jar" --db "$kdb" ingest "$work/in" --rejects "$work/rejk.tsv" >/dev/null 2>&1 &
    kp=$!
    sleep "$(python3 -c "print($ms/1000)")"
    kill -9 "$kp" 2>/dev/null; wait "$kp" 2>/dev/null
    check 3 "kill -9 after ${ms} ms of the first ingest: stats opens the store" \
        bash -c "java -jar '$jar' --db '$kdb' stats >/dev/null 2>'$work/kill.err' || { cat '$work/kill.err'; false; }"
done

# 5. a parameter that cannot be a term of its kind: exit 2 naming it, on every saved query
for q in "$here"/queries/*.rq; do
    name="$(basename "$q" .rq)"
    geokg --db "$db" query "$name" --param state='A B' >"$work/q.out" 2>"$work/q.err"
    rc=$?
    rows=$(grep -c . "$work/q.out")
    check 5 "query $name --param state='A B': exit $rc (2 = refused; 0 only when state is no parameter of it)" \
        bash -c "[ $rc -eq 2 ] && grep -q 'state' '$work/q.err' || { [ $rc -eq 0 ] && ! grep -q '?state' '$q'; }"
done

# 6. broken symlink, FIFO and a symlink loop in the input folder: rejected with a reason, read once
mkdir -p "$work/in6"
cp "$(ls "$work"/in/*.txt | head -n 1)" "$work/in6/a.txt"
ln -s "$work/nowhere.txt" "$work/in6/broken.txt"
mkfifo "$work/in6/pipe.txt"
ln -s . "$work/in6/loop"
timeout 120 java -jar "$jar" --db "$work/db6" ingest "$work/in6" --rejects "$work/rej6.tsv" >/dev/null 2>"$work/i6.err"
check 6 "broken symlink + FIFO rejected with a reason, the loop followed once: $(tail -n 1 "$work/i6.err"); $(cut -f1,3 "$work/rej6.tsv" | tail -n +2 | sed "s|$work/in6/||" | tr '\t\n' ': ')" \
    bash -c "grep -q 'broken.txt' '$work/rej6.tsv' && grep -q 'pipe.txt' '$work/rej6.tsv' && ! grep -q 'loop/a.txt' '$work/rej6.tsv' && grep -q '1 stored' <(tail -n 1 '$work/i6.err')"

# server checks (1, 4, 7, 8, 9, 10)
echo "alice:$(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)" > "$work/users"
pw="$(cut -d: -f2 "$work/users")"
java -Xmx640m -jar "$jar" --db "$db" serve --port "$port" --update --password-file "$work/users" \
    >"$work/serve.out" 2>"$work/serve.err" &
pids+=($!)
wait_up "$port" || { echo "FAIL - the server did not start"; cat "$work/serve.err"; exit 1; }
base="http://127.0.0.1:$port"
q() { http "$base/geokg/sparql" -H 'Content-Type: application/sparql-query' --data-binary "$@"; }

# 1. SERVICE to a local listener: 400 and no connection
python3 - "$work/listener.port" "$work/listener.count" <<'EOF' &
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(50)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
n = 0
s.settimeout(1.0)
import time
end = time.time() + 120
while time.time() < end:
    try:
        c, _ = s.accept(); n += 1; c.close(); open(sys.argv[2], "w").write(str(n))
    except socket.timeout:
        pass
EOF
pids+=($!)
sleep 1
lport="$(cat "$work/listener.port")"
c1=$(q "SELECT * { SERVICE <http://127.0.0.1:$lport/x> { ?s ?p ?o } }")
c2=$(q "SELECT * { SERVICE SILENT <http://127.0.0.1:$lport/x> { ?s ?p ?o } }")
sleep 1
conns=$(cat "$work/listener.count" 2>/dev/null || echo 0)
check 1 "SERVICE / SERVICE SILENT to a local listener: $c1 / $c2, $conns connections" \
    bash -c "[ $c1 = 400 ] && [ $c2 = 400 ] && [ $conns = 0 ]"

# 4. unbounded answers
g1=$(http "$base/geokg/data"); g2=$(http "$base/geokg/get")
check 4 "Graph Store GET without a graph: /geokg/data $g1, /geokg/get $g2" bash -c "[ $g1 = 400 ] && [ $g2 = 400 ]"
python3 -c "print('SELECT * {' + ' UNION '.join('{ ?s <urn:p%d> ?o }' % i for i in range(20000)) + '}')" > "$work/union.rq"
u=$(q @"$work/union.rq")
check 4 "20,000-branch UNION: $u, no StackOverflowError in the log" \
    bash -c "[ $u = 400 ] && ! grep -q StackOverflowError '$work/serve.err'"
python3 -c "print('SELECT * { ?s ?p ?o } #' + 'x' * 10_000_000)" > "$work/big.rq"
b=$(q @"$work/big.rq")
check 4 "10 MB query: $b" bash -c "[ $b = 413 ]"
marker="auditmarker$RANDOM"
q "SELECT * { ?s <urn:$marker> ?o }" >/dev/null
check 4 "query text not logged at INFO" bash -c "! grep -q '$marker' '$work/serve.err'"

# 7. admin endpoints and failed logins
s1=$(http "$base/\$/server"); s2=$(http "$base/\$/stats")
check 7 "/\$/server and /\$/stats without login: $s1 / $s2" bash -c "[ $s1 = 401 ] || [ $s1 = 404 ]; [ $s2 = 401 ] || [ $s2 = 404 ]"
t0=$(date +%s%N)
for i in $(seq 200); do
    http -u "alice:wrong$i" "$base/geokg/update" --data-binary 'ASK {}' >/dev/null
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 20000 ] && break
done
n=$i
t1=$(date +%s%N)
ok=$(http -u "alice:$pw" "$base/geokg/update" -H 'Content-Type: application/sparql-update' --data-binary 'INSERT DATA {}')
check 7 "200 wrong passwords: $n tried in $(( (t1 - t0) / 1000000 )) ms (slowed: fewer than 200 in 20 s, or locked out); right password now: $ok" \
    bash -c "[ $n -lt 200 ] || [ $ok = 401 ]"

# 8. LOAD and java: IRIs
sleep 61  # the lock-out of the failed logins above ends
up() { http -u "alice:$pw" "$base/geokg/update" -H 'Expect:' -H 'Content-Type: application/sparql-update' --data-binary "$@"; }
l1=$(up 'LOAD <file:///etc/hostname> INTO GRAPH <urn:x>'); body1="$(cat "$work/body")"
l2=$(up 'LOAD <http://127.0.0.1:9/x.nt> INTO GRAPH <urn:x>')
j=$(q 'PREFIX j: <java:org.apache.jena.sparql.function.library.> SELECT (j:now() AS ?t) {}')
check 8 "LOAD file: $l1, LOAD http: $l2, java: function $j" \
    bash -c "[ $l1 = 400 ] && [ $l2 = 400 ] && [ $j = 400 ] && ! grep -q '$(hostname)' <<< '$body1'"

# 9. 100 MB writes
python3 -c "
import sys
w = sys.stdout.write
w('INSERT DATA { GRAPH <urn:big> {\n')
for i in range(1_100_000): w('<urn:s%d> <urn:p> \"value %d padded to make one hundred megabytes in all\" .\n' % (i, i))
w('} }\n')" > "$work/big.ru"
python3 -c "
import sys
for i in range(1_100_000): sys.stdout.write('<urn:s%d> <urn:p> \"value %d padded to make one hundred megabytes in all\" .\n' % (i, i))" > "$work/big.nt"
w1=$(up @"$work/big.ru")
w2=$(http -u "alice:$pw" -X PUT "$base/geokg/data?graph=urn:big" -H 'Expect:' -H 'Content-Type: application/n-triples' --data-binary @"$work/big.nt")
check 9 "$(( $(stat -c %s "$work/big.ru") >> 20 )) MB update: $w1, $(( $(stat -c %s "$work/big.nt") >> 20 )) MB Graph Store PUT: $w2" \
    bash -c "[ $w1 = 413 ] && [ $w2 = 413 ]"

# 10. 50 concurrent heavy queries and an ASK health probe
heavy="$(sed -n '/^[A-Z]/,$p' "$here/queries/claims-attribution.rq")"
curls=()
for i in $(seq 50); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 "$base/geokg/sparql" \
        -H 'Content-Type: application/sparql-query' --data-binary "$heavy" >>"$work/heavy.codes" &
    curls+=($!)
done
sleep 0.5
pt=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$base/\$/ping")
at=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$base/geokg/sparql" \
    -H 'Content-Type: application/sparql-query' --data-binary 'ASK {}')
wait "${curls[@]}" 2>/dev/null
codes="$(sort "$work/heavy.codes" | uniq -c | tr -s ' ' | tr '\n' ',')"
check 10 "50 heavy queries ($codes) + /\$/ping in ${pt} s + ASK: $at" \
    bash -c "python3 -c 'import sys; sys.exit(0 if $pt < 1.0 else 1)' && grep -q 503 '$work/heavy.codes' || ! grep -qv 200 '$work/heavy.codes'"
kill "${pids[0]}" 2>/dev/null
wait "${pids[0]}" 2>/dev/null

# 11. disk full during ingest on a 40 MB tmpfs
mkdir -p "$work/disk"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=40m tmpfs "$work/disk" 2>/dev/null; then
    ddb="$work/disk/db"
    geokg --db "$ddb" ingest "$work/in" --rejects "$work/rejd.tsv" >/dev/null 2>&1
    dd if=/dev/zero of="$work/disk/fill" bs=64k 2>/dev/null
    mkdir -p "$work/in11"
    for f in "$work"/in/*.txt; do sed 's/$/ (copy)/' "$f" > "$work/in11/copy-$(basename "$f")"; done
    geokg --db "$ddb" ingest "$work/in11" --rejects "$work/rejd2.tsv" >/dev/null 2>"$work/d.err"; rc=$?
    check 11 "ingest on a full disk: exit $rc, says so with the store path, no trace" \
        bash -c "[ $rc = 1 ] && grep -q 'no space left on device while writing the store $ddb' '$work/d.err' && ! grep -q $'\tat ' '$work/d.err'"
    for c in stats "query events-by-cameo-root" "export --format nq"; do
        geokg --db "$ddb" $c >/dev/null 2>"$work/d.err"; rc=$?
        check 11 "$c on the full disk: exit $rc" bash -c "[ $rc = 0 ]"
    done
    for c in compact "import $work/big.nt"; do
        geokg --db "$ddb" $c >/dev/null 2>"$work/d.err"; rc=$?
        check 11 "$c on the full disk: exit $rc, says so, no 'Can't expel'" \
            bash -c "[ $rc = 1 ] && grep -q 'no space left on device' '$work/d.err' && ! grep -q 'expel' '$work/d.err'"
    done
    geokg --db "$work/disk/new" stats >/dev/null 2>"$work/d.err"; rc=$?
    check 11 "a new store on the full disk: exit $rc, names the cause" \
        bash -c "[ $rc = 1 ] && grep -q 'no space left on device while opening the store' '$work/d.err'"
    java -Xmx640m -jar "$jar" --db "$ddb" serve --port $((port + 1)) --update --password-file "$work/users" \
        >/dev/null 2>"$work/serve2.err" &
    sp=$!; pids+=($sp)
    if wait_up $((port + 1)); then
        s=$(http -u "alice:$pw" "http://127.0.0.1:$((port + 1))/geokg/update" -H 'Content-Type: application/sparql-update' \
            --data-binary 'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "a literal to write on a full disk" } }')
        cp "$work/body" "$work/body507"
        r=$(http "http://127.0.0.1:$((port + 1))/geokg/sparql" -H 'Content-Type: application/sparql-query' --data-binary 'ASK {}')
        check 11 "server update on the full disk: $s (507 naming the disk), query meanwhile: $r" \
            bash -c "[ $s = 507 ] && grep -q '$ddb' '$work/body507' && [ $r = 200 ]"
    else
        check 11 "server starts on the full disk" false
    fi
    kill "$sp" 2>/dev/null; wait "$sp" 2>/dev/null
    rm -f "$work/disk/fill"
    geokg --db "$ddb" ingest "$work/in11" --rejects "$work/rejd3.tsv" >/dev/null 2>"$work/d.err"; rc=$?
    geokg --db "$ddb" export --format nq >/dev/null 2>>"$work/d.err"; rc2=$?
    check 11 "space freed: the same ingest completes ($rc) and the store exports whole ($rc2)" \
        bash -c "[ $rc = 0 ] && [ $rc2 = 0 ]"
else
    skip 11 "disk full on a tmpfs: needs root to mount one (DiskFullIT skips the same way)"
fi

echo "$fails failed"
[ "$fails" = 0 ]
