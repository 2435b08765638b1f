"""`make bench`: build or reuse the benchmark corpus on PostgreSQL, measure it, print a
table and save it as JSON (bench/results/latest.json and a dated copy).

Steps: create the database if missing; migrate; generate the corpus into an empty database
(or reuse the one there); VACUUM (ANALYZE); the linker benchmark (`bench_linker --json`);
re-link every article after adding an alias; choose the endpoints and count their SQL
queries in-process (bench/probe.py). Then server runs, each gunicorn started exactly as
docs/deploy.md says and loaded with wrk at concurrency 8, each endpoint after a warm-up,
with the bare /healthz view measured before, in the middle of and after the endpoints (the
median of the three is that run's baseline, and every ratio is to the baseline of its run):

- `uncached`: every endpoint doing its whole work (PAGE_CACHE_SECONDS and
  RENDER_CACHE_SECONDS 0); the article page is the one with the most mentions, all linked.
- `cached`: the settings as deployed (page and rendered-body caches on, in Redis): the
  article and organisation pages, warmed.
- `unlinked`: as `uncached` with MENTION_LINKS=$BENCH_UNLINKED, for the cost of linking;
  left out, and said so, while the settings refuse that value.

Environment (defaults in brackets): BENCH_DB, a database name or a postgres:// URL
[newsroom_bench]; BENCH_PG, the server [postgres://postgres@127.0.0.1:5432]; BENCH_REDIS,
the cache, empty for local memory [redis://127.0.0.1:6379/0]; BENCH_ARTICLES [100000],
BENCH_ENTITIES [20000], BENCH_SEED [1]; BENCH_SECONDS per endpoint [5], BENCH_WARMUP [2],
BENCH_CONCURRENCY [8], BENCH_PORT [8123]; WEB_CONCURRENCY, gunicorn's workers
[deploy/gunicorn.conf.py's]; BENCH_UNLINKED [none]; BENCH_SKIP, steps to leave out while
iterating (`linker`, `relink`: their figures are then null).
"""

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PY = sys.executable
HOST = "127.0.0.1"
HEADERS = {"X-Forwarded-Proto": "https"}  # what the proxy in front of gunicorn adds


def env_int(name, default):
    return int(os.environ.get(name, default))


ARTICLES = env_int("BENCH_ARTICLES", 100_000)
ENTITIES = env_int("BENCH_ENTITIES", 20_000)
SEED = env_int("BENCH_SEED", 1)
SECONDS = env_int("BENCH_SECONDS", 5)
WARMUP = env_int("BENCH_WARMUP", 2)
CONCURRENCY = env_int("BENCH_CONCURRENCY", 8)
PORT = env_int("BENCH_PORT", 8123)
UNLINKED = os.environ.get("BENCH_UNLINKED", "none")
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/0")
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
LOG = Path(tempfile.gettempdir()) / f"newsroom-bench-gunicorn-{PORT}.log"


def database_url():
    name = os.environ.get("BENCH_DB", "newsroom_bench")
    if "://" in name:
        return name
    return f"{os.environ.get('BENCH_PG', 'postgres://postgres@127.0.0.1:5432').rstrip('/')}/{name}"


def site_env(url, **extra):
    """The production environment docs/deploy.md describes, pointed at the bench database."""
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-" + "x" * 50),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": url,
        "MENTION_LINKS": "all",
        # One client on one address: throttling still runs, but must not answer 429.
        "API_ANON_RATE": "100000/second",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)
    if REDIS:
        env["REDIS_URL"] = REDIS
    env.update(extra)
    return env


def parse_wrk(output: str) -> dict:
    """wrk's summary (printed by bench/report.lua) as requests/s and latencies in ms.

    With no response completed there is no latency to report: those are None, not 0.
    """
    line = next(ln for ln in output.splitlines() if ln.startswith("WRK_JSON "))
    data = json.loads(line.removeprefix("WRK_JSON "))

    def latency(key):
        return round(data[key] / 1000, 2) if data["requests"] else None

    return {
        "rps": round(data["requests"] / (data["duration_us"] / 1e6), 1),
        "p50_ms": latency("p50_us"),
        "p95_ms": latency("p95_us"),
        "p99_ms": latency("p99_us"),
        "requests": data["requests"],
        "errors": sum(data["errors"].values()),
    }


