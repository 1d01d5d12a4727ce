#!/usr/bin/env bash
# Articles/s of the Spark job on local[2] against `geokg ingest --threads 2` on the same articles,
# in one run, each in its own JVM (startup and pipeline building included, as a user sees it),
# alternating, ROUNDS times; then `geokg import --bulk` of the job's shards, so that job + load
# compares with ingest into the same store (the two stores are checked isomorphic). Run from the top folder after:
#   mvn -DskipTests package && mvn -f spark/pom.xml deploy:deploy-file@core-snapshot && mvn -f spark/pom.xml -DskipTests package
# Usage: spark/bench/bench-throughput.sh [ARTICLES] [ROUNDS]   (defaults 2000, 2)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n=${1:-2000}
rounds=${2:-2}
core=$(ls target/geokg-*-all.jar | head -1)
job=$(ls spark/target/geokg-spark-*-job.jar | head -1)
work=$(mktemp -d /tmp/geokg-spark-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
# Spark's own jars (what a Spark distribution puts on the classpath), without the core's
mvn -B -ntp -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.excludeGroupIds=org.geokg,org.apache.jena,org.apache.opennlp,org.apache.lucene,info.picocli,org.jsoup \
    -Dmdep.outputFile="$work/spark.cp" >/dev/null
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
java -cp "$core" spark/bench/WriteCorpus.java "$work/articles.jsonl" "$n"
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$@"; }
printf 'round\twhat\tarticles\tseconds\tarticles_per_s\n'
for r in $(seq 1 "$rounds"); do
    t0=$(date +%s.%N)
    java -Xmx2g -jar "$core" --db "$work/db-$r" ingest --threads 2 --rejects "$work/rejects-$r.tsv" \
        "$work/articles.jsonl" 2> "$work/ingest-$r.log" || { cat "$work/ingest-$r.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    # shellcheck disable=SC2086
    java -Xmx2g $opens -cp "$job:$(cat "$work/spark.cp")" org.geokg.spark.GeoKgSparkJob --master 'local[2]' \
        --input "$work/articles.jsonl" --output "$work/out-$r" 2> "$work/spark-$r.log" \
        || { cat "$work/spark-$r.log" >&2; exit 1; }
    t2=$(date +%s.%N)
    java -Xmx2g -jar "$core" --db "$work/bulk-$r" import --bulk "$work/out-$r" 2> "$work/import-$r.log" \
        || { cat "$work/import-$r.log" >&2; exit 1; }
    t3=$(date +%s.%N)
    si=$(secs "$t0" "$t1"); ss=$(secs "$t1" "$t2"); sl=$(secs "$t2" "$t3")
    sb=$(python3 -c "print(f'{$ss+$sl:.1f}')")
    printf '%s\tgeokg ingest --threads 2\t%s\t%s\t%s\n' "$r" "$n" "$si" "$(python3 -c "print(f'{$n/$si:.1f}')")"
    printf '%s\tspark local[2]\t%s\t%s\t%s\n' "$r" "$n" "$ss" "$(python3 -c "print(f'{$n/$ss:.1f}')")"
    printf '%s\tratio spark/ingest (articles/s)\t\t\t%s\n' "$r" "$(python3 -c "print(f'{$si/$ss:.2f}')")"
    printf '%s\tspark local[2] + import --bulk\t%s\t%s\t%s\n' "$r" "$n" "$sb" "$(python3 -c "print(f'{$n/$sb:.1f}')")"
    printf '%s\tratio (spark + import --bulk)/ingest (articles/s)\t\t\t%s\n' "$r" \
        "$(python3 -c "print(f'{$si/$sb:.2f}')")"
    tail -1 "$work/ingest-$r.log" >&2
    grep -E 'read, .* stored' "$work/spark-$r.log" >&2 || true
    tail -1 "$work/import-$r.log" >&2
    if [ "$r" = 1 ]; then
        # the same store both ways (isomorphic graph by graph; the clusters graph included)
        java -cp "$core" spark/bench/SameStore.java "$work/db-$r" "$work/bulk-$r" >&2
    fi
    rm -rf "$work/db-$r" "$work/out-$r" "$work/bulk-$r"
done
