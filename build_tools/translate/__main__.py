"""``python -m build_tools.translate skeleton seeds/<slug>.txt [--update] [--body]``

Writes (or completes) ``translations/en/<slug>.yml`` with every translatable item of the bulletin: the
Chinese filled in, ``en`` empty and ``reviewed: false``, for a translator. Existing entries are kept;
``--update`` refreshes entries whose Chinese changed (their English is kept as a draft to revise);
``--body`` adds body paragraphs too (by default: title, headings, summary sentences and events).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..errors import InputError
from .memory import TRANSLATIONS_DIR, write_skeleton


def main(argv: list[str] | None = None) -> int:
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
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)
    from ..pipeline import process

    status = 0
    for path in args.sources:
        try:
            written = write_skeleton(process(path), args.lang, args.translations, update=args.update, body=args.body)
        except (InputError, ValueError) as exc:
            logging.error("%s: %s", path, exc)
            status = 1
            continue
        logging.info("wrote %s", written)
    return status


if __name__ == "__main__":
    sys.exit(main())
