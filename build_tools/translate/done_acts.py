"""A count of things an act was done to, named object first (立法意见建议采纳, 群众来信来访办结: the extractor
names a bare act after the object an earlier figure counted, ``extract/figures/lists._object_of_act``): "<the things>
<done>".

The participles are project renderings (P) in the wording of the State Council's reports where they use the act
("suggestions ... adopted", "cases ... handled", "problems ... rectified"); the object must render on its own, or the
whole stays untranslated."""

from __future__ import annotations

from collections.abc import Callable

DONE: dict[str, str] = {
    "采纳": "adopted", "办结": "resolved", "受理": "accepted", "整改": "rectified", "修改": "amended",
    "修订": "revised", "废止": "repealed", "答复": "answered", "回复": "answered", "查处": "investigated",
    "化解": "resolved", "销号": "closed", "落实": "implemented", "办理": "handled",
}


def object_act(zh: str, render: Callable[[str], str | None]) -> str | None:
    """立法意见建议采纳 -> 'suggestions on legislation adopted' when ``render`` names the object; else None."""
    act = zh[-2:]
    if act not in DONE or len(zh) < 4:
        return None
    obj = render(zh[:-2])
    return f"{obj} {DONE[act]}" if obj else None
