"""Readable text for the terminal (the CLI's non-JSON output)."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from base.text import printable
from base.vocab import Rel
from extract.records import WORK_KINDS, Comment, Page, PageEntities
from reelgraph.identity import shown

if TYPE_CHECKING:  # the answers' types only: rendering imports no query code (or scipy)
    from extract.nlp.aliases import AliasTable
    from queries.graphview import NodeInfo
    from queries.influence import Influence
    from queries.paths import Hop
    from queries.recommend import Recommendation
    from reelgraph.api import IngestSummary
    from reelgraph.follow import FollowReport

_SNIPPET = 70


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _comment_line(comment: Comment) -> str:
    indent = "  " * comment.depth
    if comment.pingback is not None:
        site = f" ({comment.pingback.site})" if comment.pingback.site else ""
        return f"{indent}↩ pingback: {comment.pingback.title}{site}"
    if comment.placeholder:
        who = f", by {comment.author}" if comment.author else ""
        return f"{indent}[lost comment{who}]"
    how = f" [{comment.author_evidence}]" if comment.author_evidence not in (None, "stated") else ""
    return f"{indent}{comment.author or '(unsigned)'}{how}: {_snippet(comment.text) or '(no text)'}"


def _entity_lines(entities: PageEntities) -> list[str]:
    lines = [f"  stance: {entities.stance.label} ({entities.stance.score:+.2f})"]
    works = list(dict.fromkeys(f"{m.name} ({m.kind})" for m in entities.mentions if m.kind in WORK_KINDS))
    people = list(
        dict.fromkeys(m.name + (f" ({m.role})" if m.role else "") for m in entities.mentions if m.kind == "person")
    )
    if works:
        lines.append("  works: " + ", ".join(works))
    if people:
        lines.append("  people: " + ", ".join(people))
    for relation in entities.relations:
        if relation.type == Rel.COMPARED_TO:
            who = f" by {relation.by}" if relation.by else ""
            lines.append(f"  compared to {relation.target} [{relation.polarity}]{who}: “{_snippet(relation.evidence)}”")
        elif relation.type in {Rel.CITES, Rel.RECOMMENDS}:
            lines.append(
                f"  {relation.source} {relation.type.lower()} {relation.target}: “{_snippet(relation.evidence)}”"
            )
    return lines


def page_summary(page: Page, entities: PageEntities | None = None) -> str:
    """A page as a short header and its thread as an indented tree.

    >>> print(page_summary(Page(source="a.txt", format="text", title="Heat")))
    a.txt [text] Heat
      comments: 0 found, 0 placeholders, 0 pingbacks
    """
    lines = [f"{page.source} [{page.format}] {page.title}"]
    facts = []
    if page.site:
        facts.append(f"site: {page.site}")
    if page.author:
        facts.append(f"author: {page.author}")
    if page.published:
        facts.append(f"published: {page.published}")
    if page.rating:
        value = f" ({page.rating.value:.2f})" if page.rating.value is not None else ""
        facts.append(f"rating: {page.rating.raw}{value}")
    if facts:
        lines.append("  " + " · ".join(facts))
    if page.reviewed:
        extra = [str(page.reviewed.year)] if page.reviewed.year else []
        extra += [f"dir. {page.reviewed.director}"] if page.reviewed.director else []
        lines.append(f"  reviews: {page.reviewed.title}" + (f" ({', '.join(extra)})" if extra else ""))
    stated = f" ({page.comment_count_stated} stated)" if page.comment_count_stated is not None else ""
    placeholders = sum(c.placeholder for c in page.comments)
    lines.append(
        f"  comments: {len(page.real_comments)} found{stated}, {placeholders} placeholders, "
        f"{len(page.pingbacks)} pingbacks"
    )
    if entities is not None:
        lines.extend(_entity_lines(entities))
    lines.extend(_comment_line(comment) for comment in page.comments)
    return printable("\n".join(lines), newlines=True)


def render_stats(counts: dict[str, Any]) -> str:
    """The store's counts as a small table."""
    lines = [
        f"pages {counts['pages']}, nodes {counts['nodes']}, edges {counts['edges']} (evidence {counts['evidence']})"
    ]
    lines.append("nodes by label:")
    lines.extend(f"  {label:<12} {count:>7}" for label, count in counts["labels"].items())
    lines.append("edges by type:")
    lines.extend(f"  {kind:<12} {count:>7}" for kind, count in counts["types"].items())
    return printable("\n".join(lines), newlines=True)


def render_entities(found: list[dict[str, Any]], evidence: int) -> str:
    """``show``'s output: each entity, its edges grouped by type, and their evidence."""
    lines: list[str] = []
    for entity in found:
        facts = ", ".join(
            f"{k} {v}"
            for k, v in entity["props"].items()
            if k in {"year", "imdb_id", "role", "site", "published", "rating_raw", "stance"}
        )
        lines.append(f"{entity['name']} [{entity['label']}] {entity['key']}" + (f" · {facts}" if facts else ""))
        for edge in entity["edges"]:
            other = edge["other"] or {"name": "?", "label": "?"}
            arrow = "→" if edge["direction"] == "out" else "←"
            times = f" ×{edge['count']}" if edge["count"] > 1 else ""
            lines.append(f"  {arrow} {edge['type']} {other['name']} [{other['label']}]{times}")
            for item in edge["evidence"][:evidence]:
                who = f" — {item['by']}" if item.get("by") else ""
                where = f"{shown(str(item.get('source', '')))} ({item.get('unit', '')})"
                lines.append(f"      “{_snippet(str(item.get('sentence', '')))}”{who}, {where}")
        lines.append("")
    return printable("\n".join(lines).rstrip(), newlines=True)


