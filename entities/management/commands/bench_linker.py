"""Measure the mention linker on generated data, against the naive one-regex approach."""

import contextlib
import ctypes
import gc
import json
import random
import re
import statistics
import time
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from entities.linking import AliasRef, EntityRef, Linker

SEED = 20130701
SYLLABLES = """
    don ash brad ley ford cas ter shef field rother ham barns wake hud ders dews bury
    hal ifax calder kirk lees wick mal ton whit by scar bor ough sel har row knares rip
    on thirsk north aller ton pont efract goole hull bev er lin coln grant ham bos stam
    wor sop new ark mans mat lock bake well chester derby ilk es ton
""".split()  # noqa: SIM905 - a word list reads best as words
GIVEN = """
    Michael Ros Andrew Dave Mark Sarah Helen Paul Rebecca Neil Ruth Amanda Gillian Anne
    Peter James Priya Aisha Tom Kate Simon Joanna Rachel David Fiona Mohammed
""".split()  # noqa: SIM905 - a word list reads best as words
HONORIFICS = ("", "", "Mr", "Ms", "Mrs", "Dr", "Sir", "Dame", "Cllr", "Professor")
KINDS = (
    ("Council", "local_authority"),
    ("City Council", "local_authority"),
    ("Borough Council", "local_authority"),
    ("Metropolitan Borough Council", "local_authority"),
    ("Children's Services Trust", "trust"),
    ("NHS Foundation Trust", "trust"),
    ("Academy Trust", "trust"),
    ("Safeguarding Children Partnership", "partnership"),
    ("Clinical Commissioning Group", "health"),
    ("College", "education"),
    ("Fire and Rescue Service", "emergency"),
    ("Housing Association", "housing"),
)
CONTEXTUAL = {
    "local_authority": ("the council", "the local authority"),
    "trust": ("the Trust", "the trust"),
    "partnership": ("the partnership",),
}
FILLER = """
    the a of and to in said that for on was with as by at it from has have been were are
    its report services children families social care staff budget year inspection
    inspectors improvement plan leaders department meeting cabinet decision council
    funding government review figures told week month local new which would could not
    but also after before more than over under around about support work help cases
    schools health officers board members public
""".split()  # noqa: SIM905 - a word list reads best as words
# The seed stories' cast, so that real article text (--text) has real mentions.
REAL_ENTITIES = (
    EntityRef("organisation:ofsted", "Ofsted", kind="regulator"),
    EntityRef("organisation:dcst", "Doncaster Children's Services Trust", kind="trust"),
    EntityRef("organisation:doncaster", "Doncaster Council", kind="local_authority"),
    EntityRef("organisation:solihull", "Solihull Council", kind="local_authority"),
    EntityRef("organisation:adcs", "Association of Directors of Children's Services"),
    EntityRef("person:wilshaw", "Michael Wilshaw", is_person=True, honorific="Sir"),
    EntityRef("person:gove", "Michael Gove", is_person=True, honorific="Mr"),
    EntityRef("person:jones", "Ros Jones", is_person=True, honorific="Ms"),
    EntityRef("person:rogers", "Mark Rogers", is_person=True, honorific="Mr"),
)
REAL_ALIASES = (
    AliasRef("Office for Standards in Education", "organisation:ofsted"),
    AliasRef("the watchdog", "organisation:ofsted", contextual=True),
    AliasRef("the inspectorate", "organisation:ofsted", contextual=True),
    AliasRef("the Trust", "organisation:dcst", contextual=True),
    AliasRef("Trust", "organisation:dcst", contextual=True),
    AliasRef("Doncaster", "organisation:doncaster"),
    AliasRef("the council", "organisation:doncaster", contextual=True),
    AliasRef("the local authority", "organisation:doncaster", contextual=True),
    AliasRef("the council", "organisation:solihull", contextual=True),
    AliasRef("ADCS", "organisation:adcs"),
)


