"""Relations recall, round 33 (rel33b): holders named in a split of the company's shares. Each
sentence is written for the test (invented companies).

* "incorporated in 2000, 60 per cent owned by A and 40 per cent by B": A and B are investors (B by
  the gap after "and", its verb left out).
* "A held 80 per cent and B the rest": B, the holder whose verb is left out before its share, is an
  investor too. ("of which A subscribed 51 per cent and B 49 per cent" was read too, and taken out at
  the round's end: it found a holder of blind29 dated by a later transfer, and blind29's strict
  precision fell.)
* "A holds 11.8 per cent, and B about 6 per cent": A (the holding cue) and B both.
* A split in which the company itself is a holder ("Koro holds 51 per cent and B 49 per cent", "it
  holds 51 per cent and B 49 per cent", "80
  per cent owned by B and 20 per cent by Koro"), or "the remaining 25 per cent owned by X" after a
  stake in another body, makes no investor.
* The split of another body named just before ("set up Acme Woven Limited, 60
  per cent owned by A and 40 per cent by B") makes neither A nor B an investor of the company.
"""

from __future__ import annotations

import pytest

from tests.test_rel33 import _MAKER, _pairs


@pytest.mark.parametrize("body, names", [
    ("Koro Finance Co., Ltd. was incorporated in December 2000, 60 per cent owned by the [[Suva Development "
     "Agency]] and 40 per cent by Tasman Microfund, an investment fund of Dutch church charities.",
     ("Suva Development Agency", "Tasman Microfund")),
    ("The company was registered in Lautoka on 19 August 1996, 55 per cent owned by Rewa Traders and 45 per cent "
     "by the state enterprise [[Fiji Ceramic Industries]] (FCI), which put in the lease of its land.",
     ("Rewa Traders", "Fiji Ceramic Industries")),
])
def test_share_split_owned_by(body, names):
    got = _pairs(body)
    for name in names:
        assert ("investor", name) in got


@pytest.mark.parametrize("body, name", [
    ("On 2 September 1971 [[Nankai Suisan]] registered the company at Levuka. Nankai held 80 per cent and "
     "the Levuka Town Council the rest.", "Levuka Town Council"),
])
def test_gapped_holder_of_a_share(body, name):
    assert ("investor", name) in _pairs(body)


def test_split_of_a_unit_it_set_up_is_no_investor():
    body = ("In 1994 Koro and the Hong Kong tuna trader Kowloon Pacific Fisheries set up Koro Cannery (Lautoka) "
            "Limited, 60 per cent owned by Koro and 40 per cent by Kowloon Pacific, to pack tuna for export.")
    assert not any(t == "investor" for t, _ in _pairs(body, lead=_MAKER))


def test_share_of_the_market_is_no_split():
    body = "By 2010 the company held 40 per cent of the market and [[Pacific Canners]] 30 per cent."
    assert ("investor", "Pacific Canners") not in _pairs(body)


def test_holder_and_gapped_holder_both_read():
    got = _pairs("The [[Fiji National Provident Fund]] holds 11.8 per cent, and [[Unit Trust of Fiji]] about 6 per cent.")
    assert {("investor", "Fiji National Provident Fund"), ("investor", "Unit Trust of Fiji")} <= got


@pytest.mark.parametrize("body", [
    "On 11 June 2019 Koro and [[Nippon Suisan]] announced a joint venture, Koro Lautoka Canning, to build a "
    "cannery at Lautoka; Koro holds 51 per cent and [[Nippon Suisan]] 49 per cent.",
    "Its Japanese arm, Koro Nippon, has been 80 per cent owned by [[Nippon Suisan]] and 20 per cent by Koro Seafoods since 2010.",
    "In 2019 it set up Koro Tonga with a local packer; it holds 51 per cent and [[Nippon Suisan]] 49 per cent.",
    "Pacific Koro Canning: Koro holds a 37 per cent stake, with the remaining 63 per cent owned by [[Nippon Suisan]].",
])
def test_split_with_the_company_among_holders_is_no_investor(body):
    assert ("investor", "Nippon Suisan") not in _pairs(body)


def test_split_of_another_named_body_is_no_investor():
    body = ("Koro sold its trawlers to [[Nippon Suisan]] at a loss. As of 2010, [[Koro Nippon Marine]] is 80.1 per cent "
            "owned by [[Nippon Suisan]] and 19.9 per cent owned by Koro. Its Samoan unit, Apia Koro Limited, 60 per cent "
            "owned by [[Samoa Holdings]], cans bonito.")
    got = _pairs(body)
    assert ("investor", "Nippon Suisan") not in got and ("investor", "Samoa Holdings") not in got
