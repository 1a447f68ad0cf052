#!/usr/bin/env bash
# Reruns the reliability and security suite of issues 8 and 23 and rewrites the figures in RELIABILITY.md from what
# the tests measured (each test writes target/reliability/*.json once its assertions held).
#
#   reliability/run.sh            run the suite and the 1,000-cell soak (about 15 minutes on 2 cores), then rewrite
#                                 RELIABILITY.md
#   reliability/run.sh --soak     only the long-session figures: LongSessionIT and the soak beside ipykernel, then
#                                 rewrite that section alone
#   reliability/run.sh --report   only rewrite RELIABILITY.md from the last run's files
#
# The soak (reliability/soak.py) drives the kernelspec this build made and ipykernel with the python3 that
# ./install.sh --dev recorded (it has jupyter_client and ipykernel).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
dirs=(emulator/target/reliability magics/target/reliability kernel/target/reliability)

soak() {
  local python
  python="$(sed -n 's/^python=//p' "$HOME/.local/share/panther-kernel/install.env" 2>/dev/null | tail -1)"
  if [[ -z "$python" ]]; then
    echo "reliability/run.sh: no python recorded by install.sh; run ./install.sh --dev first" >&2
    exit 1
  fi
  "$python" reliability/soak.py --cells "${SOAK_CELLS:-1000}" --every "${SOAK_EVERY:-100}" \
    --out kernel/target/reliability/long-session-soak.json \
    --jupyter-path kernel/target/jupyter --emulator-jar emulator/target/panther-emulator.jar
}

case "$mode" in
  --report)
    ;;
  --soak)
    rm -f kernel/target/reliability/long-session.json kernel/target/reliability/long-session-soak.json
    ./mvnw -B -q -pl kernel -am verify -Dtest=none -Dit.test=LongSessionIT \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
    soak
    python3 reliability/report.py --only long-session RELIABILITY.md "${dirs[@]}"
    echo "RELIABILITY.md: section 6 rewritten"
    exit 0
    ;;
  "")
    rm -rf "${dirs[@]}"
    ./mvnw -B -q -pl kernel -am verify \
      -Dtest='PermissionMatrixTest,FaultMatrixTest,TransportSecurityTest,ProfilePermissionsTest,MagicLinesFuzzTest,GraphQLOperationsFuzzTest,ResultPagesFuzzTest,SqlLiteralRoundTripTest' \
      -Dit.test='KernelSurvivalIT,ConcurrentQueriesIT,SecretLeakIT,ReplayExamplesIT,LongSessionIT' \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
    soak
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
python3 reliability/report.py RELIABILITY.md "${dirs[@]}"
echo "RELIABILITY.md rewritten from $(ls "${dirs[@]}" 2>/dev/null | grep -c json) result files"