def make_table(aliases: int, rng: random.Random) -> tuple[list[EntityRef], list[AliasRef]]:
    """Generate organisations and people whose aliases share many prefixes."""
    places = sorted(
        {
            "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize()
            for _ in range(max(aliases // 8, 500))
        }
    )
    surnames = places[: max(len(places) // 4, 50)]
    entities, refs = list(REAL_ENTITIES), list(REAL_ALIASES)
    names = {entity.name for entity in entities}
    number = 0
    while len(refs) < aliases:
        number += 1
        if rng.random() < 0.15:
            given, family = rng.choice(GIVEN), rng.choice(surnames)
            name = f"{given} {family}"
            if name in names:
                continue
            key = f"person:{number}"
            entities.append(EntityRef(key, name, is_person=True, honorific=rng.choice(HONORIFICS)))
            refs.append(AliasRef(f"{given[0]}. {family}", key))
        else:
            words = [rng.choice(places)]
            if rng.random() < 0.3:
                words.append(rng.choice(places))
            kind_words, kind = rng.choice(KINDS)
            name = " ".join([*words, kind_words])
            if name in names:
                continue
            key = f"organisation:{number}"
            entities.append(EntityRef(key, name, kind=kind))
            refs.append(AliasRef(f"{' '.join(words)} {kind_words.split()[-1]}", key))
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if len(initials) >= 3 and initials.lower() not in FILLER and rng.random() < 0.5:
                refs.append(AliasRef(initials, key))
            if rng.random() < 0.05:
                refs.append(
                    AliasRef(f"{words[0]} Corporation", key, valid_until=date(2009, 12, 31))
                )
            refs.extend(AliasRef(text, key, contextual=True) for text in CONTEXTUAL.get(kind, ()))
        names.add(name)
    return entities, refs[:aliases]


def make_news(entities, size: int, rng: random.Random) -> str:
    """Generate prose with a mention every few sentences, curly apostrophes included."""
    parts, length = [], 0
    while length < size:
        words = rng.choices(FILLER, k=rng.randint(10, 24))
        roll = rng.random()
        if roll < 0.25:
            entity = rng.choice(entities)
            words[rng.randrange(len(words))] = entity.name
            if entity.is_person and rng.random() < 0.5:
                words.append(f"and Mr {entity.name.split()[-1]} said")
        elif roll < 0.3:
            words.insert(rng.randrange(len(words)), "the council’s")
        sentence = " ".join(words)
        sentence = sentence[0].upper() + sentence[1:] + rng.choice((".", ".", ",", "."))
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size]


def make_dense(refs, size: int, rng: random.Random) -> str:
    """Generate text in which nearly every word starts some alias.

    Most words begin a longer alias that the next word does not continue, so the
    automaton is always part-way into many patterns; one chunk in four is a whole alias.
    """
    texts = sorted({ref.text for ref in refs})
    parts, length = [], 0
    while length < size:
        words = rng.choice(texts).split()
        chunk = " ".join(words) if rng.random() < 0.25 else words[0]
        parts.append(chunk)
        length += len(chunk) + 1
    return " ".join(parts)[:size]


def make_names(refs, size: int, rng: random.Random) -> str:
    """Generate a wall of names: every chunk a whole alias or its first few words."""
    texts = sorted({ref.text for ref in refs})
    parts, length = [], 0
    while length < size:
        words = rng.choice(texts).split()
        chunk = " ".join(words[: rng.randint(1, len(words))])
        parts.append(chunk)
        length += len(chunk) + 1
    return " ".join(parts)[:size]


def _clock() -> float:
    """Return this process's CPU time: work elsewhere on the machine does not skew it."""
    return time.process_time()


def _release_freed_heap() -> None:
    """Hand memory freed during the build back to the system, where glibc allows.

    What stays resident afterwards is what the built linker holds, not allocator slack.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to hand back
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _rss_mb() -> float:
    """Return this process's resident memory in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 1e6


def _rate(linker: Linker, text: str, runs: int = 3, report: bool = False) -> float:
    """Return MB per second for find() on the text, the median of a few runs.

    With report, the unresolved names editors see are worked out too, as re-linking
    an article does; linking alone (spans) does not need them.
    """
    times = []
    for _ in range(runs):
        result = None  # the last run's spans are freed here, not in the next run's time
        started = _clock()
        result = linker.find(text)
        if report:
            result.unresolved  # noqa: B018 - worked out on first use
        times.append(_clock() - started)
    return len(text) / 1e6 / statistics.median(times)


def _articles(text: str, size: int = 5000, count: int = 300) -> list[str]:
    """Cut article-sized pieces from across the text."""
    step = max(len(text) // count, size)
    return [text[i : i + size] for i in range(0, len(text) - size + 1, step)][:count]


def _regex_rate(
    alternatives: list[str], text: str, budget_s: float = 2.0
) -> tuple[float, int, float]:
    """Time one case-insensitive alternation of every alias on growing slices of text."""
    alternatives = sorted(alternatives, key=len, reverse=True)
    started = _clock()
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(a) for a in alternatives) + r")\b", re.IGNORECASE
    )
    compile_s = _clock() - started
    size = 2000
    while True:
        sample = text[:size]
        started = _clock()
        sum(1 for _ in pattern.finditer(sample))
        elapsed = _clock() - started
        if elapsed > budget_s / 4 or size >= len(text):
            return len(sample) / 1e6 / elapsed, len(sample), compile_s
        size *= 2


def run_bench(aliases: int = 100000, mb: float = 5, text: str | Path | None = None) -> dict:
    """Build a linker over generated aliases and measure it; text is a file to repeat."""
    rng = random.Random(SEED)
    entities, refs = make_table(aliases, rng)
    size = int(mb * 1e6)
    if text is None:
        news, source = make_news(entities, size, rng), "generated"
    else:
        sample = Path(text).read_text(encoding="utf-8")
        news, source = (sample * (size // len(sample) + 1))[:size], Path(text).name
    dense = make_dense(refs, size, rng)
    names = make_names(refs, size, rng)
    alternatives = sorted({ref.text for ref in refs} | {entity.name for entity in entities})
    counts = {"aliases": len(refs), "entities": len(entities)}

    gc.collect()
    before = _rss_mb()
    started = _clock()
    linker = Linker.build(entities, refs)
    build_s = _clock() - started
    gc.collect()
    build_rss_mb = _rss_mb() - before
    _release_freed_heap()
    build_mb = max(_rss_mb() - before, 0.0)  # trimming may hand back more than it took
    # A server drops the table once the linker is built; keeping it would make every
    # garbage collection during find() walk a table no linker run needs any more.
    del entities, refs
    gc.collect()

    news_rate = _rate(linker, news)
    report_rate = _rate(linker, news, report=True)
    found = linker.find(news)
    dense_rate = _rate(linker, dense)
    names_rate = _rate(linker, names)
    timings = []
    for article in _articles(news):
        linker.find(article)  # warm the caches the way a busy server would be
        started = _clock()
        linker.find(article)
        timings.append((_clock() - started) * 1000)
    timings.sort()
    regex_rate, regex_chars, regex_compile_s = _regex_rate(alternatives, news)
    return {
        **counts,
        "patterns": len(linker),
        "build_s": round(build_s, 3),
        "build_mb": round(build_mb, 1),
        "build_rss_mb": round(build_rss_mb, 1),
        "news_source": source,
        "news_mb": round(len(news) / 1e6, 2),
        "news_mb_per_s": round(news_rate, 1),
        "news_report_mb_per_s": round(report_rate, 1),
        "news_spans_per_kb": round(len(found.spans) / (len(news) / 1000), 2),
        "dense_mb_per_s": round(dense_rate, 1),
        "names_mb_per_s": round(names_rate, 1),
        "ms_per_5kb_article": {
            "median": round(statistics.median(timings), 4),
            "p95": round(timings[int(len(timings) * 0.95) - 1], 4),
            "articles": len(timings),
        },
        "regex_mb_per_s": round(regex_rate, 4),
        "regex_input_kb": round(regex_chars / 1000, 1),
        "regex_compile_s": round(regex_compile_s, 2),
        "news_vs_regex": round(news_rate / regex_rate),
    }


class Command(BaseCommand):
    help = (
        "Measure the mention linker's build time, memory and speed (in CPU time) on "
        "generated data, against one big regular expression."
    )

    def add_arguments(self, parser):
        parser.add_argument("--aliases", type=int, default=100000)
        parser.add_argument("--mb", type=float, default=5, help="Megabytes of text.")
        parser.add_argument("--text", type=Path, help="Real text to repeat as the news.")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print one JSON object."
        )

    def handle(self, *, aliases, mb, text, as_json, **options):
        if text is not None and not text.is_file():
            raise CommandError(f"{text}: no such file")
        result = run_bench(aliases=aliases, mb=mb, text=text)
        if as_json:
            self.stdout.write(json.dumps(result))
            return
        article = result["ms_per_5kb_article"]
        rows = [
            ("aliases / patterns", f"{result['aliases']} / {result['patterns']}"),
            (
                "build",
                f"{result['build_s']} s, {result['build_mb']} MB held"
                f" ({result['build_rss_mb']} MB before freeing build garbage)",
            ),
            (f"news ({result['news_source']})", f"{result['news_mb_per_s']} MB/s"),
            ("news, unresolved names too", f"{result['news_report_mb_per_s']} MB/s"),
            ("dense", f"{result['dense_mb_per_s']} MB/s"),
            ("wall of names", f"{result['names_mb_per_s']} MB/s"),
            ("5 KB article", f"median {article['median']} ms, p95 {article['p95']} ms"),
            ("one big regex", f"{result['regex_mb_per_s']} MB/s"),
            ("news vs regex", f"{result['news_vs_regex']}x"),
        ]
        width = max(len(label) for label, _ in rows)
        for label, value in rows:
            self.stdout.write(f"{label:<{width}}  {value}")
