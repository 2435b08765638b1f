"""The benchmark runner's pure parts (reading wrk's summary, finding a deep API page) and
the linker's instruction count."""

import json
import subprocess
import sys
from pathlib import Path

from bench.probe import deep_page, without_param
from bench.run import median_run, parse_wrk

ROOT = Path(__file__).resolve().parent.parent

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8123/healthz
  2 threads and 8 connections
Requests/sec:    591.28
WRK_JSON {"requests": 3000, "duration_us": 5000000, "bytes": 1621350, "p50_us": 8943.0, \
"p95_us": 21466.0, "p99_us": 32254.0, "max_us": 57738.0, "errors": {"connect": 0, "read": 0, \
"write": 0, "status": 2, "timeout": 1}}
"""


def test_wrk_summary_becomes_requests_per_second_and_milliseconds():
    result = parse_wrk(WRK_OUTPUT)
    assert result["rps"] == 600.0
    assert (result["p50_ms"], result["p95_ms"], result["p99_ms"]) == (8.94, 21.47, 32.25)
    assert result["requests"] == 3000


def test_wrk_errors_and_unexpected_statuses_are_counted_together():
    assert parse_wrk(WRK_OUTPUT)["errors"] == 3


def test_a_run_where_no_response_completed_reports_no_latency_rather_than_zero():
    output = WRK_OUTPUT.replace('"requests": 3000', '"requests": 0')
    result = parse_wrk(output)
    assert result["rps"] == 0
    assert result["p50_ms"] is None
    assert result["p95_ms"] is None


def test_the_baseline_is_the_run_with_the_median_rate():
    runs = [{"rps": 500.0}, {"rps": 700.0}, {"rps": 650.0}]
    assert median_run(runs) == {"rps": 650.0}
    assert median_run([{"rps": 2.0}, {"rps": 1.0}]) == {"rps": 1.0}


def fake_cursor_api(total, default_size=50):
    """An API list of `total` items paged by cursor, recording the pages asked for."""
    asked = []

    def get_json(url):
        asked.append(url)
        params = dict(p.split("=") for p in url.partition("?")[2].split("&") if p)
        start, size = int(params.get("cursor", 0)), int(params.get("page_size", default_size))
        end = min(start + size, total)
        following = f"/api/v1/things/?cursor={end}&page_size={size}" if end < total else None
        return {"results": list(range(start, end)), "next": following}

    return get_json, asked


def test_a_deep_cursor_page_is_reached_by_following_next_links():
    get_json, asked = fake_cursor_api(10_000)
    url = deep_page(get_json, "/api/v1/things/", 10_000, page_size=50, step_size=200)
    assert url == "/api/v1/things/?cursor=9000"
    assert all("page_size=200" in page for page in asked[1:])


def test_a_deep_numbered_page_is_addressed_directly():
    def get_json(url):
        return {"results": [], "next": "/api/v1/things/?page=2"}

    url = deep_page(get_json, "/api/v1/things/", 10_000, page_size=50, step_size=200)
    assert url == "/api/v1/things/?page=181"


def test_a_short_list_has_no_deep_page_but_its_first():
    def get_json(url):
        return {"results": [1, 2], "next": None}

    assert deep_page(get_json, "/api/v1/things/", 2, page_size=50, step_size=200) == (
        "/api/v1/things/"
    )


def test_removing_a_query_parameter_keeps_the_others():
    url = "http://testserver/api/v1/things/?cursor=abc&page_size=200&ordering=-date"
    assert without_param(url, "page_size") == "/api/v1/things/?cursor=abc&ordering=-date"


def instructions(*args: str) -> dict:
    """Run bench/linker_instructions.py on a small table and text; return its JSON."""
    command = [sys.executable, "bench/linker_instructions.py", "--json", *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_the_linker_instruction_count_repeats():
    # The point of counting instructions: two runs of one linker agree however busy the
    # machine is (wall-clock rates here move by half), so versions a percent apart can be
    # told apart. Files other tests create in the checkout meanwhile can still shift the
    # heap: a fresh clone's CI run, beside the other tests, once moved 0.105% (3,706 in
    # 3.54 M) where runs alone agree exactly. Half a per cent still tells versions a
    # percent apart.
    first = instructions("--aliases", "300", "--kb", "20", "--kind", "articles")
    again = instructions("--aliases", "300", "--kb", "20", "--kind", "articles")
    assert first["texts"] == 4
    assert first["instructions"] > 1_000_000
    assert abs(again["instructions"] - first["instructions"]) <= first["instructions"] / 200


def test_the_instruction_count_refuses_a_missing_text():
    command = [sys.executable, "bench/linker_instructions.py", "--text", "no/such/file.txt"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0
    assert "no/such/file.txt: no such file" in done.stderr
