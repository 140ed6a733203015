#!/usr/bin/env python3
"""Benchmarks of the Lambda asset against bare boto3, each beside its baseline measured in the same run.

    python -m bench.run [--quick] [--only cold,cold_traced,warm_api,warm_sfn,memory,asset,local_api,first_hour]

Prints one table and writes it as JSON to ``bench/results/latest.json``. Every measurement runs in a
child process (``bench/worker.py``) whose stdout, the handler's log and metric lines, goes to /dev/null.
Handler and baseline runs are interleaved (A, B, A, B...) so a noisy neighbour hits both alike.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench import first_hour, local_api
from local.gateway.lambda_runtime import FUNCTION_GUARDS

ROOT = Path(__file__).resolve().parent.parent

RESULTS = ROOT / "bench" / "results"
SECTIONS = (
    "cold",
    "cold_traced",
    "warm_api",
    "warm_sfn",
    "warm_number",
    "audit",
    "memory",
    "asset",
    "local_api",
    "first_hour",
)

BASE_ENV = {
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2": "http://127.0.0.1:9",  # closed port; the hook answers first
    "AWS_CONFIG_FILE": "/nonexistent/bench-aws-config",
    "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/bench-aws-credentials",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "PYTHONPATH": f"{ROOT / 'lambda_src'}{os.pathsep}{ROOT}",
    **FUNCTION_GUARDS,  # the function's guards as the local mode sets them (every pool, the local API trusted)
}
_DROP = (
    "AWS_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_FUNCTION_NAME",
    "LAMBDA_TASK_ROOT",
    "_X_AMZN_TRACE_ID",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONPROFILEIMPORTTIME",
    "PYTHONTRACEMALLOC",
    "POWERTOOLS_DEV",
)
# As the brief asks (AWS_LAMBDA_FUNCTION_NAME makes the handler build its Tracer), plus what the Lambda
# service also sets: without LAMBDA_TASK_ROOT Powertools builds the Tracer but disables it.
TRACED_ENV = {
    "AWS_LAMBDA_FUNCTION_NAME": "x",
    "POWERTOOLS_TRACE_DISABLED": "false",
    "AWS_XRAY_CONTEXT_MISSING": "IGNORE_ERROR",
    "LAMBDA_TASK_ROOT": str(ROOT / "lambda_src"),
    "_X_AMZN_TRACE_ID": "Root=1-67a1b2c3-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1",
    "AWS_XRAY_DAEMON_ADDRESS": "127.0.0.1:2000",  # UDP, nobody listens: segments are sent and lost
}


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROP}
    env.update(BASE_ENV)
    env.update(extra or {})
    return env


def run_worker(
    args: Sequence[str], extra_env: dict[str, str] | None = None, timeout: float = 600
) -> tuple[dict[str, Any], float]:
    """Run ``bench.worker`` with stdout to /dev/null; its JSON result and the parent's wall time (ms)."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        env = child_env(extra_env)
        env["BENCH_RESULT_FILE"] = str(result_file)
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "bench.worker", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
        wall_ms = (time.perf_counter() - start) * 1e3
        raw = result_file.read_bytes() if result_file.exists() else b""
    if proc.returncode != 0 or not raw:
        raise RuntimeError(f"worker {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return json.loads(raw), wall_ms


# ------------------------------------------------------------------------------------------ results
def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation), as latency reports use."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


@dataclass
class Row:
    section: str
    metric: str
    unit: str
    median: float
    p95: float | None = None
    baseline_median: float | None = None
    baseline_p95: float | None = None
    target: str = ""
    limit: float | None = None  # what ``checked`` must stay at or under
    checked: str = "ratio"  # "ratio" or "value"
    n: int = 0
    ratio: float | None = field(default=None, init=False)
    ok: bool | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.baseline_median:
            self.ratio = self.median / self.baseline_median
        value = self.ratio if self.checked == "ratio" else self.median
        if self.limit is not None and value is not None:
            self.ok = value <= self.limit


