"""Former names given in passing: "X, formerly Y, ...", "X, previously called Y", "X, the British
development finance institution known until 2022 as the Y, lent it ...". One reader of these
appositions for the extractors that must take neither the former name for a party (relations)
nor the year it was borne until for the date of an act (history).
"""

from __future__ import annotations

import re

# the words that date a name, and the date they give it: "known until 2022 as", "called before
# March 1998 as", "trading up to 2004 as"
_DATED = r"\b(?i:known|called|named|styled|trading)\s+(?:until|till|up\s+to|before)\s+(?P<date>[^,;()]{1,30}?)\s+as\s+"
_DATED_CUE = re.compile(_DATED)
# the words written right before a former name: "formerly", "previously called", "then named",
# "known until 2022 as"
CUE = r"(?:(?:formerly|previously|originally|then)\s+(?:(?:known|called|named)\s+)?(?:as\s+)?|" + _DATED + ")"
# a former name right after this: "X, a French lender formerly called the [[Y]]" (Y is no party)
BEFORE_NAME = re.compile(CUE + r"(?:the\s+)?$")
# an apposition after a name that gives its former name, up to the comma that closes it ("X, the
# fund known until 2022 as the Y, lent it", "X, formerly Y, bought"): what lies between the name
# and its verb
APPOSITION = r",\s+(?:(?:a|an|the)\s+[^,;()]{1,80}?\s+)?" + CUE + r"[^,;()]{1,60},"


def dates_a_name(text: str, at: int) -> bool:
    """Whether the date written at ``text[at:]`` is the date a former name was borne until ("X,
    the fund known until 2022 as the Y, lent it US$15 million": 2022 is the name's, not the loan's)."""
    for m in _DATED_CUE.finditer(text, max(0, at - 40)):
        if m.start() > at:
            return False
        if m.start("date") <= at < m.end("date"):
            return True
    return False
