"""``python -m build_tools.translate skeleton|export|import``: the translators' commands.

- ``skeleton seeds/<slug>.txt [--update] [--body]`` writes (or completes) ``translations/en/<slug>.yml`` with every
  translatable item of the bulletin: the Chinese filled in, ``en`` empty and ``reviewed: false``. Existing entries
  are kept; ``--update`` refreshes entries whose Chinese changed (their English is kept as a draft to revise);
  ``--body`` adds body paragraphs too (by default: title, headings, summary sentences and events).
- ``export seeds/<slug>.txt ... --format po|xliff --out DIR`` writes one PO or XLIFF 1.2 file per bulletin with
  what has no English on the site (or stale English), with glossary suggestions and fuzzy matches from the
  official corpus (``../shared/reference``, optional: ``--corpus DIR``, ``--no-corpus``).
- ``import FILE.po|FILE.xlf ... [--reviewed]`` merges a translated file into ``translations/en/<slug>.yml``.
  XLIFF units in state "final" or "signed-off" are published; PO entries only with ``--reviewed`` (not fuzzy).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..errors import InputError
from .memory import TRANSLATIONS_DIR, write_skeleton


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m build_tools.translate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("skeleton", help="write a translation file to fill in")
    p.add_argument("sources", nargs="+", help="source texts (seeds/*.txt)")
    p.add_argument("--lang", default="en")
    p.add_argument("--update", action="store_true", help="refresh entries whose Chinese changed")
    p.add_argument("--body", action="store_true", help="include body paragraphs")
    p.add_argument("--translations", type=Path, default=TRANSLATIONS_DIR,
                   help="translations folder (default: translations/)")
    e = sub.add_parser("export", help="write PO or XLIFF files of what is untranslated or stale")
    e.add_argument("sources", nargs="+", help="source texts (seeds/*.txt)")
    e.add_argument("--format", choices=("po", "xliff"), default="po")
    e.add_argument("--out", type=Path, required=True, help="folder for the exchange files")
    e.add_argument("--corpus", type=Path, default=None, help="official reference folder (default ../shared/reference)")
    e.add_argument("--no-corpus", action="store_true", help="no fuzzy matches from the official corpus")
    e.add_argument("--translations", type=Path, default=TRANSLATIONS_DIR)
    i = sub.add_parser("import", help="merge translated PO or XLIFF files into translations/en/")
    i.add_argument("files", nargs="+", type=Path, help="PO (.po) or XLIFF (.xlf) files")
    i.add_argument("--reviewed", action="store_true", help="PO: publish the translated, non-fuzzy entries")
    i.add_argument("--slug", default="", help="the bulletin, if the file does not say")
    i.add_argument("--translations", type=Path, default=TRANSLATIONS_DIR)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)
    if args.command == "import":
        return _import(args)
    from ..pipeline import process

    corpus = None
    if args.command == "export" and not args.no_corpus:
        from .exchange import Corpus

        corpus = Corpus(args.corpus)
    status = 0
    for path in args.sources:
        try:
            if args.command == "skeleton":
                written = write_skeleton(process(path), args.lang, args.translations, update=args.update,
                                         body=args.body)
                logging.info("wrote %s", written)
            else:
                from . import translate
                from .exchange import export_file

                source = translate(process(path), translations_dir=args.translations)
                out, n = export_file(source, args.format, args.out, corpus=corpus,
                                     translations_dir=args.translations)
                logging.info("wrote %s (%d units)", out, n)
        except (InputError, ValueError, OSError) as exc:
            logging.error("%s: %s", path, exc)
            status = 1
    return status


def _import(args: argparse.Namespace) -> int:
    from .exchange import import_file

    status = 0
    for path in args.files:
        try:
            target, n = import_file(path, reviewed=args.reviewed, translations_dir=args.translations, slug=args.slug)
        except (ValueError, OSError) as exc:
            logging.error("%s: %s", path, exc)
            status = 1
            continue
        logging.info("%s: %d entries imported into %s", path, n, target)
    return status


if __name__ == "__main__":
    sys.exit(main())