def row(
    section: str,
    metric: str,
    unit: str,
    values: Sequence[float],
    baseline: Sequence[float] | None = None,
    **kwargs: Any,
) -> Row:
    return Row(
        section,
        metric,
        unit,
        statistics.median(values),
        percentile(values, 95),
        statistics.median(baseline) if baseline else None,
        percentile(baseline, 95) if baseline else None,
        n=len(values),
        **kwargs,
    )


@dataclass
class Section:
    name: str
    status: str = "ok"
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------------------- sections
def cold_section(name: str, runs: int, extra_env: dict[str, str] | None) -> Section:
    """Fresh processes: the handler module imported and first API Gateway call, against bare boto3."""
    section = Section(name)
    samples: dict[str, dict[str, list[float]]] = {"handler": {}, "baseline": {}}
    modules: dict[str, int] = {}
    for i in range(runs + 1):
        order = ("handler", "baseline") if i % 2 else ("baseline", "handler")
        for side in order:
            result, wall = run_worker(["cold", side], extra_env)
            if not result["ok"]:
                raise RuntimeError(f"cold {side}: first call failed")
            if i == 0:
                continue  # the first pair warms the page cache and writes .pyc files
            modules[side] = result["modules"]
            per = samples[side]
            for key in ("init_ms", "first_call_ms", "inside_ms"):
                per.setdefault(key, []).append(result[key])
            per.setdefault("wall_ms", []).append(wall)
    h, b = samples["handler"], samples["baseline"]
    section.rows += [
        row(name, "wall (parent, spawn to exit)", "ms", h["wall_ms"], b["wall_ms"], target="<= 1.25", limit=1.25),
        row(name, "inside (import + first call)", "ms", h["inside_ms"], b["inside_ms"], target="<= 1.25", limit=1.25),
        row(name, "  init (imports + client)", "ms", h["init_ms"], b["init_ms"]),
        row(name, "  first call", "ms", h["first_call_ms"], b["first_call_ms"]),
    ]
    section.extra = {"modules_loaded": modules}
    section.notes.append(
        f"{runs} runs per side, interleaved; modules loaded: handler {modules.get('handler')}, "
        f"baseline {modules.get('baseline')}; baseline = import boto3 + client + call"
    )
    return section


def warm_section(kind: str, procs: int, rounds: int, block: int) -> Section:
    name = f"warm_{kind}"
    section = Section(name)
    handler: list[float] = []
    baseline: list[float] = []
    for _ in range(procs):
        result, _wall = run_worker(["warm", kind, str(rounds), str(block)])
        handler += [ns / 1e3 for ns in result["handler_ns"]]
        baseline += [ns / 1e3 for ns in result["baseline_ns"]]
    # warm_number has no target: it costs a second (canned) AWS call, which is its point.
    limit = {"api": 1.35, "sfn": 1.2}.get(kind)
    event = {
        "api": "API Gateway REST proxy event",
        "sfn": "Step Functions payload",
        "number": "API event, E.164 number resolved: +1 listing call",
    }[kind]
    section.rows.append(
        row(
            name,
            f"per invocation ({event})",
            "µs",
            handler,
            baseline,
            target=f"<= {limit}" if limit else "",
            limit=limit,
        )
    )
    section.rows.append(
        Row(
            name,
            "  overhead over bare call (medians)",
            "µs",
            statistics.median(handler) - statistics.median(baseline),
            n=len(handler),
        )
    )
    section.notes.append(
        f"{procs} process(es) x {rounds} interleaved blocks of {block} calls per side; "
        "baseline = client.disassociate_origination_identity on the same client and hook"
    )
    return section


