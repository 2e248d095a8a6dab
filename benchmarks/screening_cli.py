"""Screening at the contract's scale: 1,000,000 claim rows + 200,000 subsidy rows through
`python -m screening`, timed (wall and CPU) with the peak memory of the process, and checked against
what the sample generator planted.

    .venv/bin/python benchmarks/screening_cli.py [--claims 1000000] [--subsidies 200000] [--runs 3]

The data is generated once (screening.sample, seed 20261127) into benchmarks/results/data-<sizes>/ and
reused. Targets (issue 11): ≤ 20 s wall, < 1.5 GB. The table gives every run and the median; the
load average before and after tells whether the machine was quiet."""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261127
AS_OF = "2026-06-30"


def data_dir(claims: int, subsidies: int) -> Path:
    out = ROOT / "benchmarks" / "results" / f"data-{claims}-{subsidies}"
    if not (out / "planted.json").exists():
        print(f"生成示例数据 {claims} + {subsidies} 行（只生成一次）…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "screening.sample", "--out", str(out), "--claims", str(claims),
                        "--subsidies", str(subsidies), "--seed", str(SEED), "--as-of", AS_OF], cwd=ROOT, check=True)
    return out


def run_once(data: Path, policy: Path) -> dict:
    """One CLI run in a child process: wall seconds, CPU seconds and peak RSS of that child alone."""
    out = data / "flags.jsonl"
    command = [sys.executable, "-c", "import resource, runpy, sys; sys.argv = sys.argv[1:]; "
               "code = 0\ntry:\n    runpy.run_module('screening', run_name='__main__')\nexcept SystemExit as e:\n"
               "    code = e.code or 0\nu = resource.getrusage(resource.RUSAGE_SELF)\n"
               "print(f'RUSAGE {u.ru_utime + u.ru_stime} {u.ru_maxrss}', file=sys.stderr)\nsys.exit(code)",
               "screening", "--claims", str(data / "claims.csv"), "--employers", str(data / "employers.csv"),
               "--subsidies", str(data / "subsidies.csv"), "--as-of", AS_OF, "--policy", str(policy)]
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        proc = subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"screening failed (exit {proc.returncode}):\n{proc.stderr}")
    cpu, rss_kb = next(line.split()[1:] for line in proc.stderr.splitlines() if line.startswith("RUSAGE "))
    return {"wall": wall, "cpu": float(cpu), "rss_mb": int(rss_kb) / 1024, "flags": out}


def planted_found(data: Path, flags_path: Path) -> tuple[int, int, int]:
    planted = json.loads((data / "planted.json").read_text(encoding="utf-8"))["planted"]
    flags = [json.loads(line) for line in flags_path.read_text(encoding="utf-8").splitlines()]
    found = {(f["rule"], f["file"], f["key"], tuple(f["rows"])) for f in flags}
    hits = sum((p["rule"], p["file"], p["key"], tuple(p["rows"])) in found for p in planted)
    return len(planted), hits, len(flags)


def compiled_policy() -> Path:
    sys.path.insert(0, str(ROOT))
    from builder.compile import compile_policy

    path = ROOT / "benchmarks" / "results" / "policy.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(compile_policy(ROOT / "policy_data"), ensure_ascii=False), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--subsidies", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = data_dir(args.claims, args.subsidies)
    policy = compiled_policy()
    rows = {name: sum(1 for _ in (data / f"{name}.csv").open(encoding="utf-8-sig")) - 1
            for name in ("claims", "employers", "subsidies")}
    load_before = os.getloadavg()
    runs = [run_once(data, policy) for _ in range(args.runs)]
    load_after = os.getloadavg()
    planted, hits, flags = planted_found(data, runs[-1]["flags"])
    print(f"python -m screening  claims {rows['claims']:,} 行 + employers {rows['employers']:,} 行 + "
          f"subsidies {rows['subsidies']:,} 行（{os.cpu_count()} 核）")
    print(f"{'run':>6} {'wall s':>8} {'cpu s':>8} {'peak MB':>9}")
    for i, r in enumerate(runs, 1):
        print(f"{i:>6} {r['wall']:>8.2f} {r['cpu']:>8.2f} {r['rss_mb']:>9.0f}")
    print(f"{'median':>6} {statistics.median(r['wall'] for r in runs):>8.2f} "
          f"{statistics.median(r['cpu'] for r in runs):>8.2f} {max(r['rss_mb'] for r in runs):>9.0f}")
    print(f"目标：wall ≤ 20 s，内存 < 1536 MB。预置异常 {planted} 个，找到 {hits} 个；共 {flags} 条标记。")
    print(f"load average 1/5/15 min：运行前 {' '.join(f'{x:.2f}' for x in load_before)}，"
          f"运行后 {' '.join(f'{x:.2f}' for x in load_after)}")


if __name__ == "__main__":
    main()