def render_rows(rows: list[dict[str, Any]], fmt: str) -> str:
    """Query rows as JSON Lines, CSV or an aligned table."""
    if fmt == "json":
        return "\n".join(json.dumps(row, ensure_ascii=False, default=str) for row in rows)
    columns = list(dict.fromkeys(key for row in rows for key in row))
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(60, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return printable("\n".join(line.rstrip() for line in lines), newlines=True)


def _cell(value: Any) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else printable(str(value))


def _evidence(item: dict[str, Any]) -> str:
    return f"“{_snippet(str(item.get('sentence', '')))}” ({shown(str(item.get('source')))}, {item.get('unit')})"


def render_recommendations(film: NodeInfo, results: list[Recommendation], why: bool) -> str:
    if not results:
        return f"Nothing in the store is linked to {film.display()} yet."
    lines = [f"Like {film.display()}:"]
    width = max(len(r.work.display()) for r in results)
    for rank, result in enumerate(results, start=1):
        lines.append(f"{rank:>2}. {result.work.display():<{width}}  {result.score:6.2f}  {result.reason}")
        if why:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.features.items(), key=lambda kv: -kv[1]))
            lines.append(f"      score: {parts}")
            for item in result.evidence[:5]:
                who = f"{item['by']}: " if item.get("by") else ""
                lines.append(f"      {who}{_evidence(item)}")
    return printable("\n".join(lines), newlines=True)


def render_influence(ranked: list[Influence]) -> str:
    if not ranked:
        return "No replies, pingbacks or citations between people in the store yet."
    width = max(len(r.person.name) for r in ranked)
    lines = [f"{'':>3} {'person':<{width}}  {'score':>6}  replies  pingbacks  cited"]
    for rank, row in enumerate(ranked, start=1):
        counts = f"{row.replies:>7}  {row.pingbacks:>9}  {row.citations:>5}"
        lines.append(f"{rank:>2}. {row.person.name:<{width}}  {row.score:6.3f}  {counts}")
    return printable("\n".join(lines), newlines=True)


def render_paths(paths: list[list[Hop]]) -> str:
    lines = []
    for number, hops in enumerate(paths, start=1):
        names = [hops[0].source.name] + [hop.target.name for hop in hops]
        steps = f"{len(hops)} hop" + ("s" if len(hops) != 1 else "")
        lines.append(f"Path {number} ({steps}): {' → '.join(_snippet(n) for n in names)}")
        for hop in hops:
            arrow = f"—{hop.type.value}→" if hop.forward else f"←{hop.type.value}—"
            source, target = _snippet(hop.source.name), _snippet(hop.target.name)
            lines.append(f"  {source} [{hop.source.label.value}] {arrow} {target} [{hop.target.label.value}]")
            if hop.evidence.get("sentence"):
                lines.append(f"      {_evidence(hop.evidence)}")
        lines.append("")
    return printable("\n".join(lines).rstrip(), newlines=True)


def render_ingest(summary: IngestSummary) -> str:
    """``ingest``'s two summary lines."""
    return (
        f"ingested {summary.pages} page(s): {summary.new} new, {summary.changed} changed, "
        f"{summary.unchanged} unchanged; {len(summary.failures)} file(s) failed\n"
        f"store {summary.store}: {summary.nodes} nodes, {summary.edges} edges"
    )


def render_aliases(table: AliasTable) -> str:
    """``aliases list``: the file, then one line per merge, proposal and split."""
    lines = [f"# {table.path}"]
    for title, entries in (("merge", table.merged), ("learned", table.learned)):
        lines += [f"{title:8} {alias} -> {canonical}" for alias, canonical in sorted(entries.items())]
    lines += [f"split    {name}" for name in sorted(table.split)]
    return printable("\n".join(lines), newlines=True)


def render_follow(report: FollowReport) -> str:
    """The summary of ``fetch`` and ``update``."""
    crawl = report.crawl
    if crawl.planned:
        return f"would fetch {len(crawl.planned)} post(s):\n" + "\n".join(f"  {url}" for url in crawl.planned)
    lines = [
        f"fetched {len(crawl.new_posts)} new and {len(crawl.changed_posts)} changed post(s), "
        f"{crawl.unchanged_posts} unchanged; {crawl.new_comments} new comment(s); "
        f"{report.requests} request(s) in {report.seconds:.1f} s"
    ]
    if crawl.capped:
        lines.append(f"{crawl.capped} post(s) left for the next run (--max-pages)")
    if crawl.refused:
        lines.append(f"{len(crawl.refused)} address(es) refused or failed (listed on stderr)")
    if report.ingest is not None:
        ingest = report.ingest
        lines.append(
            f"ingested {ingest.pages} page(s): {ingest.new} new, {ingest.changed} changed, "
            f"{ingest.unchanged} unchanged; {len(ingest.failures)} failed"
        )
    return "\n".join(lines)
