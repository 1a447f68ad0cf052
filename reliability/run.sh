#!/usr/bin/env bash
# Reruns the reliability and security suite of issue 8 and rewrites the figures in RELIABILITY.md from what the
# tests measured (each test writes target/reliability/*.json once its assertions held).
#
#   reliability/run.sh            run the suite (a few minutes on 2 cores), then rewrite RELIABILITY.md
#   reliability/run.sh --report   only rewrite RELIABILITY.md from the last run's files
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--report" ]]; then
  rm -rf emulator/target/reliability magics/target/reliability kernel/target/reliability
  ./mvnw -B -q -pl kernel -am verify \
    -Dtest='PermissionMatrixTest,FaultMatrixTest,TransportSecurityTest,ProfilePermissionsTest,MagicLinesFuzzTest,GraphQLOperationsFuzzTest,ResultPagesFuzzTest,SqlLiteralRoundTripTest' \
    -Dit.test='KernelSurvivalIT,ConcurrentQueriesIT,SecretLeakIT' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
fi
python3 reliability/report.py RELIABILITY.md emulator/target/reliability magics/target/reliability kernel/target/reliability
echo "RELIABILITY.md rewritten from $(ls emulator/target/reliability magics/target/reliability kernel/target/reliability 2>/dev/null | grep -c json) result files"
