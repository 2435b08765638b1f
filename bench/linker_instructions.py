"""Count the instructions Linker.find() spends on a text, under valgrind's callgrind.

On a shared machine, the linker's MB/s from `bench_linker` can swing by half from one run
to the next. Callgrind counts instructions instead, which do not depend on what else the
machine is doing (runs agree to about 0.02%): run this on two versions of the linker and
compare the counts.

    python bench/linker_instructions.py [--aliases 20000] [--kb 300] [--text FILE]
        [--kind news|dense|articles] [--report] [--json]

The table and texts are bench_linker's (same seed). `articles` cuts fifty 5 KB articles
from the news text; `--report` also works out the unresolved names. Only find() is
counted: collection is switched on inside functools.reduce, which the driver calls for
nothing else, after the linker is built and warmed up. Needs valgrind.
"""

import argparse
import compileall
import functools
import gc
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES, ARTICLE_SIZE = 50, 5000


def _texts(args) -> tuple[object, list[str]]:
    """Build the linker and the texts to link, as bench_linker does."""
    sys.path.insert(0, str(ROOT))
    from entities.linking import Linker
    from entities.management.commands import bench_linker as bench

    rng = random.Random(bench.SEED)
    entities, refs = bench.make_table(args.aliases, rng)
    size = args.kb * 1000
    news = bench.make_news(entities, size, rng)
    if args.text:
        sample = Path(args.text).read_text(encoding="utf-8")
        news = (sample * (size // len(sample) + 1))[:size]
    if args.kind == "dense":  # drawn after the news, as bench_linker draws it
        texts = [bench.make_dense(refs, size, rng)]
    elif args.kind == "articles":
        texts = bench._articles(news, ARTICLE_SIZE, ARTICLES)
    else:
        texts = [news]
    linker = Linker.build(entities, refs)
    del entities, refs
    gc.collect()
    return linker, texts


def drive(args) -> None:
    """Run find() on the texts; callgrind counts only what runs inside reduce()."""
    linker, texts = _texts(args)
    for text in texts:
        linker.find(text[:ARTICLE_SIZE])  # warm the caches outside the count

    def link(count: int, text: str) -> int:
        result = linker.find(text)
        if args.report:
            result.unresolved  # noqa: B018 - worked out on first use
        return count + 1

    functools.reduce(link, texts, 0)
    print(json.dumps({"texts": len(texts), "kb": sum(map(len, texts)) / 1000}))


def _driver_args(args) -> list[str]:
    """Return the driver's arguments, the same whatever was asked of the output."""
    text = ["--text", str(Path(args.text).resolve())] if args.text else []
    report = ["--report"] if args.report else []
    sizes = ["--aliases", str(args.aliases), "--kb", str(args.kb), "--kind", args.kind]
    return sizes + text + report


def measure(args) -> dict:
    """Run the driver under callgrind and read the instruction count it wrote."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("valgrind is needed: apt-get install valgrind")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch, "callgrind.out")
        # Addresses change how many instructions a copy takes: fix them where setarch can.
        setarch = shutil.which("setarch")
        fixed = [setarch, platform.machine(), "--addr-no-randomize"] if setarch else []
        command = [
            *fixed,
            valgrind,
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce*",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--driver",
            *_driver_args(args),
        ]
        # Fix what moves the count: set and dict order (string hashes), where the stack
        # starts (the size of the environment and the arguments) and the heap's layout
        # (whether the linker's modules compile or load as bytecode: they are compiled
        # first, and the run writes none). What is left, such as how many files the
        # checkout holds, moves it by a few hundred instructions in millions.
        compileall.compile_dir(ROOT / "entities", quiet=1)
        env = {
            "PATH": os.defpath,
            "LC_ALL": "C.UTF-8",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        driven = subprocess.run(command, env=env, capture_output=True, text=True)
        if driven.returncode:
            sys.exit(f"the driver failed under valgrind:\n{driven.stderr[-3000:]}")
        linked = json.loads(driven.stdout.splitlines()[-1])
        found = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        sys.exit("callgrind wrote no instruction count")
    instructions = int(found.group(1))
    return {
        "kind": args.kind,
        "source": Path(args.text).name if args.text else "generated",
        "aliases": args.aliases,
        "texts": linked["texts"],
        "kb": linked["kb"],
        "report": args.report,
        "instructions": instructions,
        "instructions_per_kb": round(instructions / linked["kb"]),
        "instructions_per_text": round(instructions / linked["texts"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aliases", type=int, default=20000)
    parser.add_argument("--kb", type=int, default=300, help="Kilobytes of news or dense text.")
    parser.add_argument("--text", help="Real text to repeat as the news.")
    parser.add_argument("--kind", choices=("news", "dense", "articles"), default="news")
    parser.add_argument("--report", action="store_true", help="Work out unresolved names too.")
    parser.add_argument("--json", action="store_true", dest="as_json")
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.text and not Path(args.text).is_file():
        sys.exit(f"{args.text}: no such file")
    if args.driver:
        drive(args)
        return
    result = measure(args)
    if args.as_json:
        print(json.dumps(result))
        return
    print(
        f"{result['instructions']:,} instructions in find() on {result['texts']} text(s), "
        f"{result['kb']:g} KB of {result['source']} {result['kind']} ({result['aliases']:,} aliases"
        f"{', unresolved names too' if args.report else ''}): "
        f"{result['instructions_per_kb']:,} per KB, {result['instructions_per_text']:,} per text"
    )


if __name__ == "__main__":
    main()
