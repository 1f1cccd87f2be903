"""The tables of the fourth round of domain vocabularies (issue 12), gathered for metric_vocab's merge: water
resources (``water``), climate (``climate``), forestry and grassland (``forestry``), environmental status
(``ecology``), the construction industry (``construction``), post and telecom (``telecom``), taxes (``taxes``),
market regulation (``regulation``), sports (``sports``), veterans and emergency management (``veterans``) and
industrial detail (``industry``); their rules in ``bulletin_rules``. Measured on
tests/fixtures/translate/metric_vocabulary_domains4.tsv (held out: written before them).
"""

from __future__ import annotations

from .climate import CLIMATE_EXACT, CLIMATE_HEADS
from .construction import CONSTRUCTION_EXACT, CONSTRUCTION_HEADS, CONSTRUCTION_SUBJECTS
from .ecology import ECOLOGY_EXACT, ECOLOGY_HEADS, ECOLOGY_SUBJECTS
from .forestry import FORESTRY_EXACT, FORESTRY_HEADS
from .industry import INDUSTRY_EXACT, INDUSTRY_HEADS, INDUSTRY_SUBJECTS
from .regulation import REGULATION_EXACT
from .sports import SPORTS_EXACT, SPORTS_HEADS, SPORTS_SUBJECTS
from .taxes import TAX_EXACT
from .telecom import TELECOM_EXACT, TELECOM_HEADS
from .veterans import VETERANS_EXACT
from .water import WATER_EXACT, WATER_HEADS, WATER_SUBJECTS

ROUND4_EXACT: dict[str, tuple[str, str]] = {**WATER_EXACT, **CLIMATE_EXACT, **FORESTRY_EXACT, **ECOLOGY_EXACT,
                                            **CONSTRUCTION_EXACT, **TELECOM_EXACT, **TAX_EXACT, **REGULATION_EXACT,
                                            **SPORTS_EXACT, **VETERANS_EXACT, **INDUSTRY_EXACT}
ROUND4_HEADS: dict[str, tuple[str, str | None, str]] = {**WATER_HEADS, **CLIMATE_HEADS, **ECOLOGY_HEADS,
                                                        **FORESTRY_HEADS, **TELECOM_HEADS, **CONSTRUCTION_HEADS,
                                                        **SPORTS_HEADS, **INDUSTRY_HEADS}
ROUND4_SUBJECTS: dict[str, tuple[str, str]] = {**WATER_SUBJECTS, **ECOLOGY_SUBJECTS, **CONSTRUCTION_SUBJECTS,
                                               **INDUSTRY_SUBJECTS, **SPORTS_SUBJECTS}
