#!/usr/bin/env bash
# MovieLens 100K through the Spark training job against the service's own ALS, same split (OfflineEvaluation's):
# exports the training events, fits Spark ALS in local[2] once per --reg-scale given (default: 1), and prints the
# NDCG@10 of "ALS" (the service's) and "ALS (Spark)". Needs the packaged service (./mvnw package -DskipTests) and
# the job (./mvnw -f src/spark/pom.xml package -DskipTests).   Usage: src/bench/spark-movielens.sh [scale ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${SOLEMATE_DATA_DIR:-../shared/data}/ml-100k
out=target/bench/spark-movielens
mkdir -p "$out"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
service_cp="target/classes:$(ls target/quarkus-app/lib/main/*.jar | tr '\n' ':')"
job=src/spark/target
now=$("$java" -cp "$service_cp" io.solemate.recommend.eval.OfflineEvaluation "$data" --export-train "$out/train.csv" \
  2>/dev/null | sed -nE 's/.*--now (.*)$/\1/p')
for scale in "${@:-1}"; do
  start=$(date +%s)
  "$java" @src/spark/jvm.args -Xmx1g -cp "$job/solemate-spark-job.jar:$job/lib/*" io.solemate.spark.TrainAls \
    --master 'local[2]' --events-csv "$out/train.csv" --now "$now" --reg-scale "$scale" \
    --factors-out "$out/factors-$scale" > "$out/job-$scale.log" 2>&1
  echo "reg-scale $scale: job $(( $(date +%s) - start )) s wall, $(grep -o 'Spark regParam [0-9.]*' "$out/job-$scale.log")"
  "$java" -cp "$service_cp" io.solemate.recommend.eval.OfflineEvaluation "$data" --external-als "$out/factors-$scale" \
    2>/dev/null | grep -E '^(model|ALS)'
done
