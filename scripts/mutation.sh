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
#
# MUTATION_TESTS names the test files to run (default: all of tests/), e.g.
# MUTATION_TESTS='tests/test_bulk_*.py' for the columnar package alone.
#
# MUTATION_SAMPLE=N tests a random sample of N mutants of each GLOB (drawn with MUTATION_SEED,
# default 2026) instead of every one, and prints each GLOB's score with its 95 % Wilson interval:
# an estimate of the whole score in a fraction of the time, for packages of thousands of mutants.
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
    # Workers are forked from a server that has only collected the tests (imports, no thread
    # pools started): forked from a process whose polars or pyarrow thread pools are running,
    # a worker can wait forever on a lock.
    echo "process_isolation=forkserver"
    echo "forkserver_warmup=collect"
    echo "pytest_add_cli_args_test_selection="
    # shellcheck disable=SC2086  # the globs are meant to expand here
    for test in ${MUTATION_TESTS:-tests/}; do echo "    $test"; done
} > setup.cfg

sample="${MUTATION_SAMPLE:-0}"
echo "running mutmut in $work/repo (progress in $work/run.log)"
if [ "$sample" -gt 0 ]; then
    # A filter that matches nothing makes mutmut generate every mutant and map the tests that
    # reach each function, then stop: the sample is drawn from the mutants it lists.
    HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" \
        'no-such-mutant' > "$work/generate.log" 2>&1 || true
    "$work/venv/bin/mutmut" results --all true > "$work/all.txt" || true
    mapfile -t picked < <("$work/venv/bin/python" - "$work/all.txt" "$sample" \
        "${MUTATION_SEED:-2026}" "$@" <<'PY'
import fnmatch, random, sys
listing, size, seed, globs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
names = sorted(line.strip().rpartition(": ")[0] for line in open(listing, encoding="utf-8"))
rng = random.Random(seed)
for glob in globs:
    # src/integra/bulk/* -> integra.bulk.*: mutant names are dotted module paths.
    module = glob.removeprefix("src/").removesuffix(".py").replace("/", ".")
    mine = [n for n in names if n and fnmatch.fnmatch(n, module + "*")]
    print("\n".join(rng.sample(mine, min(size, len(mine)))))
PY
)
    echo "testing a sample of ${#picked[@]} mutants"
    HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" \
        "${picked[@]}" > "$work/run.log" 2>&1 || true
    printf '%s\n' "${picked[@]}" > "$work/sample.txt"
else
    HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" > "$work/run.log" 2>&1 || true
fi
if [ "$resume" = 1 ]; then
    mapfile -t survivors < <("$work/venv/bin/mutmut" results | sed -n 's/^ *\(.*\): survived$/\1/p')
    echo "testing ${#survivors[@]} surviving mutants again (progress in $work/rerun.log)"
    if [ "${#survivors[@]}" -gt 0 ]; then
        HYPOTHESIS_PROFILE=mutation "$work/venv/bin/mutmut" run --max-children "$jobs" \
            "${survivors[@]}" > "$work/rerun.log" 2>&1 || true
    fi
fi
"$work/venv/bin/mutmut" results --all true > "$work/results.txt" || true
[ -f "$work/sample.txt" ] && [ "$sample" -gt 0 ] || : > "$work/sample.txt"
"$work/venv/bin/python" - "$work/results.txt" "$work/sample.txt" "$@" <<'PY'
import collections, fnmatch, math, sys
results, sample_file, globs = sys.argv[1], sys.argv[2], sys.argv[3:]
sample = {line.strip() for line in open(sample_file, encoding="utf-8") if line.strip()}
status_of = {}
for line in open(results, encoding="utf-8"):
    name, _, status = line.strip().rpartition(": ")
    if name and (not sample or name in sample):
        status_of[name] = status


def wilson(k: int, n: int) -> tuple[float, float]:
    z, p = 1.96, k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


for glob in globs:
    module = glob.removeprefix("src/").removesuffix(".py").replace("/", ".")
    counts = collections.Counter(
        s for n, s in status_of.items() if fnmatch.fnmatch(n, module + "*")
    )
    killed = counts["killed"] + counts["timeout"] + counts["segfault"]
    judged = killed + counts["survived"]
    line = f"{glob}: {dict(counts)}"
    if judged:
        low, high = wilson(killed, judged)
        line += f"; score {killed}/{judged} = {killed / judged:.1%}"
        if sample:
            line += f" (95 % interval {low:.1%}..{high:.1%})"
    print(line + f"; no-tests mutants excluded: {counts['no tests']}")
print("survivors:")
print("\n".join(sorted(n for n, s in status_of.items() if s == "survived")))
PY
echo "results in $work (inspect one with: cd $work/repo && $work/venv/bin/mutmut show NAME)"