def audit_section(number: int) -> Section:
    section = Section("audit")
    result, _wall = run_worker(["audit", str(number)])
    section.rows.append(Row("audit", "audit record, rendered and written", "µs", result["record_ns"] / 1e3, n=7))
    section.rows.append(Row("audit", "  its size", "B", float(result["bytes"]), n=1))
    section.notes.append(f"median of 7 runs of {number} records (sms_pool.audit.emit to the log stream)")
    return section


def memory_section(procs: int, total: int, check: int) -> Section:
    section = Section("memory")
    data: dict[str, dict[str, list[float]]] = {"handler": {}, "baseline": {}}
    for i in range(procs):
        for side in ("handler", "baseline") if i % 2 else ("baseline", "handler"):
            result, _ = run_worker(["memory", side, str(total), str(check)])
            per = data[side]
            per.setdefault("peak", []).append(result["peak_kb"] / 1024)
            per.setdefault("growth", []).append((result["rss_end_kb"] - result["rss_check_kb"]) / 1024)
    h, b = data["handler"], data["baseline"]
    section.rows += [
        row(
            "memory",
            f"peak RSS after {total} invocations",
            "MB",
            h["peak"],
            b["peak"],
            target="< 100 MB",
            limit=100,
            checked="value",
        ),
        row(
            "memory",
            f"RSS growth {check} -> {total}",
            "MB",
            h["growth"],
            b["growth"],
            target="< 1 MB",
            limit=1,
            checked="value",
        ),
    ]
    section.notes.append(f"{procs} fresh process(es) per side; baseline = bare boto3 client, same hook")
    return section


def asset_zip_bytes(source: Path) -> tuple[int, dict[str, int]]:
    """Size of ``source`` zipped with deflate, __pycache__ excluded; and each file's compressed size."""
    buffer = io.BytesIO()
    sizes: dict[str, int] = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            rel = path.relative_to(source)
            if "__pycache__" in rel.parts or path.suffix == ".pyc" or not path.is_file():
                continue
            archive.write(path, rel.as_posix())
        for info in archive.infolist():
            sizes[info.filename] = info.compress_size
    return len(buffer.getvalue()), sizes


def asset_section() -> Section:
    section = Section("asset")
    size, sizes = asset_zip_bytes(ROOT / "lambda_src")
    section.rows.append(
        Row(
            "asset",
            "lambda_src/ zipped (deflate)",
            "KB",
            size / 1024,
            target="<= 64 KB",
            limit=64,
            checked="value",
            n=1,
        )
    )
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:3]
    section.notes.append("largest (compressed): " + ", ".join(f"{name} {s / 1024:.1f} KB" for name, s in largest))
    section.extra = {"files": sizes, "bytes": size}
    return section


def local_api_section(quick: bool) -> Section:
    section = Section("local_api")
    if not local_api.available():
        section.status = "skipped"
        section.notes.append("no synthesized template in cdk.out: run `make synth` (make bench does)")
        return section
    requests = 50 if quick else 500
    try:
        with local_api.local_stack() as (gateway_url, emulator_url):
            results = local_api.compare(gateway_url, emulator_url, (1, 32), requests)
    except (OSError, RuntimeError) as exc:
        section.status = f"failed: {exc}"
        return section
    for clients, (handler_run, emulator_run) in results.items():
        for metric, key, unit in (("throughput", "rps", "req/s"), ("p50", "p50_ms", "ms"), ("p99", "p99_ms", "ms")):
            section.rows.append(
                Row(
                    "local_api",
                    f"{clients} client(s) {metric}",
                    unit,
                    handler_run[key],
                    baseline_median=emulator_run[key],
                    n=handler_run["requests"],
                )
            )
        section.extra[f"{clients}_clients"] = {"gateway": handler_run, "emulator_direct": emulator_run}
    section.notes.append("baseline = the same call straight to the emulator (AWS JSON 1.0), same concurrency")
    return section


