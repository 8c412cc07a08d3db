#!/usr/bin/env bash
# Installs the npm peers into a temporary folder and runs PeerComparisonBenchmark against them:
#   benchmarks/peers/run.sh [--products N] [--calls-per-caller N]
# Needs Node.js 18+ and npm (the npm registry); nothing is installed into the project.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
peers="$(mktemp -d)"
trap 'rm -rf "$peers"' EXIT
echo "[peers] installing @aligent/bigcommerce-api@1.1.1 and bigcommerce-api-client@0.7.19 into $peers"
(cd "$peers" && npm init -y >/dev/null && \
  npm install --no-fund --no-audit --silent @aligent/bigcommerce-api@1.1.1 bigcommerce-api-client@0.7.19)
cp "$here/peer.mjs" "$peers/"
cd "$here/../.."
./mvnw -q -pl benchmarks -am verify -DskipTests -Dbench=PeerComparisonBenchmark \
  -Dbench.args="--peers $peers $*"
