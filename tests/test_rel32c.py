"""Relations recall, round 32 (rel32c). Each sentence is written for the test (invented companies).

* A venture the company forms under a name of its own with another firm ("In 2019 it formed Varna
  Solar Ltd with the Sofia developer Pirin Energy AD") makes that firm a joint-venture partner; not a
  body, a fund or an award, nor the help, capital or licence it was formed with, nor a venture
  another party forms.
* The partner's name may end in an abbreviation's dot before ", which holds 51 per cent" ("Co.").
* The contractor a work on the company's project began under ("Work on the plant began in 2008 under
  the Greek contractor X"), a consultant hired for a named role ("X was hired as owner's engineer")
  and the firm a construction contract went to ("The EPC contract went in 2016 to X", "to a consortium
  of X and Y") are suppliers.
"""

from __future__ import annotations

import pytest

from tests.test_relation_cues_unseen import _pairs


@pytest.mark.parametrize("sentence, expected", [
    ("In September 2019 it formed Varna Solar Ltd with the Sofia developer Pirin Energy AD, each holding half.",
     ("jointVenturePartner", "Pirin Energy AD")),
    ("In September 2019 it formed Varna Solar s.r.o. with the Sofia developer Pirin Energy AD, each holding half.",
     ("jointVenturePartner", "Pirin Energy AD")),
    ("In March 2012 Acme formed Dorsal Leasing Limited with [[Kestrel Equipment]].",
     ("jointVenturePartner", "Kestrel Equipment")),
    ("In 2014 it set up Ostrava Pellet Terminal with the stevedoring company Porta Stevedores.",
     ("jointVenturePartner", "Porta Stevedores")),
    ("In May 2011 it formed Norte Grain Services with the Lima trader Andes Grain Co., which holds 51 per cent.",
     ("jointVenturePartner", "Andes Grain Co.")),
    ("Work on the first plant began in June 2008 under the Greek contractor Meltemi Techniki.",
     ("supplier", "Meltemi Techniki")),
    ("Construction in the free zone began in March 2006 under the Lima contractor Constructora Rímac.",
     ("supplier", "Constructora Rímac")),
    ("The Vienna consultancy Donau Engineering GmbH was hired as owner's engineer.",
     ("supplier", "Donau Engineering GmbH")),
    ("The EPC contract for the second plant went in March 2016 to [[Sinohydro]].", ("supplier", "Sinohydro")),
    ("The contract to build the dam went in June 2015 to a consortium of [[Webuild]] and the Austrian builder "
     "[[Porr AG]].", ("supplier", "Porr AG")),
])
def test_new_reading(sentence, expected):
    assert expected in _pairs(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("In 2001 it established Acme Foundation with the help of [[UNICEF]].", "UNICEF"),
    ("In 2001 the founder John Riva established Acme Trading with his brother [[Mario Riva]].", "Mario Riva"),
    ("In 1993 [[Helvetia Bank]] formed Acme Capital with [[Banco Sol]].", "Banco Sol"),
    ("In 2001 the company created Acme Logistics with a loan from [[Banco Sol]].", "Banco Sol"),
    ("In 2015 the company won a contract from [[Eskom]]; the contract went to tender later.", "Eskom"),
    ("Work began in 2011 under the direction of the engineer [[Anton Huber]].", "Anton Huber"),
])
def test_no_new_reading(sentence, name):
    assert not any(t in ("jointVenturePartner", "supplier") and n == name for t, n in _pairs(sentence)), _pairs(sentence)