# ------------------------------------------------------------------------------------------- output
def first_hour_section(quick: bool) -> Section:
    """Fresh-clone `make run` set-up, no-change restart, and the two venvs' sizes (bench/first_hour.py)."""
    section = Section("first_hour")
    if quick:
        section.status = "skipped"
        section.notes.append("skipped with --quick (a fresh clone installs for minutes)")
        return section
    figures = first_hour.measure(ROOT)
    for metric, unit, key, target, limit in (
        ("fresh clone: make run set-up to banner", "s", "setup_s", "", None),
        ("no-change make run restart to banner", "s", "restart_s", "< 3 s", 3.0),
        ("make run venv (.venv after make run)", "MB", "run_venv_mb", "", None),
        ("make test venv (after make dev-venv)", "MB", "test_venv_mb", "", None),
        ("make dev-venv on top of make run", "s", "dev_install_s", "", None),
        ("node_modules (CDK CLI + Node 22)", "MB", "node_modules_mb", "", None),
    ):
        section.rows.append(
            Row("first_hour", metric, unit, figures[key], target=target, limit=limit, checked="value", n=1)
        )
    section.notes.append("from the committed HEAD; pip and jsii caches as this machine has them")
    section.extra = figures
    return section


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "µs" or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def render(sections: list[Section]) -> str:
    header = ("section", "metric", "unit", "median", "p95", "base med", "base p95", "ratio", "target", "ok")
    lines: list[tuple[str, ...]] = []
    for section in sections:
        if section.status != "ok":
            lines.append((section.name, section.status, "", "", "", "", "", "", "", ""))
            continue
        for r in section.rows:
            ok = "" if r.ok is None else ("yes" if r.ok else "NO")
            lines.append(
                (
                    r.section,
                    r.metric,
                    r.unit,
                    _fmt(r.median, r.unit),
                    _fmt(r.p95, r.unit),
                    _fmt(r.baseline_median, r.unit),
                    _fmt(r.baseline_p95, r.unit),
                    "-" if r.ratio is None else f"{r.ratio:.2f}",
                    r.target,
                    ok,
                )
            )
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    out = [
        "  ".join(
            cell.ljust(w) if i < 3 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        )
        for line in [header, *lines]
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    for section in sections:
        out += [f"  [{section.name}] {note}" for note in section.notes]
    return "\n".join(out)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="few runs: a smoke test, not a measurement")
    parser.add_argument("--cold-runs", type=int, default=None, help="fresh processes per side (default 25)")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    quick: bool = args.quick
    cold_runs: int = args.cold_runs or (3 if quick else 25)
    warm = (1, 4, 100) if quick else (3, 20, 250)
    plan: dict[str, Callable[[], Section]] = {
        "cold": lambda: cold_section("cold", cold_runs, None),
        "cold_traced": lambda: cold_section("cold_traced", cold_runs, TRACED_ENV),
        "warm_api": lambda: warm_section("api", *warm),
        "warm_sfn": lambda: warm_section("sfn", *warm),
        "warm_number": lambda: warm_section("number", *warm),
        "audit": lambda: audit_section(2_000 if quick else 20_000),
        "memory": lambda: memory_section(1, 2_000, 500) if quick else memory_section(3, 10_000, 1_000),
        "asset": asset_section,
        "local_api": lambda: local_api_section(quick),
        "first_hour": lambda: first_hour_section(quick),
    }
    sections: list[Section] = []
    started = time.time()
    for name in SECTIONS:
        if name in args.only:
            print(f"... {name}", file=sys.stderr, flush=True)
            sections.append(plan[name]())
    table = render(sections)
    print(table)
    document = {
        "meta": {
            "started": started,
            "seconds": round(time.time() - started, 1),
            "quick": quick,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "argv": sys.argv[1:],
        },
        "sections": {
            s.name: {"status": s.status, "rows": [asdict(r) for r in s.rows], "notes": s.notes, "extra": s.extra}
            for s in sections
        },
        "table": table,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
