#!/usr/bin/env bash
# Mutation testing of the rules and programmes (not run in CI: it takes hours on two cores).
#
# Usage: scripts/mutation.sh [GLOB ...]
#   GLOB defaults to the rule and programme modules, e.g. scripts/mutation.sh 'src/integra/rules/age.py'
#
# Works on a copy of the repository in a temporary directory with its own virtual environment
# (mutmut is installed there, never into the project's environment), runs the unit tests (not
# the doctests) against every mutant, and prints the score and the surviving mutants. Set
# MUTATION_DIR to keep the copy somewhere known and MUTATION_JOBS to limit the processes.
#
# MUTATION_RESUME=1 (with the MUTATION_DIR of an earlier run of the same GLOBs) keeps that run's
# results: the current files are copied over the old copy, mutmut tests only the mutants of
# functions that changed or were not reached, and then every surviving mutant is tested again
# against the current tests (a mutant once killed stays killed while tests are only added).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${MUTATION_DIR:-$(mktemp -d)}"
jobs="${MUTATION_JOBS:-2}"
if [ "$#" -eq 0 ]; then
    set -- 'src/integra/rules/*' 'src/integra/programmes/*'
fi

resume="${MUTATION_RESUME:-0}"
mkdir -p "$work"
if [ "$resume" = 1 ] && [ -d "$work/repo/mutants" ]; then
    echo "resuming the run in $work/repo"
else
    resume=0
    rm -rf "$work/repo" && mkdir -p "$work/repo"
fi
git -C "$repo" ls-files -z --cached --others --exclude-standard \
    | (cd "$repo" && tar --null -T - -cf -) | tar -xf - -C "$work/repo"
cd "$work/repo"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
# The same extras as CI, so that every test module imports; quick when already installed.
"$work/venv/bin/pip" install -q mutmut -e '.[dev]'

# mutmut reads its settings from setup.cfg; the copy's pyproject.toml is left as it is.
{
    echo "[mutmut]"
    echo "source_paths=src"
    echo "only_mutate="
    for glob in "$@"; do echo "    $glob"; done
    printf '%s\n' "also_copy=" "    docs/" "    examples/" "    README.md" "    .ci/" "    mkdocs.yml"
    printf '%s\n' "pytest_add_cli_args=" "    -o" "    addopts=" "    -p" "    no:cacheprovider" "    -q"
    echo "pytest_add_cli_args_test_selection=tests/"
} > setup.cfg

echo "running mutmut in $work/repo (progress in $work/run.log)"
HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" > "$work/run.log" 2>&1 || true
if [ "$resume" = 1 ]; then
    mapfile -t survivors < <("$work/venv/bin/mutmut" results | sed -n 's/^ *\(.*\): survived$/\1/p')
    echo "testing ${#survivors[@]} surviving mutants again (progress in $work/rerun.log)"
    if [ "${#survivors[@]}" -gt 0 ]; then
        HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" \
            "${survivors[@]}" > "$work/rerun.log" 2>&1 || true
    fi
fi
"$work/venv/bin/mutmut" results --all true > "$work/results.txt" || true
"$work/venv/bin/python" - "$work/results.txt" <<'PY'
import collections, sys
counts = collections.Counter()
survivors = []
for line in open(sys.argv[1], encoding="utf-8"):
    name, _, status = line.strip().rpartition(": ")
    if not name:
        continue
    counts[status] += 1
    if status == "survived":
        survivors.append(name)
killed = counts["killed"] + counts["timeout"] + counts["segfault"]
judged = killed + counts["survived"]
print(dict(counts))
if judged:
    print(f"mutation score: {killed}/{judged} = {killed / judged:.1%} (no-tests mutants excluded: {counts['no tests']})")
print("survivors:")
print("\n".join(survivors))
PY
echo "results in $work (inspect one with: cd $work/repo && $work/venv/bin/mutmut show NAME)"
