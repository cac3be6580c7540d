"""How search cuts text into terms: the one tokenizer the index and the page's query share.

theme/static/js/search-text.js does exactly this in the browser; tests in Chromium check
that both give the same terms for the same text (tests/browser/test_search_agreement.py).

1. Fold (profiles/text_folding.py): lowercase ASCII, "Łódź" -> "lodz", "Straße" -> "strasse".
2. Name the symbols our field writes: "c#" -> "csharp", "c++" -> "cplusplus", ".net" -> "dotnet".
3. Words are letters and digits, joined by - / . & or _ into compounds. A compound gives
   its parts and the parts written together: "front-end" -> front, end, frontend;
   "K-12" -> k, 12, k12; "A/V" -> a, v, av; "vue.js" -> vue, js, vuejs; "LGBTQ+" -> lgbtq.
   (A query written "front end" or "frontend" is matched by joining or splitting its
   words against the index's terms; see the page's search.js.)
4. British spellings become American ones ("cataloguing" -> "cataloging", "organisation"
   -> "organization"), from a list (SPELLINGS) the index carries to the page.
5. lunr's pipeline: stop words dropped, the Porter stemmer.
"""
from __future__ import annotations

import re

import lunr
from lunr.token import Token

from ..profiles.text_folding import fold

SYMBOLS = (
    (re.compile(r"(?<![a-z0-9])\.net(?![a-z0-9])"), " dotnet "),
    (re.compile(r"(?<![a-z0-9])([a-z])\+\+"), r" \1plusplus "),
    (re.compile(r"(?<![a-z0-9])([a-z])#"), r" \1sharp "),
)
COMPOUND = re.compile(r"[a-z0-9]+(?:[-/.&_][a-z0-9]+)*")
JOINER = re.compile(r"[-/.&_]")


def _spellings() -> dict[str, str]:
    """British forms -> American, with their common inflections."""
    bases = {
        # -ise / -isation verbs and nouns
        **{f"{stem}is{end}": f"{stem}iz{end}" for stem in (
            "organ", "special", "digit", "priorit", "recogn", "emphas", "util", "categor", "summar",
            "optim", "standard", "modern", "maxim", "minim", "real", "visual", "central", "normal",
            "capital", "mobil", "final", "civil", "critic", "apolog", "familiar", "personal",
            "public", "character", "author", "memor", "global", "human", "ideal", "institutional",
            "internal", "legal", "marginal", "monet", "person", "stabil", "symbol", "synchron",
            "theor", "vandal", "revital", "decolon", "colon", "social", "union", "energ", "strateg",
            "sympath", "custom", "local", "galvan", "jeopard", "harmon", "computer", "catalog")
           for end in ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")},
        # -our
        **{f"{stem}our{end}": f"{stem}or{end}" for stem in (
            "col", "behavi", "fav", "hon", "lab", "neighb", "hum", "rum", "vig", "endeav", "sav",
            "flav", "harb", "arm", "hon", "od", "parl", "vap", "clam", "cand", "ferv", "rig", "spl", "tum")
           for end in ("", "s", "ed", "ing", "ful", "ite", "ites", "able", "hood", "hoods", "ed", "er")},
        # -re / -er, -ce / -se, -ogue, doubled l and other single words
        "centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
        "theatres": "theaters", "metre": "meter", "metres": "meters", "fibre": "fiber", "litre": "liter",
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense",
        "practise": "practice", "practised": "practiced", "practising": "practicing",
        "catalogue": "catalog", "catalogues": "catalogs", "catalogued": "cataloged",
        "cataloguing": "cataloging", "cataloguer": "cataloger", "cataloguers": "catalogers",
        "dialogue": "dialog", "dialogues": "dialogs", "analogue": "analog",
        "programme": "program", "programmes": "programs", "programmed": "programed",
        "analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes", "analysing": "analyzing",
        "paralyse": "paralyze", "judgement": "judgment", "judgements": "judgments",
        "acknowledgement": "acknowledgment", "enrol": "enroll", "enrolment": "enrollment",
        "fulfil": "fulfill", "fulfilment": "fulfillment", "travelling": "traveling",
        "travelled": "traveled", "traveller": "traveler", "modelling": "modeling",
        "labelling": "labeling", "labelled": "labeled", "counselling": "counseling",
        "counsellor": "counselor", "counsellors": "counselors", "cancelled": "canceled",
        "cancelling": "canceling", "signalling": "signaling", "levelling": "leveling",
        "jewellery": "jewelry", "grey": "gray", "ageing": "aging", "aluminium": "aluminum",
        "cheque": "check", "mould": "mold", "plough": "plow", "paediatric": "pediatric",
        "encyclopaedia": "encyclopedia", "manoeuvre": "maneuver", "oestrogen": "estrogen",
        "whilst": "while", "amongst": "among", "learnt": "learned", "spelt": "spelled",
        "e-mail": "email", "on-line": "online", "co-operative": "cooperative",
    }
    return {british: american for british, american in bases.items() if british != american}


SPELLINGS = _spellings()


def words(text: str) -> list[str]:
    """The folded words of ``text``, compounds followed by their parts written together."""
    folded = fold(text)
    if "#" in folded or "+" in folded or ".net" in folded:
        for pattern, replacement in SYMBOLS:
            folded = pattern.sub(replacement, folded)
    out: list[str] = []
    spelling = SPELLINGS.get
    for compound in COMPOUND.findall(folded):
        parts = JOINER.split(compound)
        out += [spelling(part, part) for part in parts]
        if len(parts) > 1:
            joined = "".join(parts)
            out.append(spelling(joined, joined))
    return out


class Terms:
    """lunr's pipeline (stop words, Porter stemmer) run once per distinct word.

    Bios repeat the same few thousand words and lunr runs its pipeline on every token;
    remembering each word's term makes indexing full bios cheap.
    """

    def __init__(self) -> None:
        self._pipeline = lunr.get_default_builder().pipeline
        self._pipeline.remove(lunr.trimmer.trimmer)  # words() already keeps only letters and digits
        self._terms: dict[str, str | None] = {}

    def term(self, word: str) -> str | None:
        """The term lunr indexes for ``word``, or None for a stop word."""
        try:
            return self._terms[word]
        except KeyError:
            tokens = self._pipeline.run([Token(word)])
            term = self._terms[word] = str(tokens[0]) if tokens else None
            return term

    def terms(self, text: str) -> list[str]:
        """The index terms of ``text``, in order."""
        term = self.term
        return [t for w in words(text) if (t := term(w))]
