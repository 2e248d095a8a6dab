"""python -m screening --claims claims.csv [--employers employers.csv] [--subsidies subsidies.csv]
                       [--as-of YYYY-MM-DD] [--set RULE.PARAM=VALUE …]  > flags.jsonl

One JSON object per flag on stdout, written only after every file was read and screened; a summary
per rule (with the thresholds used) on stderr. Exit 0 after screening, 2 on unusable input with
`FILE:LINE: problem` lines on stderr and nothing on stdout."""
import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from screening import engine, params
from screening.reader import InputErrors

ROOT = Path(__file__).resolve().parent.parent
USAGE = ("用法：python -m screening --claims 申领记录.csv [--employers 参保单位.csv] [--subsidies 补贴记录.csv] "
         "[--as-of YYYY-MM-DD] [--set 规则.参数=值 …] > flags.jsonl（--claims 和 --subsidies 至少提供一个）")


class Parser(argparse.ArgumentParser):
    def error(self, message):
        fail([USAGE])


def fail(messages: list) -> None:
    for message in messages:
        print(message, file=sys.stderr)
    sys.exit(2)


def load_policy(path: str | None):
    from calculators.api import policy_for

    if path:
        return policy_for(json.loads(Path(path).read_text(encoding="utf-8")))
    from builder.compile import compile_policy   # lazily: the package itself stays stdlib-only

    return policy_for(compile_policy(ROOT / "policy_data"))


def parse_args(argv):
    parser = Parser(prog="python -m screening", description="按通知第六、七条筛查申领和补贴记录中的风险情形")
    parser.add_argument("--claims")
    parser.add_argument("--employers")
    parser.add_argument("--subsidies")
    parser.add_argument("--as-of", default=None)
    parser.add_argument("--set", action="append", default=[], dest="settings")
    parser.add_argument("--policy", default=None, help="已编译的 policy.json（默认从 policy_data/ 编译）")
    args = parser.parse_args(argv)
    if not args.claims and not args.subsidies:
        fail([USAGE])
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        fail([f"--as-of {args.as_of}：请按“年-月-日”填写筛查日期，例如 2025-06-30"])
    try:
        settings = dict(params.parse_setting(s) for s in args.settings)
    except params.SettingError as e:
        fail([str(e)])
    return args, as_of, settings


def summary_lines(result: dict) -> list:
    out = [f"筛查日期 {result['as_of']}；读取 " + "，".join(f"{k} {n} 行" for k, n in result["rows"].items())]
    for s in result["summary"]:
        used = "；".join(f"{e['label']} {e['value']}（{'本次设定' if e['changed'] else e['basis']}）"
                        for e in s["params"].values())
        state = s["skipped"] or f"{s['count']} 条"
        out.append(f"  {s['rule']:<22} {state}  {s['title']}" + (f"  [{used}]" if used else ""))
    return out


def main(argv=None) -> int:
    args, as_of, settings = parse_args(argv)
    paths = {"claims": args.claims, "employers": args.employers, "subsidies": args.subsidies}
    for name, path in paths.items():
        if path and not Path(path).is_file():
            fail([f"{path}:0: 文件不存在或无法读取"])
    try:
        tables = engine.load(paths)
        result = engine.screen(tables, as_of, settings, load_policy(args.policy))
    except InputErrors as e:
        fail(e.messages)
    text = "".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) + "\n" for f in result["flags"])
    sys.stdout.write(text)
    sys.stdout.flush()
    print("\n".join(summary_lines(result)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
