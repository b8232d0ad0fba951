"""Round 30 of issue 14, controversies on new text. Every sentence here is written for the test
(invented company and place names)."""

from __future__ import annotations

import pytest

from tests.test_contr28 import _read as _read_article


def _read(body: str, section: str = "History") -> list[tuple[str, str | None]]:
    return _read_article(body, section, title="Tervola Brickworks", makes="bricks and roof tiles")


# An incident told in the history (where only strong cues count) by the people it killed or
# injured, or by the fish it killed: `other`.
@pytest.mark.parametrize("sentence, expected", [
    ("On 12 March 2017 a kiln explosion at the Saari works killed a worker and injured two others.",
     ("other", "2017-03-12")),
    ("In June 2015 a loader reversed over a haul road at the Ruska clay pit and killed two drivers.",
     ("other", "2015-06")),
    ("A company bus overturned near Ilomaki in 2019, injuring fourteen people.", ("other", "2019")),
    ("On 4 May 2021 a staff bus of the company overturned on the Kallio bypass; nine of the 30 people on board "
     "were injured.", ("other", "2021-05-04")),
    ("In April 2012 slurry overflowed from a settling pond at the Saari works and killed fish along four "
     "kilometres of the Vehka.", ("other", "2012-04")),
    ("On 8 August 2014 a settling pond burst its bank, and dead fish were found along the Vehka for a week.",
     ("other", "2014-08-08")),
])
def test_an_incident_told_in_the_history_is_a_controversy(sentence, expected):
    assert _read(sentence) == [expected]


# Not a sentence that tells only the treatment after an incident told before it, nor people injured
# with no number, nor a death that is no incident.
@pytest.mark.parametrize("sentence", [
    "Thirty-one residents were treated in hospital for breathing problems.",
    "The company built a new kiln in 2014 after a contract with a builder, hurting its margins.",
    "In 2013 the company opened a training centre for drivers.",
    "In March 2018 residents reported dead fish in the Vehka, and the company denied any link.",
    "In 2011 the company bought the Ruska clay pit, killing two birds with one stone.",
])
def test_no_incident_no_controversy(sentence):
    assert _read(sentence) == []
