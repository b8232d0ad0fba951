"""Relations recall, round 34 (rel34a): the holders of a shareholder table. Each article is written
for the test (invented companies).

* A table whose other columns stand between the holder and its stake ("Shareholder !! Country !!
  Stake") names its holders as a two-column table does.
* A holder's cell is one name, "and" or "et" inside it included ("Dhofar Trading and Investment
  Holding", "Caisse Autonome de Retraite et de Prévoyance des Marins"), where prose would start
  another name after "and".
* "converted claims of <amount> into new shares" makes its subjects investors, as "converted <amount>
  of claims into new shares" did.
* "a private placement with X and Y" names the placement's buyers, as "a placement to X" does.
"""

from __future__ import annotations

from tests.test_rel32d import _pairs as _pairs32

_TITLE = "Qurayyat Water Company"


def _lead(founders: str = "Hamad Al Siyabi", owner: str = "") -> str:
    return ("{{Infobox company\n| name = Qurayyat Water Company\n| industry = [[Desalination]]\n"
            f"| founders = {founders}\n" + (f"| owner = {owner}\n" if owner else "") + "}}\n"
            "'''Qurayyat Water Company''' is an Omani desalination company based in [[Muscat]].\n\n"
            "== History ==\n"
            "The company was formed in 2004 to build a reverse osmosis plant near Qurayyat. "
            "Its plant went into operation in 2009.\n\n")


def _pairs(body: str, lead: str | None = None) -> set[tuple[str, str]]:
    return _pairs32(body, lead=lead or _lead(), title=_TITLE)


_COUNTRY_TABLE = """== Ownership ==
{| class="wikitable"
|+ Shareholders (December 31, 2024)
! Shareholder !! Country !! Stake
|-
| Muscat Utilities Holding || Oman || 51.0%
|-
| [[Rivera AFAP]] || Uruguay || 5.8%
|-
| [[Gulf Pension Trust]] || Bahrain || 3.1%
|-
| Public float || || 40.1%
|}
"""


def test_a_country_column_between_holder_and_stake():
    got = _pairs(_COUNTRY_TABLE)
    assert ("investor", "Rivera AFAP") in got
    assert ("investor", "Gulf Pension Trust") in got
    assert not any(name.lower().startswith(("public", "oman", "uruguay")) for _, name in got), got


def test_a_shares_column_between_holder_and_stake():
    body = _COUNTRY_TABLE.replace("Country", "Shares").replace("|| Oman ||", "|| 1,530,000 ||").replace(
        "|| Uruguay ||", "|| 174,000 ||").replace("|| Bahrain ||", "|| 93,000 ||")
    assert ("investor", "Rivera AFAP") in _pairs(body)


_WHOLE_CELL = """== Ownership ==
The state seamen's fund, the Caisse Autonome de Retraite et de Prévoyance des Marins, bought shares on \
the market in 2012, and Dhofar Trading and Investment Holding took a seat on the board in 2015.

{| class="wikitable"
|+ Shareholders (December 31, 2024)
! Shareholder !! Stake
|-
| Muscat Utilities Holding || 51.0%
|-
| Caisse Autonome de Retraite et de Prévoyance des Marins || 6.2%
|-
| Dhofar Trading and Investment Holding || 4.5%
|-
| Public float || 38.3%
|}
"""


def test_a_holder_cell_is_read_whole():
    got = _pairs(_WHOLE_CELL)
    assert ("investor", "Caisse Autonome de Retraite et de Prévoyance des Marins") in got
    assert ("investor", "Dhofar Trading and Investment Holding") in got
    assert ("investor", "Dhofar Trading") not in got
    assert ("investor", "Caisse Autonome de Retraite") not in got


def test_claims_of_an_amount_converted_into_shares():
    body = ("The court confirmed the restructuring plan in March 2014. [[Adriatic Commerce Bank]] and Dalmatia "
            "Investment Bank converted claims of 40 million kuna into new shares, taking 12 and 7 per cent of the "
            "company.")
    got = _pairs(body)
    assert ("investor", "Adriatic Commerce Bank") in got
    assert ("investor", "Dalmatia Investment Bank") in got


def test_a_private_placement_with_names_its_buyers():
    body = ("In June 2016 the company sold new shares worth US$9 million in a private placement with the pension "
            "fund manager [[Sohar Pension Trust]] and the Muscat investment fund Jabal Akhdar Partners.")
    got = _pairs(body)
    assert ("investor", "Sohar Pension Trust") in got
    assert ("investor", "Jabal Akhdar Partners") in got
