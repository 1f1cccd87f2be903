"""The bodies of a local CPPCC committee in English (issue 12, holdout20).

政协枫江县委员会 -> "Fengjiang County Committee of the CPPCC" (as the national one is "the National Committee of the
Chinese People's Political Consultative Conference", its abbreviation CPPCC used in GWR 2022/4 and throughout the
work reports); its 常务委员会/常委会 "Standing Committee of the ...", its 办公室 "General Office of the ...". The
short forms 枫江县政协 and 县政协 name the same committee. Project renderings of the pattern (P).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PARTS = {"常务委员会": "Standing Committee of the {c}", "常委会": "Standing Committee of the {c}",
          "办公室": "General Office of the {c}", "": "{c}"}
_REGION = r"(?P<region>[\u4e00-\u9fff]{2,12}?(?:自治州|自治县|省|市|州|县|区|旗))"
_FULL_RE = re.compile(rf"^(?:中国人民政治协商会议|政协){_REGION}委员会(?P<part>常务委员会|常委会|办公室)?$")
_SHORT_RE = re.compile(rf"^{_REGION}政协(?P<part>常委会|办公室)?$")


def cppcc_body_en(zh: str, government: Callable[[str], str | None]) -> str | None:
    """A local CPPCC committee or one of its bodies; ``government`` gives the region's adjective ('Fengjiang County',
    'Luoyang Municipal'); None for anything else or a region that does not render."""
    m = _FULL_RE.match(zh) or _SHORT_RE.match(zh)
    if not m:
        return None
    gov = government(m.group("region"))
    if not gov or ", " in gov:
        return None
    return _PARTS[m.group("part") or ""].format(c=f"{gov} Committee of the CPPCC")


# the chair of a committee (政协枫江县委员会主席, 枫江县政协副主席): "Chairman of the ..." as the CPPCC's own English
CPPCC_CHAIR_RE = re.compile(r"^(?P<body>(?:政协.+?委员会|.+?政协))(?P<deputy>副)?主席$")
