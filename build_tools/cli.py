"""Command line: ``python -m build_tools <command>``. Each command lives in its own module."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .errors import InputError

DESCRIPTION = """\
Policy Digest build tools.

Turns raw Chinese policy texts in seeds/ into cleaned, structured documents (summaries,
key figures, timelines, English and Traditional Chinese) and the Markdown tree that MkDocs
renders into the static site.

Typical use:
  python -m build_tools extract seeds/2023-chaoyang-gazette-10.txt   # the model as JSON
  python -m build_tools build                                        # seeds/ -> build/docs/
  python -m build_tools lint --strict                                # check editors' files
"""


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import process

    source = process(args.source, args.meta)
    data = source.to_dict()
    if not args.report:
        data.pop("report", None)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build_site

    return build_site(seeds=args.seeds, out=args.out, jobs=args.jobs, strict=args.strict)


def _cmd_lint(args: argparse.Namespace) -> int:
    from .lint import run_lint

    return run_lint(args.paths, strict=args.strict)


def _cmd_new(args: argparse.Namespace) -> int:
    from .new import new_bulletin

    return new_bulletin(args.raw, seeds=args.seeds, name=args.name)


def _cmd_translate(args: argparse.Namespace) -> int:
    from .translate.status import run_status

    return run_status(seeds=args.seeds, strict=args.strict)


def _cmd_concordance(args: argparse.Namespace) -> int:
    from .translate.terminology import run_concordance, run_harvest

    if args.unsourced:
        return run_harvest()
    return run_concordance(args.terms, limit=args.limit)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m build_tools", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug logging")
    parser.add_argument("-q", "--quiet", action="store_true", help="show warnings and errors only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="print the model of one source as JSON",
                       description="Run ingest, clean, structure and extract on one source text and print the "
                       "model as JSON on stdout: {documents: [{title, date, paragraphs: [{id, text, heading}], "
                       "summary, figures, events}], meta, report, ...}. The schema is documented in docs/schema.md.")
    p.add_argument("source", help="the raw text file (UTF-8, UTF-16 or GB18030)")
    p.add_argument("--meta", help="metadata YAML (default: the .yml file beside the source, if any)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--no-report", dest="report", action="store_false",
                   help="leave out the cleaning report (what was removed or merged, and why)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("build", help="build the Markdown/data tree for MkDocs from seeds/",
                       description="Process every source in seeds/ and write the generated site sources "
                       "(pages in three languages, data files, charts) to build/docs/. A bad source is reported "
                       "and skipped; the others still build. Run 'mkdocs build' afterwards (make site does both).")
    p.add_argument("--seeds", default="seeds", help="folder of sources and metadata (default: seeds)")
    p.add_argument("--out", default="build/docs", help="output folder (default: build/docs)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: number of cores)")
    p.add_argument("--strict", action="store_true", help="fail if any source has an error")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("lint", help="check sources, metadata, glossary and translations",
                       description="Check every source text, metadata file, glossary and translation file. Each "
                       "problem names the file, the line, what is wrong and how to fix it. Exit 1 on errors, 0 with "
                       "warnings only; --strict turns warnings into errors (CI).")
    p.add_argument("paths", nargs="*", help="files or folders to check (default: seeds/ and glossary/)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.set_defaults(func=_cmd_lint)

    p = sub.add_parser("new", help="add a bulletin (text, PDF, DOCX, web page or URL) to seeds/ with pre-filled "
                       "metadata",
                       description="Copy a bulletin into seeds/ under a conventional name (a PDF, DOCX or web page "
                       "as published; a web address is fetched) and write a metadata file pre-filled with what the "
                       "format states and what can be inferred from the text (date, region, kind, title, issuer, "
                       "document number), marked for the editor to confirm.")
    p.add_argument("raw", help="the file to add (.txt, .md, .html, .pdf, .docx) or a web address (https://...)")
    p.add_argument("--seeds", default="seeds", help="destination folder (default: seeds)")
    p.add_argument("--name", help="file name to use (default: derived from date, region and title)")
    p.set_defaults(func=_cmd_new)

    p = sub.add_parser("translate", help="report translation coverage per bulletin and language",
                       description="With --status: print, per bulletin and language, how many items are "
                       "translated (human-reviewed), machine-derived (from structured data), missing or stale.")
    p.add_argument("--status", action="store_true", required=True, help="print the coverage table")
    p.add_argument("--seeds", default="seeds", help="folder of sources (default: seeds)")
    p.add_argument("--strict", action="store_true", help="exit 1 if anything is missing or stale")
    p.set_defaults(func=_cmd_translate)

    p = sub.add_parser("concordance", help="show every official occurrence of a term with its English",
                       description="Search the State Council work reports 2008-2022 (aligned Chinese/English) and "
                       "the NBS yearbook's table titles in ../shared/reference for a Chinese term; print each "
                       "segment with its citation (year/unit or table), latest first, to review a glossary rendering.")
    p.add_argument("terms", nargs="*", help="Chinese terms, e.g. 民间投资")
    p.add_argument("--unsourced", action="store_true",
                   help="instead: list glossary entries marked 'no official source' that the corpus can cite "
                   "(CITE, with the segment to read) or whose official English differs (REVIEW)")
    p.add_argument("--limit", type=int, default=20, help="segments shown per term (0: all; default: 20)")
    p.set_defaults(func=_cmd_concordance)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except InputError as exc:
        print(str(exc), file=sys.stderr)  # already "FILE:LINE: error: what\n    fix: how"
        return 1
