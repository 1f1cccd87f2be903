"""Whether a count's unit would repeat its metric (issue 12 review, classes C and J: "Kindergartens: 118
kindergartens", "Population: 3,865,472 people", "Meetings held: 5 times"). A row, a timeline entry or "In brief"
names what is counted in its label; the number then stands alone ("Kindergartens: 118", "People covered by basic
medical insurance: 523,600", "Work safety inspections: 1,426"), as the NBS yearbook's tables give a count under a
head that names it. The unit stays when the label's head does not name what is counted ("Commercial passenger
traffic: 38.64 million people", "Houses collapsed: 12 rooms", "Training: 12 times") and when a metric's values are
counted in two units (households and people: see figure_lists.py)."""

from __future__ import annotations

import re

# Words that end the head of a label: what follows qualifies it (people *covered by* ..., students *enrolled in*).
HEAD_END = frozenset(("of", "in", "for", "by", "with", "without", "under", "on", "at", "from", "to", "aged", "who",
                      "whose", "that", "covered", "enrolled", "employed", "receiving", "making", "paying", "opening",
                      "trained", "lifted", "living", "supported", "newly", "de"))
# Nouns that name people: a count of them in 人 (people) needs no unit.
PERSON_NOUNS = frozenset((
    "people", "persons", "population", "students", "children", "entrants", "graduates", "personnel", "employees",
    "workers", "members", "participants", "retirees", "farmers", "recipients", "residents", "teachers", "staff",
    "deaths", "births", "orphans", "patients", "volunteers", "trainees", "pupils", "doctors", "nurses", "deputies",
    "officials"))
WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def head_words(label: str) -> list[str]:
    """The words of a label's head, lower case, up to the first word that qualifies it
    ('People covered by basic medical insurance' -> ['people']; 'Urban recipients of subsistence allowances' ->
    ['urban', 'recipients'])."""
    words = WORD_RE.findall(label.lower())
    for i, word in enumerate(words):
        if i and word in HEAD_END:
            return words[:i]
    return words


def _stem(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def names_counted(label: str, noun: str = "", people: bool = False) -> bool:
    """True when the label's head already says what a count counts: the counted noun ('projects') is a word of
    the head, or the unit counts people and the head is a person noun."""
    head = head_words(label)
    if noun:
        last = noun.lower().split()[-1]
        if _stem(last) in {_stem(w) for w in head}:
            return True
    return people and any(w in PERSON_NOUNS for w in head)


def _plural_noun(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in PERSON_NOUNS


def named(label: str, noun: str = "") -> frozenset[str]:
    """What the label's head names, for numbers.quantity: "noun" (the counted noun), "people" (a person noun),
    "events" (a plural noun, so that a count in 次 counts them: 'Work safety inspections', 'Meetings ... held';
    'Training: 12 times' keeps its unit)."""
    if not label:
        return frozenset()
    kinds = set()
    if noun and names_counted(label, noun):
        kinds.add("noun")
    if names_counted(label, people=True):
        kinds.add("people")
    if any(_plural_noun(w) for w in head_words(label)):
        kinds.add("events")
    return frozenset(kinds)