def ms(value):
    """A latency for the table: milliseconds, or a dash when none was measured."""
    return "—" if value is None else f"{value:.2f}"


def median_run(runs: list[dict]) -> dict:
    """The run with the median requests/s (the lower middle one of an even number)."""
    ordered = sorted(runs, key=lambda run: run["rps"])
    return ordered[(len(ordered) - 1) // 2]


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout


def probe(env, command, given=None):
    result = subprocess.run(
        [PY, "bench/probe.py", command],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        input=json.dumps(given) if given is not None else None,
        stdout=subprocess.PIPE,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def accepted(env):
    """Whether the settings load in this environment."""
    check = [PY, "-c", "import newsroom.settings"]
    return subprocess.run(check, cwd=ROOT, env=env, capture_output=True).returncode == 0


STARTED = time.monotonic()


def step(message):
    minutes, seconds = divmod(int(time.monotonic() - STARTED), 60)
    print(f"== [{minutes:02d}:{seconds:02d}] {message}", flush=True)


def machine(url):
    import psycopg

    with psycopg.connect(url) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    return {
        "cores": os.cpu_count(),
        "cpu_model": model.group(1).strip() if model else platform.processor(),
        "python": platform.python_version(),
        "postgresql": postgres,
        "os": platform.platform(),
        "load_average_at_start": os.getloadavg()[0],
    }


def ensure_database(url):
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            step(f"Creating database {name}")
            connection.execute(f'CREATE DATABASE "{name}"')


def build_corpus(env):
    counts = probe(env, "corpus")
    if counts["articles"] == 0:
        step(f"Generating {ARTICLES:,} articles and {ENTITIES:,} entities (seed {SEED})")
        args = ["--articles", ARTICLES, "--entities", ENTITIES, "--seed", SEED]
        manage(env, "generate_corpus", *map(str, args))
        counts = probe(env, "corpus")
    elif counts["articles"] != ARTICLES:
        sys.exit(
            f"The database holds {counts['articles']:,} articles, not {ARTICLES:,}: "
            "set BENCH_ARTICLES to match, or drop the database to build a new corpus."
        )
    else:
        step(f"Reusing the corpus in the database ({counts['articles']:,} articles)")
    return counts


def vacuum_analyze(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")


def relink(env, articles):
    """Re-link every article with `relink_articles` after an alias is added.

    The rate is articles over the command's wall-clock time, which includes starting
    Django and building the linker for the new alias table; the command's own report
    (its timing of the re-linking alone) is kept beside it.
    """
    probe(env, "add-alias")
    started = time.perf_counter()
    output = manage(env, "relink_articles", "--verbosity", "1", capture=True)
    elapsed = time.perf_counter() - started
    print(output.strip(), flush=True)
    return {
        "relink_articles_per_s": round(articles / elapsed, 1),
        "relink_seconds": round(elapsed, 1),
        "relink_report": output.strip().splitlines()[-1] if output.strip() else "",
    }


@contextmanager
def gunicorn(env):
    """gunicorn as docs/deploy.md runs it, on loopback; yields the arbiter's process."""
    command = [
        str(Path(PY).parent / "gunicorn"),
        "-c",
        "deploy/gunicorn.conf.py",
        "--bind",
        f"{HOST}:{PORT}",
        "newsroom.wsgi",
    ]
    log = LOG.open("a")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 300  # the arbiter builds the linker first
        while True:
            try:
                if fetch("/healthz") == 200:
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"gunicorn did not start; see {LOG}")
                time.sleep(0.5)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def fetch(path, headers=None):
    request = urllib.request.Request(f"http://{HOST}:{PORT}{path}")
    for name, value in {**HEADERS, **(headers or {})}.items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wrk(path, headers=None, seconds=SECONDS):
    command = [
        "wrk",
        f"-t{min(CONCURRENCY, 2)}",
        f"-c{CONCURRENCY}",
        f"-d{seconds}s",
        # Long enough that a slow response is measured rather than dropped as an error.
        "--timeout",
        "30s",
        "-s",
        str(ROOT / "bench" / "report.lua"),
    ]
    for name, value in {**HEADERS, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://{HOST}:{PORT}{path}"], check=True, text=True, capture_output=True
    ).stdout
    return parse_wrk(output)


def load(name, target):
    """Check the endpoint answers as expected, warm it up, then measure it."""
    path, headers = target["path"], target.get("headers")
    status = fetch(path, headers)
    if status != target.get("status", 200):
        sys.exit(f"{name}: {path} answered {status}; see {LOG}")
    wrk(path, headers, seconds=WARMUP)
    result = wrk(path, headers)
    print(
        f"   {name:<20} {result['rps']:>8.1f} req/s  p95 {ms(result['p95_ms']):>8} ms", flush=True
    )
    if result["errors"]:
        print(f"   !! {name}: {result['errors']} errors or unexpected statuses", flush=True)
    return result


def worker_memory(server):
    """Peak resident memory (VmHWM) and current proportional share (Pss) of each worker."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    peaks, shares = [], []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peaks.append(int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1)))
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        shares.append(int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE).group(1)))
    return {
        "workers": len(children),
        "peak_mb": round(max(peaks) / 1024, 1),
        "pss_mb": round(max(shares) / 1024, 1),
    }


def serve_and_load(env, targets):
    """One server run: bare view, then the targets, the bare view, the rest, the bare view."""
    bare, results = [], {}
    names = list(targets)
    half = (len(names) + 1) // 2
    with gunicorn(env) as server:
        bare.append(load("bare", {"path": "/healthz"}))
        for name in names[:half]:
            results[name] = load(name, targets[name])
        bare.append(load("bare", {"path": "/healthz"}))
        for name in names[half:]:
            results[name] = load(name, targets[name])
        bare.append(load("bare", {"path": "/healthz"}))
        memory = worker_memory(server)
    return bare, results, memory


def endpoint_rows(results, queries, baseline, targets):
    rows = {}
    for name, result in results.items():
        rows[name] = {
            "path": targets[name]["path"],
            **result,
            "queries": queries.get(name),
            "ratio_to_bare": round(result["rps"] / baseline["rps"], 3),
        }
        extra = {k: v for k, v in targets[name].items() if k not in {"path", "headers", "status"}}
        rows[name].update(extra)
    return rows


def print_table(report):
    m, c = report["machine"], report["corpus"]
    print()
    print(
        f"Machine: {m['cores']} cores, {m['cpu_model']}; Python {m['python']}; "
        f"PostgreSQL {m['postgresql']}; gunicorn {report['server']['workers']} workers"
    )
    print(
        f"Corpus: {c['articles']:,} articles, {c['entities']:,} entities, "
        f"{c['aliases']:,} aliases, {c['mentions']:,} mentions"
    )
    print("Bare view (/healthz), the median of three measurements in each server run:")
    for label, b in report["bare_by_run"].items():
        print(
            f"  {label:<9} {b['rps']:>8.1f} req/s, "
            f"p50 {b['p50_ms']:.2f} ms, p95 {b['p95_ms']:.2f} ms"
        )
    print()
    header = f"{'endpoint':<20} {'run':<9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
    print(f"{header} {'queries':>7} {'÷ bare':>7}")
    for name, row in report["endpoints"].items():
        queries = "" if row["queries"] is None else row["queries"]
        print(
            f"{name:<20} {row['run']:<9} {row['rps']:>8.1f} {ms(row['p50_ms']):>8} "
            f"{ms(row['p95_ms']):>8} {queries:>7} {row['ratio_to_bare']:>7.1%}"
        )
    print()
    linker = report["linker"]
    if linker:
        print(
            f"Linker: build {linker['build_s']} s ({linker['build_mb']} MB), news "
            f"{linker['news_mb_per_s']} MB/s, 5 KB article p95 "
            f"{linker['ms_per_5kb_article']['p95']} ms; regex alternation "
            f"{linker['regex_mb_per_s']} MB/s"
        )
    if report["relink_articles_per_s"] is not None:
        print(
            f"Re-link every article: {report['relink_articles_per_s']} articles/s "
            f"({report['relink_seconds']} s)"
        )
    s = report["search"]
    print(
        f"Search p95: selective {ms(s['selective_p95_ms'])} ms, common {ms(s['common_p95_ms'])} ms"
    )
    if report["linking_cost"] is not None:
        print(f"Linking on costs {report['linking_cost']:.1%} of the unlinked article's rate")
    print(
        f"Worker peak memory (VmHWM): {report['worker_peak_mb']} MB "
        f"(proportional share {report['worker_pss_mb']} MB)"
    )
    print(f"The whole run took {report['elapsed_s'] / 60:.1f} minutes")


def save(report):
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2) + "\n"
    (RESULTS / "latest.json").write_text(text)
    dated = RESULTS / f"{report['started'][:16].replace(':', '')}.json"
    dated.write_text(text)
    print(f"\nSaved {RESULTS.relative_to(ROOT)}/latest.json and {dated.name}")


def server_run(label, env, targets, queries):
    """Serve the site in this environment, load the targets, and set each beside the bare
    view measured in the same run."""
    step(f"Server run '{label}': wrk at concurrency {CONCURRENCY}, {SECONDS} s per endpoint")
    bare_runs, results, memory = serve_and_load(env, targets)
    baseline = median_run(bare_runs)
    rows = endpoint_rows(results, queries, baseline, targets)
    for row in rows.values():
        row.update(run=label, bare_rps=baseline["rps"])
    return {**baseline, "runs": bare_runs}, rows, memory


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk (make bench installs it as root).")
    started, clock = datetime.now().astimezone(), time.perf_counter()
    LOG.write_text("")
    url = database_url()
    env = site_env(url)
    report = {"started": started.isoformat(timespec="seconds"), "database": url.rsplit("/")[-1]}
    report["machine"] = machine(url.rsplit("/", 1)[0] + "/postgres")

    ensure_database(url)
    step("Migrating")
    manage(env, "migrate", "--no-input", "--verbosity", "0")
    counts = build_corpus(env)
    report["corpus"] = counts
    step("VACUUM (ANALYZE)")
    vacuum_analyze(url)
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")

    report.update(linker={}, relink_articles_per_s=None, relink_seconds=None)
    if "linker" not in SKIP:
        step("Linker benchmark (bench_linker --json)")
        report["linker"] = json.loads(manage(env, "bench_linker", "--json", capture=True))
    if "relink" not in SKIP:
        step("Re-linking every article after adding an alias")
        report.update(relink(env, counts["articles"]))

    # The pages' own work: no cached page, no cached rendered body.
    uncached = site_env(url, PAGE_CACHE_SECONDS="0", RENDER_CACHE_SECONDS="0")
    step("Choosing the endpoints and counting their queries")
    plan = probe(uncached, "plan")
    targets = plan["targets"]
    bare, endpoints, memory = server_run("uncached", uncached, targets, plan["queries"])
    report["bare"] = {**bare, "chosen": "the median of the runs"}
    report["bare_by_run"] = {"uncached": bare}
    memories = [memory]

    # As deployed: pages and rendered bodies cached (in Redis when BENCH_REDIS is set).
    cached = {f"{name}_cached": targets[name] for name in ("article", "organisation")}
    bare, rows, memory = server_run("cached", env, cached, probe(env, "queries", cached))
    report["bare_by_run"]["cached"] = bare
    endpoints.update(rows)
    memories.append(memory)

    report["linking_cost"] = None
    unlinked_env = {**uncached, "MENTION_LINKS": UNLINKED}
    unlinked = {"article_unlinked": targets["article"]}
    if accepted(unlinked_env):
        queries = probe(unlinked_env, "queries", unlinked)
        bare, rows, memory = server_run("unlinked", unlinked_env, unlinked, queries)
        report["bare_by_run"]["unlinked"] = bare
        endpoints.update(rows)
        memories.append(memory)
        linked_ratio = endpoints["article"]["ratio_to_bare"]
        report["linking_cost"] = round(
            1 - linked_ratio / rows["article_unlinked"]["ratio_to_bare"], 3
        )
    else:
        print(f"!! The settings refuse MENTION_LINKS={UNLINKED}: no article_unlinked figure")

    report["endpoints"] = endpoints
    report["search"] = {
        "selective_p95_ms": endpoints["search_selective"]["p95_ms"],
        "common_p95_ms": endpoints["search_common"]["p95_ms"],
        "selective_term": targets["search_selective"]["term"],
        "common_term": targets["search_common"]["term"],
    }
    report["server"] = {
        "workers": memory["workers"],
        "preload": True,
        "cache": env.get("REDIS_URL"),
    }
    report["worker_peak_mb"] = max(m["peak_mb"] for m in memories)
    report["worker_pss_mb"] = max(m["pss_mb"] for m in memories)
    report["elapsed_s"] = round(time.perf_counter() - clock, 1)
    print_table(report)
    save(report)


if __name__ == "__main__":
    main()
