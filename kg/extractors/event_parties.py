"""Who took part in a history event, in which role, and the event's label.

A clause's participants are its entity mentions (links and resolved unlinked names) and
unlinked proper nouns after a cue ("led by Amazon", "from the hedge fund Bridgepoint").
Each gets a role: the one its preposition gives where the type maps it ("sold ... *to*
Lenovo" -> buyer), the type's ``subject_role`` for a party named before an active trigger
("Samsung Techwin acquired Rollei" -> acquirer), the seller for the owner of a stake bought
("the stake of Sony", "ADIA's stake"), else the type's role. Names that describe rather than
take part are left out: places ("based in Santa Clara", "Kendal-based", "in Kansas City"
for any type but openings), guests ("with guest of honour ... Narendra Modi"), titled people
where the role is not a person's ("Prime Minister X" as a location), products ("the Samsung
Solstice line"), employers in an apposition ("a former executive of SAIC Motor"), and names
inside a relative clause ("who had worked on Baidu's project") or inside the company's own
name. The label comes from the type's template: alternatives separated by ``|``, the first
whose fields all have values.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from kg.extractors.event_cues import CLOSURE_WORD, EventType
from kg.model import Entity, Participant
from kg.text.countries import country_code
from kg.text.dates import MONTHS
from kg.text.kinds import has_orgword, is_unit_name, reads_as_person, split_title, vocabulary
from kg.text.mentions import (
    ABBREVIATED_PLACE,
    CAPITAL,
    COMMON_FORMS,
    NOT_NAMES,
    OWNED_UNIT,
    PROPER_NAME,
    SELF_NOUNS,
    body_span,
    is_demonym_link,
    is_office_link,
)
from kg.text.parse import Mention
from kg.text.patterns import passes, required_literals
from kg.text.ventures import FORMING_WORDS, venture_names

# After these words a clause gives a reason, a circumstance or a guest list: no more
# participants there (nor in a purpose of paying old debt: "to repay the Westpac loan").
_REASON = re.compile(
    r"\b(?:because|due to|following|amid|in response to|to (?:repay|refinance|pay off|pay back)|"
    r"for (?:using|its|their|allegedly|violat\w*|fail\w*|breach\w*)|"
    r"with (?:the )?guests? of hono(?:u)?r|in the presence of|attended by|inaugurated by)\b"
    r"|,\s+(?:(?:shortly|just|soon|weeks|days|months|years|(?:a|one|two|three|several) (?:days?|weeks?|months?|years?))\s+)?"
    r"(?:after|before)\b",
    re.IGNORECASE,
)
# Where an unlinked proper noun after these words names a participant.
_CUE = (
    r"(?:led by|from|with|by|acquir(?:ed|ing|e)|bought|purchased|sold to|partnered with|(?:agreed|offered) to buy|"
    r"(?:purchase|acquisition|takeover) of|"
    r"participation from|investors? including|including|paid [^,.;()]{1,40}? for)"
)
_MODIFIER_WORD = r"[A-Z][\w.]*-(?:based|owned|headquartered)"
# a capitalised word before a lower-case description is its place or origin: "the Bremen daily
# Weser-Post", "the German welding-line integrator Baumann Automation"; two or three before a noun
# of one word: "the Port Moresby broker Kina Securities"
_NOT_DESCRIPTION = r"(?!(?:and|of|for|the|y|e|d[aeiou]s?|de[lr]?|della|dos|das|la|le|van|von|den|der|bin|bint|ibn|al|el)\s)"
_PLACE_WORD = (rf"(?:[A-Z][\w-]*(?=\s+{_NOT_DESCRIPTION}[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){{0,2}}[A-Z])"
               rf"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{1,2}}(?=\s+{_NOT_DESCRIPTION}[a-z][\w-]*\s+[A-Z]))")
_CUE_NAME = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?(?:(?:[a-z][\w-]*|{_MODIFIER_WORD}|{_PLACE_WORD})\s+){{0,3}}?(?!{_MODIFIER_WORD}\b)(?P<name>{PROPER_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|for|to|as|on|from|of|led|signed|worked|followed)\b|\s*$)"
)
# a name introduced by what it is: "the regional electricity company Solway Electricity plc",
# "its regional subsidiary, Hartwell Express", "medical imaging company NeuroLogica"
_NOUN_NAME = re.compile(
    r"\b(?:company|subsidiary|division|unit|arm|business|chain|brand|startup|start-up|maker|manufacturer|"
    rf"developer|firm|carrier|retailer|vendor|distributor|operator|insurer|airline|bank|house),?\s+(?P<name>{PROPER_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|for|to|as|on|from|by|signed|formed|followed)\b|\s*$)"
)
# a body the company joined, named as one: "joined the Fair Cargo Initiative", "became a member of
# the Nordic Logistics Association"
_JOINED_NAME = re.compile(
    rf"\b(?:join(?:ed|s)?|member of)\s+(?:the\s+)?(?P<name>{PROPER_NAME}"
    + "(?:" + "|".join(f"(?<={w})" for w in ("Initiative", "Coalition", "Organization", "Organisation", "Alliance",
                                             "Partnership", "Association", "Council", "Forum", "Federation",
                                             "Network")) + "))"
    r"(?=\s*[,.;:()]|\s+(?:and|in|as|on|at|from|of|that|which)\b|\s*$)")
# the words before a body the company joined (a trigger that ends on the body's name holds it)
_JOINED_BEFORE = re.compile(r"\b(?:join(?:ed|s)?|member of)\s+(?:the\s+)?$")
_CUE_GATE = required_literals(_CUE_NAME)
# an unlinked company a share of which was bought, the target: "bought 67 per cent of Lumenbyte
# Games", "a majority stake in the Polish property portal Domownik.pl", "bought out the minority
# shareholders of Nkawkaw Gold Mines" (read for the types whose role is the target)
_SHARE_OF_NAME = re.compile(
    r"\b(?:per cent|percent|%|stake|interest|holding|shareholding|shares|half|shareholders|control)\s+(?:in|of)\s+"
    rf"(?:(?:the|an?)\s+(?:(?:[a-z][\w-]*|{_MODIFIER_WORD}|{_PLACE_WORD})\s+){{0,3}}?)?(?!{_MODIFIER_WORD}\b)"
    rf"(?P<name>{PROPER_NAME})(?=\s*[,.;:()]|\s+(?:and|in|for|at|on|from|to|which|that)\b|\s*$)")
# an unlinked buyer after the sale's object: "sold its bakery division to Harlan Foods", "sells 40
# per cent of the business to the Malaysian group Kuala Lumpur Kepong" (read for the types whose
# "to" names the buyer)
_SOLD_TO_NAME = re.compile(
    r"\b(?:sold|sells?|selling|sale of|divested)\b[^.;:]{0,80}?\bto\s+"
    rf"(?:(?:the|an?)\s+(?:(?:[a-z][\w-]*|{_MODIFIER_WORD}|{_PLACE_WORD})\s+){{0,3}}?)?(?!{_MODIFIER_WORD}\b)(?P<name>{PROPER_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|in|for|at|on|from|of|which|that|led)\b|\s*$)")
# an unlinked place where a site was opened, read after the site's noun or the opening verb: "a
# refrigerator factory in Ploiesti", "was set up in Tokyo", "opened a branch at Antwerp", "an office
# in the city of Nanjing" (a name followed by a digit, "in October 1962", is a date, not a place)
_SITE_NOUN = (r"(?:plant|factory|mill|works|office|branch|subsidiary|store|shop|warehouse|depot|terminal|refinery|"
              r"hospital|clinic|hotel|restaurant|centre|center|lab|laboratory|studio|yard|shipyard|mine|agency|"
              r"furnace|line|park|hub|campus|base|outlet|distillery|brewery|winery|facility|site)s?")
_OPENING_PLACE = re.compile(
    rf"\b(?:{_SITE_NOUN}(?:\s+[\w-]+){{0,3}}?|(?:opened|set up|established|built|founded)(?:\s+(?:its|a|an|the)\s+)?)"
    r"\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|port|village|district|province|county) of\s+)?"
    rf"(?P<name>{PROPER_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|in|on|at|for|to|from|near|which|that|was|were|opened|followed|during)\b|\s*$)")
# the next name of a list that opens with a cued name: "by Lin Cheng-hsiung and Chou Mei-ling",
# "by Ronald Pask, a geologist, and Helen Tjandra", "by A, B and C", "and the engineer Birthe Kjær"
_NEXT_IN_LIST = re.compile(
    r"(?:,\s+(?:a|an|the|his|her)\s+[^,;()]{1,80},)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}})?(?P<name>{PROPER_NAME})"
    r"(?=\s*[,.;:()]|\s+(?:and|with|in|at|for|to|as|on|from|of)\b|\s*$)")
# the roles a list of names shares with its first name (people, investors and the banks that
# managed an offering are named in lists)
_LIST_ROLES = frozenset({"founder", "investor", "supplier"})
_NOUN_GATE = required_literals(_NOUN_NAME)
# a possessor that opens a run of capitalised words: "Toyota's" in "Toyota's Ken Sato"
_OWNER_IN_NAME = re.compile(r"[^\s'’]+['’]s\s+(?=\S)")
# a person named in full: "Margaret Ostrander", "Daniel K. Reyes", "Marc-André Lüthi"
_PERSON = r"[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:\s+(?:de |van |von |da )?[A-Z][\w'-]+){1,2}"
_PERSON_CUES = (
    # the one a post is handed to: "handed the post of chief executive to Thomas Ferreira", "handed
    # the management to his son Lucien"
    re.compile(r"\bhanded\b[^.;]{0,60}?\bto\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
               r"(?P<name>[A-Z][\w'-]+(?:\s+(?:de |van |von |da )?[A-Z][\w'-]+){0,2})(?=\W)"),
    re.compile(rf"\b(?:succeeded|replaced|replaced by|succeeded by|appointed|named|hired|by)\s+(?P<name>{_PERSON})(?=\W)"),
    re.compile(rf"(?!(?:When|After|Before|Until|Once|Then|On|In|As)\s)(?P<subject>{_PERSON})(?:,[^,;]{{1,80}},)?\s+"
               r"(?:became|becomes|retired|stepped down|resigned|succeeded|died|dies|handed|gave up|took over|"
               r"was (?:appointed|named|hired|replaced|succeeded|ousted))\b"),
    # the one succeeded, named in full or by the family name alone (written in full by
    # ``named_in_full``): "succeeded Whitcomb as chief executive", "succeeded her father Pierre
    # Jaquet in 2016", "succeeding the retiring chair Peter Vickery"
    re.compile(r"\b(?:succeeded|succeeding|replaced|replacing)\s+(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}?)?"
               r"(?P<name>[A-Z][\w'-]+(?:\s+(?:de |van |von |da )?[A-Z][\w'-]+){0,2})"
               r"(?=\s+(?:as|in|on|at|after)\b|\s*[,.;]|\s*$)"),
)
# the one who leaves a post, named by the family name alone as the subject of the clause:
# "Brunner retired in 2019 and was succeeded by ...", "Kell stepped down in 2014, and ..."
# (``kg.extractors.history`` writes the name in full as the article gives it elsewhere)
_SURNAME_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][\w'-]+)(?:,[^,;]{1,80},)?\s+(?:retired|resigned|stepped down|stood down|left|died|handed|gave up|"
    r"was (?:replaced|succeeded|ousted|dismissed|removed))\b")
# where a clause opens: the start of the text read, or after "; " and ", and "
_CLAUSE_OPENING = re.compile(r"(?:;|,?\s+and|,\s+but|:|\b(?:1[5-9]|20)\d\d,?)\s*$")
_OWNER_OF = re.compile(r"\s+(?:subsidiary|unit|division|arm|affiliate)\b", re.IGNORECASE)
ROUND = re.compile(r"\b(series [a-h]\+?|seed)(?![a-z])", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|across|into|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)
# "in Chimsan-dong, Daegu", "in Boston, Massachusetts": the second place continues the first
_LOCATIVE_LIST = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s+$")
_OUTSIDE = re.compile(r"\b(?:outside|beyond|except)\s+(?:the\s+)?$", re.IGNORECASE)
# a description of a party, not a party: "based in Santa Clara", "a former executive of SAIC"
_DESCRIBED = re.compile(
    r"\b(?:based|headquartered|located|incorporated|registered) (?:in|at) (?:the )?$"
    r"|\b(?:executive|founder|co-founder|engineer|head|employee|member|professor|director|chairman|"
    r"chairwoman|president|officer|manager|student|graduate|owner|minister|son|daughter|wife|husband|"
    r"formerly|previously|(?:executive|founder|co-founder|engineer|student|graduate|veteran|alumn(?:us|a|i|ae)|"
    r"apprentice|apprenticeship|researcher|scientist|professor)s?) (?:of|at) (?:the )?$"
    # a person's past employer: "two engineers who had worked for the PTT"
    r"|\b(?:who|had|having)\s+(?:(?:previously|once|both|all|each|also)\s+)?worked\s+(?:for|at|on|in)\s+(?:the\s+)?$"
    # a place set off after a name: "Cambará Alimentos, of Passo Fundo, bought"
    r"|(?<=[\w.)]),\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
# a name used attributively, before the noun of another party or person: "the Syros shipowner
# Ioannis Kalafatis", "the Lyon skin-care laboratory Laboratoires Delorme", "a Stuttgart public
# prosecutor's office" (a determiner before the name; the words between are no verb, article or
# preposition). An organisation's noun with no name after it is the name's own ("the Dusit Thani
# group", "the 500 Startups fund"); a person's is not ("the Húsavík merchant").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")
_MODIFIER_WORDS = (r"(?:(?!(?:the|an?|its|their|his|her|of|and|or|to|for|with|in|on|at|by|from|as|into|was|were|is|are|"
                   r"has|had|have|also|which|that|who)\s)[a-z][\w'-]*(?<!ed)\s+){0,2}")
_PERSON_NOUNS = ("merchant", "shipowner", "trader", "dealer", "prosecutor", "prosecutor's", "banker", "lawyer")
_ORGANISATION_NOUNS = ("laboratory", "house", "studio", "publisher", "builder", "shipbuilder")


@lru_cache(maxsize=1)
def _attributive_after() -> re.Pattern:
    v = vocabulary()

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"\s+{_MODIFIER_WORDS}(?:(?:{alt(v.personroles + _PERSON_NOUNS)})s?\b"
                      rf"|(?:{alt(v.orgnouns + _ORGANISATION_NOUNS + v.personroles + _PERSON_NOUNS)})s?,?\s+(?:the\s+)?{CAPITAL})")


# the market a company's shares trade on: a party of a listing only ("was listed on the New
# York Stock Exchange from 2013", "before its listing on the Nasdaq" in a founding's sentence)
_LISTED_ON = re.compile(
    r"\b(?:listed|listing|listings|traded|trading|quoted|floated|flotation|debut|debuted)\s+(?:(?:today|now|since|later)\s+)?"
    r"(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _exchange_type(etype: EventType, preps: tuple[tuple[str, str], ...]) -> bool:
    """Whether the type names the exchange a company or its securities are listed on: a
    listing, and an issue of securities ("bonds ... were listed on the Athens Stock Exchange")."""
    return (etype.role == "investor" or any(r == "exchange" for _, r in preps)
            or any(r == "exchange" for r, _ in etype.name_roles))


_MODIFIER_AFTER = re.compile(r"-(?:based|owned|headquartered|born|listed)\b")
# a product, not a party: "the original Samsung Solstice line of devices"
_PRODUCT_AFTER = re.compile(
    r"\s+(?:line|lines|series|range|family|brand|model|models|smartphones?|phones?|app|platform|"
    r"devices?|vehicles?|aircraft|format|fleets?|locomotives?|airliners?|jets?|cells|consoles?|destroyers?|frigates?)\b",
    re.IGNORECASE)
# a person by the title before the name: "Indian Prime Minister Narendra Modi"
_TITLE_BEFORE = re.compile(
    r"\b(?:Prime Minister|President|Minister|Governor|Mayor|King|Queen|Prince|Princess|Chancellor|Senator|"
    r"Premier|Secretary|Ambassador|Sir|Dame|Dr\.?|CEO|chairman|chairwoman|founder),?\s+$")
_PERSON_ROLES = frozenset({"founder", "person", "recipient", "party", "investor", "awarder"})
# roles that only an organisation takes: a person's unlinked name is never one of them
_ORGANISATION_ROLES = frozenset({"partner", "customer", "supplier"})
_TWO_WORDS = re.compile(r"\S+\s+\S")
# relative clauses and appositions describe a party named before them: "..., who had worked
# on Baidu's project", "Pellham Biosciences, a Research Triangle Park company developing ...,"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|whom|which)\b[^,;]*")
# the tail of a longer, unlinked name: "Singapore" in "the National Supercomputing Centre of Singapore"
_NAME_HEAD_BEFORE = re.compile(r"\b[A-Z][\w&'-]* (?:of|de|for) $")
# an apposition that calls the name just formed a joint venture with someone names the partner:
# "formed Acme Japan, a 50:50 joint venture with Nikko Trading"
_VENTURE_WITH = re.compile(r"\bjoint[- ]venture\b[^,;]{0,40}?\bwith\b", re.IGNORECASE)
_APPOSITION = re.compile(r"(?<=[\w)]),\s+(?:(?:a|an)\s+|the\s+(?=[a-z]))(?!(?:company|group|firm|airline|bank)\b)[^,;]*")
# a place or a name used as an adjective: "a San Diego developer", "the Sacramento carrier"
# the common legal forms as a word of a name (``mentions.COMMON_FORMS``)
_LEGAL_WORD = re.compile(COMMON_FORMS)
# a legal form set off by a comma is no part of the name: "NVELO, Inc." is NVELO
_COMMA_FORM = re.compile(rf",\s+(?:{_LEGAL_WORD.pattern})$")
# the last word of a name that is a legal form written with a full stop ("B.V", "S.r.l", "Inc")
_ABBREVIATED_FORM = re.compile(r"(?:^|\s)(?:(?:[A-Za-z][a-z]{0,2}\.){1,3}[A-Za-z][a-z]{0,2}|Inc|Ltd|Co|Corp)$")
# a name used as an adjective of a thing: "its Nashville hub" (a party, for any type but openings)
_THING_AFTER = re.compile(r"\s+(?:hub|market|plant|office|offices|operations|factory|stores?|headquarters|base)\b")
_DESCRIPTOR_AFTER = re.compile(
    r"\s+(?:company|developer|maker|manufacturer|firm|carrier|startup|start-up|business|retailer|producer|"
    r"supplier|distributor|operator|bank|insurer|airline|group's|conglomerate)\b")
# the owner of a stake or a business that changed hands: "the stake of Sony", "ADIA's 35 per
# cent stake", "Bunge's half of the venture", "the wireline business of Key Energy Services"
_OWNED_THING = (r"(?:business|businesses|division|unit|operations|activities|portfolio|assets|terminals?|plants?|"
                r"mills?|factory|factories|works|brands?)")
_STAKE_OF = re.compile(
    r"\b(?:stake|share|shares|interest|holding|shareholding)s? (?:of|held by) (?:the )?$"
    rf"|\bthe (?:[\w-]+ ){{1,3}}{_OWNED_THING} of (?:the |an? )?(?:(?:[a-z][\w-]*|{_MODIFIER_WORD}) ){{0,3}}$",
    re.IGNORECASE)
# an unlinked owner of what was bought, its seller: "bought the Alaska container business of
# Northstar Marine Transport", "the grain terminal of the Belem-based trading house Grupo Marajoara"
# (read for the types with a seller)
_OWNER_NAME = re.compile(
    rf"\bthe (?:[\w-]+ ){{1,3}}{_OWNED_THING} of (?:the |an? )?(?:(?:[a-z][\w-]*|{_MODIFIER_WORD}) ){{0,3}}?"
    rf"(?P<name>{PROPER_NAME})(?=\s*[,.;:()]|\s+(?:and|in|for|at|on|from|to|which|that)\b|\s*$)")
# a name that describes a business whose owner follows: "Geneva" in "the Geneva wealth-management
# business of HSBC" (the owner a name, not "of Swiss clients")
_BUSINESS_OF_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:business|businesses|division|unit|operations|activities|portfolio|assets) of (?:the )?")
_STAKE_AFTER = re.compile(
    r"'s?\s+(?:(?:remaining|entire|whole|minority|majority|controlling|[\d.,]+|per|cent|percent|%)[\s-]+){0,4}"
    r"(?:stake|share|shares|interest|holding|shareholding)\b"
    r"|'s?\s+(?:remaining\s+)?(?:half|[\d.,]+(?:\s*per\s*cent|\s*percent|\s*%)|(?:one|two)-thirds?)"
    # the share named alone: "bought Tasman's 35 per cent, the FNPF's 20 per cent and ..."
    r"(?: of\b|(?=\s*[,;.]|\s+(?:and|for|in|to|from)\b))",
    re.IGNORECASE)
# the one paid for what was bought, its seller: "paid US$410 million to Carlyle for Lakeshore",
# "paying €3.4 million to the Serbian Privatisation Agency"
_PAID_TO = re.compile(r"\b(?:paid|paying|pays|pay)\s+(?:[^\s.;()]+\s+){0,6}?to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# a name before a business it owned that changed hands: "the Banque Havilland portfolio of Swiss
# clients", "the Lindqvist wholesale operations" (a name before a plant, mill or brand names the
# thing itself: "the Brazos Valley cement plant")
_OWNER_BEFORE_THING = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:business|businesses|division|unit|operations|activities|portfolio|assets|"
    r"customers|customer base|client base|clients|accounts|deposits|loan book)\b"
    # not where the owner follows ("the Geneva business of HSBC"); a name with a noun after it
    # is what the business holds ("the Havilland portfolio of Swiss clients")
    r"(?!\s+of\s+(?:the\s+)?[A-Z][\w-]*(?![\w-])(?:\s+[A-Z][\w-]*(?![\w-]))*"
    r"(?!\s+(?!(?:in|on|at|to|and|for|from|was|were|which|that|by|with)\b)[a-z]))")
_STAKE_IN = re.compile(r"\b(?:stake|interest|holding|shareholding|shares|investment)s? in (?:the )?$", re.IGNORECASE)
_PREP_WORD = re.compile(
    r"\b(to|from|for|with|by|on|at|in|into|of|alongside|like|unlike|than|besides|within|about|over|against)\s+",
    re.IGNORECASE)
# after these a name is compared with or set beside the company, it takes no part
_NOT_PARTY_PREP = frozenset({"alongside", "like", "unlike", "than", "besides", "within", "about", "over", "against"})
# "from the administrators of", "to the pension funds of": the people or body of a name
# stand where the preposition before them sets the role, and the name takes it
_OF_PHRASE = re.compile(
    r"\b((?i:to|from|for|with|by))\s+(?:(?i:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:administrators?|liquidators?|receivers?|trustees?|founders?|owners?|shareholders?|heirs?|family|estate|"
    r"creditors|government|parent|funds?|subsidiar(?:y|ies))\s+$")
_WORDS_TO_END = re.compile(r"(?:[\w.'&-]+\s+){0,4}")
# the second name of a pair after a preposition shares the first one's: "from Inversiones Ganaderas
# del Litoral and the IFC", "from its founding family and the investment firm Norrlandsfonden"
_CONJUNCT_TO_END = re.compile(
    r"(?:(?:the|its|their|his|her|an?)\s+)?(?:(?!(?:for|in|at|to|on|with|by|from|into|was|were|which|that|who|after|"
    r"before|and|\d[\d.,]*)\s)[\w.'&’-]+,?\s+){1,6}?(?:and|&)\s+(?:(?:the|its|their|his|her|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|jointly\s+|also\s+){0,2}$", re.IGNORECASE)
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|been|being|is|are|be)\b", re.IGNORECASE)
# between a subject and its verb: a few words, a bracket after the name, no stop ("Samsung Techwin acquired",
# "the Government Employees Medical Scheme (GEMS) added")
# an apposition set off by commas may stand between them ("Sirithai Cement, a listed Thai producer
# based in Saraburi, agreed to buy"), and a legal form's full stop may end the name ("Hohenau S.A., bought")
_SUBJECT_GAP = re.compile(r"\.?(?:'s)?(?:\s*\([^()]{1,40}\))?(?P<apposed>,\s+(?:an?|the)\s+[^,;()]{1,120},)?"
                          r"(?:[\s,]+[\w.'-]+){0,6}[\s,]*")
# "A, B and C" / "A and B": names joined to the one before share its role
_COORDINATED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
# "in Billingham, County Durham": a place after a place and a comma qualifies it (unless a
# list goes on: "in London, Leeds and York")
_QUALIFIER_END = re.compile(r"\s*(?:,\s*(?:and\s+)?[A-Z]|and\s+[A-Z])")
_PARTY_BEFORE = re.compile(r"\b(?:for|to|with|by|from|and)\s+(?:the\s+)?$", re.IGNORECASE)
# the arranger of an issue of securities sells it to others (a supplier: "bonds ... arranged by
# PASHA Capital"); the arranger of a loan lends ("a syndicated loan arranged by Riyad Bank")
_LOAN_WORD = re.compile(r"\b(?:loans?|credit|facilit(?:y|ies))\b", re.IGNORECASE)
_SECURITIES_WORD = re.compile(
    r"\b(?:bonds?|eurobonds?|notes|sukuk|debentures?|commercial paper|securities|shares|offering|offer|issue)\b",
    re.IGNORECASE)


def _is_concept(label: str) -> bool:
    """A lower-case link names a concept ("joint venture"), not a party; a name written in
    camel case is still a name ("mSpot", "eBay")."""
    return label[0].islower() and not any(c.isupper() for c in label[1:].split(" ")[0])


# a title in sentence case that opens with an adjective ("Zimbabwean dollar", "Islamic banking and
# finance", "Electric power industry"): a concept's article, whatever the link shows ("[[Islamic
# banking and finance|Islamic]] financing"); a party's title is capitalised ("Islamic Development Bank")
_ADJECTIVE_CONCEPT = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic)(?: (?!family\b)[a-z][\w-]*)+")


def _concept_title(title: str | None) -> bool:
    return title is not None and _ADJECTIVE_CONCEPT.fullmatch(split_title(title)[0]) is not None


# a happening, not a party: "the COVID-19 pandemic", "the 2008 financial crisis", "World War I",
# "the Mexican Revolution", "privatization in Brazil" (unless an
# organisation's word makes it a name: "International Crisis Group")
_HAPPENING = re.compile(
    r"\b(?:pandemic|epidemic|outbreak|crisis|recession|depression|haze|privati[sz]ation|nationali[sz]ation|"
    r"(?!organ)\w+ani[sz]ation|(?-i:World War|Civil War|war)|\w+ (?-i:Revolution))\b",
    re.IGNORECASE)


def is_happening(name: str) -> bool:
    return _HAPPENING.search(name) is not None and not has_orgword(name)


def _is_company(entity: Entity, names: frozenset[str]) -> bool:
    return (entity.title or "").lower() in names or entity.label.lower() in names


def _prep_role(text: str, lo: int, at: int, preps: tuple[tuple[str, str], ...]) -> tuple[str | None, str | None]:
    """(preposition, role) of the nearest preposition within four words before ``at``
    ("sold its PC business *to* Lenovo" -> ("to", "buyer")); ``lo`` bounds the look-back."""
    window = text[max(lo, at - 60): at]
    last = None
    for m in _PREP_WORD.finditer(window):
        last = m
    if last is None or not (_WORDS_TO_END.fullmatch(window, last.end()) or _CONJUNCT_TO_END.fullmatch(window, last.end())):
        return None, None
    word = last.group(1).lower()
    if word == "of" and (head := _OF_PHRASE.search(window, 0, last.start())) is not None:
        word = head.group(1).lower()
    for prep, role in preps:  # a preposition after its verb first: "managed by=supplier"
        if " " in prep and prep.endswith(" " + word) and _verb_before(prep).search(window, 0, last.start()):
            return word, role
    return word, next((role for prep, role in preps if prep == word), None)


@lru_cache(maxsize=64)
def _verb_before(prep: str) -> re.Pattern:
    """The words a preposition of the table must follow ("managed|led by" -> "managed" or "led",
    an adverb between: "jointly managed by")."""
    return re.compile(rf"\b(?:{prep.rsplit(' ', 1)[0]})(?:\s+(?:jointly|together|also))?\s+$", re.IGNORECASE)


def _described(text: str, at: int, trigger: tuple[int, int]) -> bool:
    """Whether the words before ``at`` describe the name there ("based in Santa Clara", "a
    former executive of SAIC"); the event's own verb does not ("was incorporated in Kalgoorlie"
    where "incorporated" is the founding)."""
    m = _DESCRIBED.search(text, max(0, at - 40), at)
    return m is not None and not trigger[0] <= m.start() < trigger[1]


def _places_only_for_openings(etype: EventType) -> bool:
    """Whether the type's places are no parties: they are for an opening (the type's role is
    the location) and for a type whose prepositions give a place its role ("in=location" of a
    founding: "founded in Odense")."""
    return etype.role != "location" and ("in", "location") not in etype.preps


def participants(text: str, start: int, end: int, mentions: list[Mention], etype: EventType,
                 company: frozenset[str], trigger: tuple[int, int] = (0, 0),
                 voice: tuple[str | None, tuple[tuple[str, str], ...]] | None = None) -> list[Participant]:
    """The participants of the segment ``text[start:end]`` with their roles; ``voice`` (role,
    prepositions) replaces the type's when the company is what was bought or sold."""
    out: list[Participant] = []
    default, preps = voice if voice is not None else (etype.role, etype.preps)
    subject_role = etype.subject_role if voice is None else None
    if default is None and not preps and subject_role is None:
        return out
    seen: set[str] = set()
    reason = _REASON.search(text, max(start, trigger[1]), end)
    if reason:
        end = reason.start()
    low = text[start:end].lower()
    hidden = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text, start, end)] if ", wh" in low else []
    if ", a" in low or ", the " in low:
        hidden.extend((m.start(), m.end()) for m in _APPOSITION.finditer(text, start, end)
                      if _names_before(text, m.start(), mentions)
                      and not (etype.type == "joint_venture" and _VENTURE_WITH.search(m.group(0))))
    hidden.extend(_company_spans(text, company, start, end))
    active = (trigger[1] > trigger[0] and not _PASSIVE.search(text, max(0, trigger[0] - 30), trigger[0])
              and not _PASSIVE_TRIGGER.match(text, trigger[0]))
    places_out = _places_only_for_openings(etype)
    exchanges = _exchange_type(etype, preps)
    # the end of a leading clause whose names are not the subject: "When X collapsed, Boronia bought"
    lead = (_own_subject(company).search(text, start, trigger[0])
            if active and company and "," in text[start:trigger[0]] and _SUBORDINATE.match(text, start) else None)
    lead_end = lead.start() if lead is not None else -1
    from_back = (lead is not None and any(r == "seller" for _, r in preps)
                 and _FROM_BACK.search(text, trigger[1], end) is not None)
    prev_end = start
    last: tuple[int, str | None] = (-1, None)  # end and role of the last name read
    for k, m in enumerate(mentions):
        if (m.start < start or m.end > end or m.start <= trigger[0] < m.end
                or (m.start + 1 < trigger[1] <= m.end  # a trigger ending on a name's capital does not hold it
                    and not (default == "partner" and _JOINED_BEFORE.search(text, max(0, m.start - 24), m.start)))):
            continue  # outside the segment, or a word of the trigger itself ("the Entity List"), not the body joined
        lo, prev_end = prev_end, m.end
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        if following is not None and following.start == m.end + 1 and text[m.end] == " ":
            continue  # a modifier of the next name: "United States Bureau of ..."
        if (_OWNER_OF.match(text, m.end) or _MODIFIER_AFTER.match(text, m.end) or _PRODUCT_AFTER.match(text, m.end)
                or _DESCRIPTOR_AFTER.match(text, m.end) or text[m.end : m.end + 1] in ("'", "’") and (
                    OWNED_UNIT.match(text, m.end) or _attributive_after().match(text, m.end + 2))):
            continue  # "a Dubai World subsidiary", "Kendal-based", "the Samsung Solstice line", "a San Diego developer",
            # "the Tarn Bank's private-sector arm Tarn Invest", "the venture fund of Quarnco's founder Tom Quarn"
        if any(a <= m.start < b for a, b in hidden):
            continue
        ent = m.entity
        before = text[max(0, m.start - 40): m.start]
        if _OUTSIDE.search(before[-10:]) or _described(text, m.start, trigger) or _NAME_HEAD_BEFORE.search(before):
            continue
        if not exchanges and _LISTED_ON.search(before):
            continue  # "the company was listed on the NZX": the market, no party of a founding
        if (not ent.label or _is_concept(ent.label) or _concept_title(ent.title) or _is_company(ent, company) or is_demonym_link(ent)
                or is_office_link(ent) or is_happening(ent.title or ent.label)
                or is_unit_name(ent.title or ent.label, cldr=True)):  # "FCFA" ([[Central African CFA franc]]): CLDR's name
            continue
        key = (ent.title or ent.label).lower()
        if key in seen:
            continue
        if last[0] >= 0 and _COORDINATED.fullmatch(text, last[0], m.start):
            role = last[1]  # "by Will Shu and Greg Orlowski"
            if role == "location" and not _QUALIFIER_END.match(text, m.end) and text[last[0]] == ",":
                role = None  # "in Billingham, County Durham": the county qualifies the town
        elif m.end <= lead_end:
            role = "seller" if from_back else None  # a name of a leading clause: "When X collapsed, Boronia bought"
        else:
            role = _role_at(text, lo, m.start, m.end, etype, default, preps, subject_role, active, trigger)
        last = (m.end, role)
        if role != "location" and (_THING_AFTER.match(text, m.end) or (
                _DETERMINER_BEFORE.search(before[-8:]) and _attributive_after().match(text, m.end))):
            continue  # "its Nashville hub", "the Húsavík merchant Sigurður Ásgeirsson"
        if role != "location" and (owner := _BUSINESS_OF_AFTER.match(text, m.end)) and any(
                o.start == owner.end() for o in mentions[k + 1:]):
            continue
        if role == "location" and places_out:
            continue  # a place is where something happened, not a party
        if role not in _PERSON_ROLES and _TITLE_BEFORE.search(before):
            continue  # "Prime Minister Narendra Modi" is no location, target or exchange
        if role == "person" and not _TWO_WORDS.search(ent.label):
            continue  # a person is named in full ("Andy Bond"); "Walmart" is not one
        if role is None:
            continue
        seen.add(key)
        out.append(Participant(Entity(label=ent.label, title=ent.title, kind=ent.kind), role))
    taken = [(m.start, m.end) for m in mentions]
    cued = list(_CUE_NAME.finditer(text, start, end)) if passes(_CUE_GATE, low) else []
    if passes(_NOUN_GATE, low):
        cued.extend(_NOUN_NAME.finditer(text, start, end))
    if default == "location" and ("to", "location") not in preps and (" in " in low or " at " in low or " near " in low):
        if not any(p.role == "location" for p in out) and (site := _OPENING_PLACE.search(text, start, end)):
            cued.append(site)  # the first place only: "at Chana in Songkhla" names one site
    if ("to", "buyer") in preps and " to " in low and ("sel" in low or "sold" in low or "divested" in low):
        cued.extend(_SOLD_TO_NAME.finditer(text, start, end))
    if " of " in low and any(role == "seller" for _, role in preps):
        cued.extend(_OWNER_NAME.finditer(text, start, end))
    if default == "target" and (" in " in low or " of " in low):
        cued.extend(_SHARE_OF_NAME.finditer(text, start, end))
    if default == "partner" and ("join" in low or "member of" in low):
        cued.extend(_JOINED_NAME.finditer(text, start, end))
    if default == "person" or subject_role == "person":
        for pattern in _PERSON_CUES:
            cued.extend(pattern.finditer(text, start, end))
        cued.extend(m for m in _SURNAME_SUBJECT.finditer(text, start, end)
                    if not text[start:m.start()].strip() or _CLAUSE_OPENING.search(text, max(start, m.start() - 10), m.start()))
    if etype.type == "joint_venture":
        out.extend(_ventures(text, start, end, taken, company, seen))
    for pattern in _company_pairs(company):
        cued.extend(pattern.finditer(text, start, end))
    subject = _passive_subject(text, start, trigger) if not active else _active_subject(text, start, trigger)
    if subject is not None and (not active or subject_role is not None):
        if subject.re not in (_SUBJECT_LIST, _DATED_SUBJECT) or not _part_of(subject.group("name"), company):
            cued.append(subject)
        if subject.re is _SUBJECT_LIST:  # the later names of a listed subject
            cued.extend(m for m in _LIST_MEMBER.finditer(text, subject.end("name"), trigger[0])
                        if not _part_of(m.group("name"), company))
    listed = _listed(text, cued, end)  # a later name of a list -> the list's first name
    roles: dict[re.Match, str | None] = {}  # the role given to each cued name
    for m in sorted(cued + list(listed), key=lambda c: c.start()):
        group = "name" if m.groupdict().get("name") else "subject"
        if not m.groupdict().get(group):
            continue
        if m in listed and roles.get(listed[m]) not in _LIST_ROLES:
            continue  # only a list of founders or investors shares its first name's role
        name = re.sub(r"'s$", "", m.group(group))
        a = m.start(group)
        owner = _OWNER_IN_NAME.match(name)
        if owner:  # "Toyota's Ken Sato became chairman": the person, not the possessor
            a, name = a + owner.end(), name[owner.end():]
        b = a + len(name)
        if " of " in name and (cut := _before_linked_of(name, a, taken)):
            name, b = name[:cut], a + cut  # "BladeCare Ltd of [[Hull]]": the name ends before the linked place
        wide = body_span(text, a, b)
        if wide != (a, b):  # "the Agricultural and Industrial Development Bank": one body's name
            a, b = wide
            name = text[a:b]
        if any(a < y and x < b for x, y in taken) or is_happening(name) or not (
                plausible_name(name, company) or (default in _PERSON_ROLES and _of_the_family(name, company))):
            continue
        if any(x <= a < y for x, y in hidden) or _described(text, a, trigger):
            continue
        if not exchanges and _LISTED_ON.search(text, max(0, a - 40), a):
            continue
        if m.re is _SHARE_OF_NAME and _named_after_the_company(name, company):
            continue  # "a stake in El Sherbiny" of El Sherbiny Ceramics: the company, no target
        if m in listed:
            role = roles[listed[m]]
        elif b <= lead_end:
            role = roles[m] = "seller" if from_back else None
        else:
            role = roles[m] = _role_at(text, start, a, b, etype, default, preps, subject_role, active, trigger)
        if role == "location" and places_out:
            continue
        if role in _ORGANISATION_ROLES and reads_as_person(name):
            continue  # an unlinked person's name is no party: "a venture with the trader Jan de Vries"
        name = _COMMA_FORM.sub("", name) if "," in name else written_name(name, text, b)
        if name.lower() not in seen and role is not None:
            seen.add(name.lower())
            out.append(Participant(Entity(label=name), role))
    if default == "investor" and _LOAN_WORD.search(low) and not _SECURITIES_WORD.search(low):
        out = [Participant(p.entity, "investor") if p.role == "supplier" else p for p in out]
    return out


def _ventures(text: str, start: int, end: int, taken: list[tuple[int, int]], company: frozenset[str],
              seen: set[str]) -> list[Participant]:
    """The unlinked joint venture a clause forms (``venture_names``: "X and Y formed Acme Nikko
    K.K.", "formed Acme Japan, a 50:50 joint venture"), a party of its forming with role
    "venture" and no partner. Its name may hold the company's ("Acme Nikko K.K." of Acme), but is
    not the company's own; a linked name is a mention already."""
    out: list[Participant] = []
    for name, a, b, _ in venture_names(text, start, end):
        low = name.lower()
        if (any(a < y and x < b for x, y in taken) or low in company or low in seen or len(name) < 3
                or name.split()[0].lower() in NOT_NAMES or name.split()[0].lower() in MONTHS or reads_as_person(name)):
            continue
        name = _COMMA_FORM.sub("", name) if "," in name else written_name(name, text, b)
        if name.lower() in seen:
            continue  # "Muelle Palmira S.A." found twice, once without its last stop
        seen.update((low, name.lower()))
        out.append(Participant(Entity(label=name), "venture"))
    return out


def _before_linked_of(name: str, a: int, taken: list[tuple[int, int]]) -> int:
    """The length of ``name`` (written at ``a``) before the " of " that a linked name follows
    ("Tarrow Frakt GmbH of [[Bremen]]"), or 0 when no link follows an " of " in it."""
    cut = name.find(" of ")
    while cut > 0:
        if any(x == a + cut + 4 for x, _ in taken):
            return cut
        cut = name.find(" of ", cut + 4)
    return 0


def _listed(text: str, cued: list[re.Match], end: int) -> dict[re.Match, re.Match]:
    """The names that continue a list opened by a cued name ("by A, B and C"), each with the
    cued match that opens its list."""
    out: dict[re.Match, re.Match] = {}
    for head in cued:
        group = "name" if head.groupdict().get("name") else "subject"
        if not head.groupdict().get(group):
            continue
        at = head.end(group)
        while (nxt := _NEXT_IN_LIST.match(text, at, end)) is not None:
            out[nxt] = head
            at = nxt.end("name")
    return out


def _names_before(text: str, at: int, mentions: list[Mention]) -> bool:
    """Whether a name ends right before ``at`` (a mention, a closing bracket or a capitalised
    word): then ", a ..." after it is an apposition describing that name."""
    if any(m.end == at for m in mentions) or text[at - 1: at] == ")":
        return True
    word = re.search(r"[\w.&'-]+$", text[:at])
    return word is not None and not word.group(0).isdigit() and (
        word.group(0)[:1].isupper() or _LEGAL_WORD.fullmatch(word.group(0)) is not None)


# the apposition after the name may hold a place and its region: ", a firm in Austin, Texas,"
_SUBJECT_HEAD = rf"(?:[^,;]{{0,40}}?,\s*|\s*)(?:the\s+)?(?P<name>{PROPER_NAME})(?:,[^,;]{{1,80}}(?:,\s+[A-Z][^,;]{{0,30}})?,)?\s+"
# a passive clause may open with a date and no comma: "In March 2001 Tarrow Frakt was bought"
_DATE_OPENER = r"(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring)\s+(?:[\w-]+\s+){0,2}?(?:1[5-9]\d\d|20\d\d)\s+"
# and name what was bought by what it is: "the Bremen freight firm Tarrow Frakt was bought"
_WHAT_IT_IS = rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+|{_PLACE_WORD}\s+){{1,3}}?(?=[A-Z]))?"
# or follow a colon: "The German purchase came in 2008: Tarrow Frakt, a haulier, was bought"
_PASSIVE_SUBJECT = re.compile(rf"(?:{_DATE_OPENER}|[^,;:]{{0,60}}?:\s+)?{_WHAT_IT_IS}" + _SUBJECT_HEAD + r"(?:was|were|had been|has been)\s+(?:\w+\s+)?")
_SUBJECT_BEFORE_AUX = re.compile(_SUBJECT_HEAD)


def _passive_subject(text: str, start: int, trigger: tuple[int, int]) -> re.Match | None:
    """The unlinked name a passive trigger is said of: "Fellside Environmental was sold to Biffa"."""
    if trigger[1] <= trigger[0]:
        return None
    if _PASSIVE_TRIGGER.match(text, trigger[0]):  # the trigger holds the auxiliary ("was sold to")
        return _SUBJECT_BEFORE_AUX.fullmatch(text, start, trigger[0])
    return _PASSIVE_SUBJECT.fullmatch(text, start, trigger[0])


# the first name of a subject that lists several, after a date or what they were: "On 4 May
# 1868 the chemists Jakob Rheinfels, a dyer, and Emil Hartog founded ...", "A and B registered ..."
# (the later names follow the first as a list does, ``_listed``)
_APPOSED = r"(?:,[^,;]{1,80},)?"
_SUBJECT_LIST = re.compile(
    rf"(?:{_DATE_OPENER})?(?:(?:[Tt]he|[Tt]wo|[Tt]hree)\s+(?:[a-z][\w-]*\s+){{1,2}}?)?(?P<name>{PROPER_NAME}){_APPOSED}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}})?{PROPER_NAME}{_APPOSED})+\s+")


_LIST_MEMBER = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}})?(?P<name>{PROPER_NAME})")


def _part_of(name: str, company: frozenset[str]) -> bool:
    """Whether ``name`` is a word or words of the company's own name ("Tominé" of Agrícola Tominé)."""
    low = name.lower()
    return any(re.search(rf"(?<!\w){re.escape(low)}(?!\w)", c) for c in company)


def _named_after_the_company(name: str, company: frozenset[str]) -> bool:
    """Whether ``name`` opens with a distinctive word of the company's own name: "El Sherbiny" or
    "Queguay Meat" of a company named "El Sherbiny Ceramics" or "Frigorífico Queguay", the company
    itself or one of its own units ("Hoa Thanh Europe"). The first word that is no organisation
    word ("Grupo", "Holdings") and no short particle ("El", "de") decides."""
    orgwords = vocabulary().orgwords
    for word in name.split():
        low = word.lower()
        if len(low) <= 3 or word in orgwords or low in orgwords:
            continue
        return _part_of(word, company)
    return False


# a subject named by what it is after a date: "In May 2008 the Brazilian meat group Cambará Alimentos bought"
_DESCRIBED_SUBJECT = re.compile(rf"{_DATE_OPENER}(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+|{_PLACE_WORD}\s+){{1,3}}?(?=[A-Z])"
                                + _SUBJECT_HEAD)


def _active_subject(text: str, start: int, trigger: tuple[int, int]) -> re.Match | None:
    """The unlinked name that does what an active trigger says: "Cho Hong-jai, the group's
    founder, jointly invested ...", or the first of the names it lists ("Ferenc Szalay and
    Gyula Márkus founded ...")."""
    if trigger[1] <= trigger[0]:
        return None
    found = (_SUBJECT_BEFORE_AUX.fullmatch(text, start, trigger[0]) or _SUBJECT_LIST.fullmatch(text, start, trigger[0])
             or _DESCRIBED_SUBJECT.fullmatch(text, start, trigger[0]))
    if found is None and (dated := _DATED_SUBJECT.fullmatch(text, start, trigger[0])) and " " in dated.group("name"):
        return dated
    return found


# a body named in full after a date with no comma: "In April 2021 the Competition Protection
# Authority began ..." (not "In 1978 Cavenaghi bought", the company's short name, nor "In June
# 2023 the Commission fined", a short name of one word)
_DATED_SUBJECT = re.compile(rf"{_DATE_OPENER}the\s+(?:{_MODIFIER_WORD}\s+)?(?P<name>{PROPER_NAME})(?:,[^,;]{{1,80}},)?\s+")


def _role_at(text: str, lo: int, a: int, b: int, etype: EventType, default: str | None,
             preps: tuple[tuple[str, str], ...], subject_role: str | None, active: bool,
             trigger: tuple[int, int]) -> str | None:
    """The role of the name at ``text[a:b]``."""
    sellers = [role for prep, role in preps if role == "seller"]
    if sellers and (_STAKE_OF.search(text, max(0, a - 90), a) or _STAKE_AFTER.match(text, b)
                    or _PAID_TO.search(text, max(lo, a - 80), a) or _OWNER_BEFORE_THING.match(text, b)):
        # "acquired the stake of Sony", "bought ADIA's 35 per cent stake", "paid $40 million to
        # Carlyle for ...", "the Havilland portfolio of Swiss clients was acquired"
        return "seller"
    stake = _STAKE_IN.search(text, max(0, a - 30), a)
    if default != "location" and not stake and (_LOCATIVE.search(text, max(0, a - 14), a)
                                                or _LOCATIVE_LIST.search(text, max(0, a - 50), a)):
        return "location"
    if subject_role is not None and active and b <= trigger[0] and (gap := _SUBJECT_GAP.fullmatch(text, b, trigger[0])) \
            and not (gap.group("apposed") and text[max(lo, a - 2): a].strip() == ","):
        # "Samsung Techwin acquired ...": the doer (an apposition after a qualifying place describes
        # what the place qualifies: "Blue Mahoe of Spanish Town, Jamaica, a family firm, bought for ...")
        return subject_role
    prep, role = _prep_role(text, lo, a, preps)
    if role == "-" and (named := next((r for r, p in etype.name_roles if p.search(text, a, b)), None)):
        return named  # "issued bonds on the Bolsa de Valores de El Salvador": the exchange all the same
    if role is not None:
        return None if role == "-" else role  # "-": "founded ... as the X Company" names no party
    if prep in _NOT_PARTY_PREP:
        return None  # "alongside NIO, XPeng and Li Auto"
    if stake:
        return default  # "bought a 40% stake in AST Research": the company of the stake
    name = text[a:b]
    for role, pattern in etype.name_roles:
        if pattern.search(name):
            return role  # "the New York Stock Exchange" is an exchange
    return default


def _company_spans(text: str, company: frozenset[str], start: int, end: int) -> list[tuple[int, int]]:
    """Where the company's own names stand in ``text[start:end]`` ("Lune" in "Ofwat fined Lune
    and Eden Water" is no party when "Lune and Eden Water" is a name of the company)."""
    low = text.lower()
    spans = []
    names = set(company)
    names.update(n.rsplit(" ", 1)[0] for n in company if n.count(" ") >= 3)  # "Lune and Eden" (Water)
    for name in names:
        if " " not in name:
            continue
        pos = low.find(name, start, end)
        while pos >= 0:
            spans.append((pos, pos + len(name)))
            pos = low.find(name, pos + len(name), end)
    return spans


@lru_cache(maxsize=256)
def _company_pairs(company: frozenset[str]) -> tuple[re.Pattern, ...]:
    """"Honda and SenseTime signed ...", "SenseTime and Honda ...", "the company and the Korean importer
    Daeyang Coffee formed ...": the other name is a party."""
    alt = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w-])(?P<name>{PROPER_NAME})\s+and\s+(?i:{alt})\b"),
        re.compile(rf"\b(?:(?i:{alt})|[Tt]he (?:company|firm|group)|[Ii]t)\s+and\s+(?:the\s+(?:[\w-]+\s+){{0,4}}?)?"
                   rf"(?P<name>{PROPER_NAME})(?:,[^,;]{{1,80}},)?"
                   r"(?=\s+(?:signed|announced|agreed|formed|partnered|launched|created|set up|established|founded|jointly)\b)"),
    )


@lru_cache(maxsize=256)
def _own_subject(company: frozenset[str]) -> re.Pattern:
    """The company as the subject of a clause that follows a leading one, right before its verb:
    "When One.Tel collapsed in 2001, Boronia bought ...", "After the collapse of Pattisons, the
    firm bought ..." (the names of the leading clause do not do what the verb says)."""
    alt = "|".join(re.escape(c) for c in sorted(company, key=len, reverse=True))
    nouns = "|".join(SELF_NOUNS)
    return re.compile(rf",\s+(?:(?i:{alt})|[Tt]he (?:{nouns})|[Ii]t)\s+(?:[a-z]+ly\s+)?$")


# a leading clause told before the clause of the event: "When One.Tel collapsed in May 2001, ...",
# "After the collapse of the Leith blenders Pattisons, ..." (not a phrase of the event: "In a
# consortium with Astra, it won ...", "during this year's ImageNet competition, the company won")
_SUBORDINATE = re.compile(r"\W*(?i:when|after|before|although|though|while|once|following|since|until|because|as soon as)\b")
# what was bought came from the party a leading clause names: "from it", "from their
# liquidators", "from the administrators" (the clause said the party collapsed or failed)
_FROM_BACK = re.compile(
    r"\bfrom\s+(?:it|them|(?:its|their|the)\s+(?:liquidators?|administrators?|receivers?|trustees?|"
    r"creditors|estate|owners?|shareholders?|bankruptcy trustees?))\b")


def plausible_name(name: str, company: frozenset[str]) -> bool:
    first = name.split()[0].lower()
    low = name.lower()
    if low in company or any(c in low for c in company if len(c) > 3):
        return False
    if first in NOT_NAMES or first in MONTHS or ROUND.match(name):
        return False
    if ABBREVIATED_PLACE.fullmatch(name.rstrip(".")):
        return False  # "acquired U.S. air conditioner distributor Quietside"
    return len(name) >= 3 and not name.isdigit()


def _of_the_family(name: str, company: frozenset[str]) -> bool:
    """A person of the family that gave the company its name ("Konrad Ebeling" of Ebeling
    Medien): a given name first, the company's name no more than the family name."""
    return (reads_as_person(name) and name.split()[0].lower() not in company
            and name.lower() not in company and plausible_name(name, frozenset()))


def written_name(name: str, text: str, end: int, sentence: bool = True) -> str:
    """An unlinked name as the article writes it, its legal form kept ("Manufacture Berthoud
    SA", "Kestra Logistics Ltd"): the full stop of an abbreviated form completes it ("Feld
    Optik B.V.", "Daeil Tube Co. of Hwaseong"), unless the form is a plain word that ends the
    sentence ("... bought Kestra Logistics Ltd."; ``sentence`` false: ``text`` is no sentence,
    a table cell)."""
    form = _ABBREVIATED_FORM.search(name)
    if form is None or text[end: end + 1] != ".":
        return name
    if "." in form.group(0):  # letters and stops ("W.L.L", "sh.p.k"): its last stop is its own
        return name + "."
    if not _LEGAL_END.match(form.group(0).strip() + "."):
        return name
    if sentence and "." not in form.group(0) and not text[end + 1:].strip():
        return name
    return name + "."


# ---------------------------------------------------------------- labels

_FORMATTER = string.Formatter()
_NAME_AFTER = re.compile(
    rf"\s*(?:(?:its|their|a|an|the|new|first|own|latest|of)\s+){{0,3}}(?:(?!(?:in|at|on|for|to|with|by|from|into|across|and)\s)[a-z][\w-]*\s+){{0,2}}(?P<name>{PROPER_NAME})")
# "the 125 cc Lario went on sale", "The KendaraRide app was launched", "Oatwise, a range of oat
# milks, was launched", "Its own label, Delger Atelier, was launched", "The Tararua jacket, the
# first ..., went on sale"
_NAME_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts)\s+(?:[\w.-]+\s+){{0,3}}?)?(?!(?:The|Its|Their|This|These|A|An)\s)(?P<name>{PROPER_NAME})"
    rf"(?:\s+[a-z][\w-]*){{0,2}}(?:,[^,;]{{1,100}},|,)?\s+(?:(?:is|was|were|has been|have been)\s+)?$")


def label(etype: EventType, text: str, parts: list[Participant], company: frozenset[str],
          trigger: re.Match | None = None, template: tuple[str, ...] | None = None) -> str:
    """The event label from the type's template: alternatives, the first whose fields all
    have values. ``{p}`` is the participants, ``{round}`` the round name, ``{product}`` the
    launched product's name, a role ("{buyer}", "{acquirer}") the participants in that role."""
    alternatives = template or etype.template
    names = [p.entity.label for p in parts if (p.role != "location" or etype.role == "location") and p.role != "venture"]
    values: dict[str, str] = {"p": _join(names[:3])}
    fields = {f for alt in alternatives for _, f, _, _ in _FORMATTER.parse(alt) if f}
    if "round" in fields:
        m = ROUND.search(text)
        word = m.group(1) if m else ""
        values["round"] = ("Series " + word[7:].upper() if word.lower().startswith("series") else "Seed") if m else ""
    if "product" in fields:
        values["product"] = (_product_name(text, trigger, company) or _made_thing(text)
                             or _first_thing(text)) if trigger else ""
    if "sold" in fields:
        values["sold"] = _sold(text) if trigger and _SALE_VERB.search(trigger.group(0)) else ""
    if "site" in fields:
        values["site"] = _site(text) if trigger and CLOSURE_WORD.search(trigger.group(0)) else ""
    if "name" in fields:
        values["name"] = new_name(text)
    for f in fields - values.keys():
        values[f] = _join([p.entity.label for p in parts if p.role == f][:3])
    if "target" in fields and not values["target"] and trigger and etype.base == "acquisition":
        values["target"] = _bought_target(text, trigger, company, alternatives == etype.template and etype.key == "acquisition")
    for alt in alternatives:
        if all(values[f] for _, f, _, _ in _FORMATTER.parse(alt) if f):
            return alt.format(**values)
    return alternatives[-1].format(**values)


# a trigger that holds the product: "Its first trailer, the 40-foot Polar King, went on sale"
_NAME_IN_APPOSITION = re.compile(rf",\s+(?:the\s+)?(?:[\w.-]+\s+){{0,3}}?(?!(?:The|Its)\s)(?P<name>{PROPER_NAME}),\s")
# a product's name may end in a number or a model code: "the Tricolore 750", "the Városi 12H"
_PRODUCT_NAME = PROPER_NAME + r"(?:\s+[A-Z0-9][\w-]*){0,2}"
_PRODUCT_END = r"(?=\s*[,.;:)]|\s+(?:was|were|went|came|followed|appeared|sold|which|that|in|at|on|for|from|under)\b|\s*$)"
# the product named in apposition to what the trigger's object or the company's first thing is:
# "showed its first low-floor bus, the Stella", "launched a range of garden tools, Verdant Line",
# "its first electric kettle, the body-worn Calda 2, went on sale"
_NAME_APPOSED = re.compile(
    r"\s+(?:(?:its|their|a|an|the|new|first|own|latest)\s+){0,3}(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,\s+"
    rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?!(?:The|Its|Their|In|On|At)\s)(?P<name>{_PRODUCT_NAME}){_PRODUCT_END}")
_FIRST_NAMED = re.compile(
    r"\bfirst\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+of\s+(?:its|their)\s+own)?,\s+"
    rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?!(?:The|Its|Their|In|On|At)\s)(?P<name>{_PRODUCT_NAME}){_PRODUCT_END}")
# a named range, brand or series: "The Aurora range of garden furniture was launched"
_NAME_OF_RANGE = re.compile(
    rf"\b[Tt]he\s+(?P<name>{PROPER_NAME})\s+(?:range|brand|series|line|family|collection|label)\s+of\b")


def _product_name(text: str, trigger: re.Match, company: frozenset[str]) -> str:
    """The name right after the trigger ("introduced Deliveroo Plus") or right before it
    ("The Galaxy Note 7 smartphone went on sale")."""
    for m in (_NAME_AFTER.match(text, trigger.end()), _NAME_OF_RANGE.search(text, 0, trigger.end()),
              _NAME_BEFORE.search(text, 0, trigger.start()),
              _NAME_IN_APPOSITION.search(text, trigger.start(), trigger.end()),
              _NAME_APPOSED.match(text, trigger.end()),
              _FIRST_NAMED.search(text)):
        if m is None:
            continue
        name = m.group("name")
        first = name.split()[0].lower()
        if _PARTY_BEFORE.search(text, max(0, m.start("name") - 12), m.start("name")):
            continue
        if name.lower() not in company and first not in NOT_NAMES and first not in MONTHS:
            return name
    return ""


# what the company began to make, when no name is given: "began making dishwashers", "started
# canning corned beef", "began to produce plastic additives" (lower-case words up to a preposition)
_MADE_THING = re.compile(
    r"\b(?:began|started|begins|starts) (?:to (?:make|produce|manufacture|build|brew|bottle|can|weave|sell)|"
    r"(?:making|producing|manufacturing|building|assembling|brewing|bottling|canning|weaving|spinning|knitting|"
    r"roasting|baking|distilling|tanning|smelting|selling|exporting)) "
    r"(?P<thing>(?!(?:in|into|at|on|for|from|to|with|under|its|their|the|a|an|again|abroad|there|here)\b)"
    r"[a-z][\w-]*(?: (?!(?:in|into|at|on|for|from|to|with|under|and|as|by|of|which|that)\b|[a-z]{4,}ed\b)[a-z][\w-]*){0,2})"
    r"(?=[\s,.;]|$)")


def _made_thing(text: str) -> str:
    """The lower-case thing a clause says the company began to make ("dishwashers"), or ""."""
    m = _MADE_THING.search(text)
    return m.group("thing") if m else ""


# the company's first thing, named in lower case: "built its first diesel railcars for ...", "its
# first detachable chairlift was presented", "its first nitrile gloves, made from ..."
_THING_STOP = (r"(?:for|of|in|at|on|from|to|with|by|was|were|is|are|went|came|left|rolled|followed|and|or|as|which|"
               r"that|had|has|have|its|their|the|a|an|time|times|year|years|half|quarter|phase|stage|step|loss|profit|"
               r"dividend|payment|order|contract|deal|customer|customers|employee|employees)\b")
_FIRST_THING = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he (?:company|firm|group)['’]s) first\s+"
    rf"(?P<thing>(?:(?!{_THING_STOP})[a-z][\w-]*\s+){{0,2}}(?!{_THING_STOP})[a-z][\w-]*)"
    rf"(?=\s*[,.;:)]|\s+{_THING_STOP}|\s*$)")


def _first_thing(text: str) -> str:
    """The lower-case thing a clause names as the company's first ("diesel railcars"), or ""."""
    m = _FIRST_THING.search(text)
    return m.group("thing") if m else ""


# the site a closure shut: "the Tucson plant", "its research laboratories in Watertown", "the
# brewery at Bystřice pod Hostýnem" (a place after the site: capitalised words, a particle inside)
_SITE = re.compile(
    r"\b(?:(?i:the|its|their)|[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,4}?(?:plant|works|factory|factories|mill|office|studio|yard|shipyard|"
    r"brewery|distillery|smelter|refinery|mine|line|warehouse|depot|terminal|hotel|store|shop|restaurant|branch|"
    r"(?:distribution |logistics )?centre|center|flagship|laborator(?:y|ie)|slaughterhouse|cannery|venture)s?\b"
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:pod|nad|upon|on|de|del|am|an)\s+)?[A-Z][\w'’.-]*){0,2}"
    r"(?:\s+(?:area|region|district))?)?")


# what a sale handed over, when no party names it: "sold the photographic chemicals business to
# Agfa", "The Longview mill was sold to Nippon Paper"
_SOLD_WHAT = re.compile(
    r"\b(?:sold|sells|sell)\s+(?P<what>(?:its|the|their|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[^,;()]|,(?=\d)){1,60}?)(?:,[^,;()]{1,60},)?\s+(?:back\s+)?to\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,4}?(?-i:[A-Z])"
    r"|(?:^|,\s+|\b(?:19|20)\d\d,?\s+)(?P<subject>(?:the|its)\s+[^,;()]{1,60}?)(?:,[^,;]{1,80},)?\s+(?:was|were)\s+sold\b",
    re.IGNORECASE)


_SALE_VERB = re.compile(r"\b(?:sold|sells?)\b", re.IGNORECASE)


def _sold(text: str) -> str:
    """What a sale handed over, "the" before it ("the photographic chemicals business"), or ""."""
    m = _SOLD_WHAT.search(text)
    if m is None:
        return ""
    what = m.group("what") or m.group("subject")
    return re.sub(r"^(?:its|the)\b", "the", what, flags=re.IGNORECASE)


# what a purchase took, when no party names it: the object of the buying verb ("bought the
# Tarn distillery in Rothes", "took over the routes of Aerolíneas Sur", "bought 26 of its depots
# at auction") or the subject of its passive ("The Keld mill in Otley was bought in 2011"), up to
# a comma, a preposition that tells where, when, from whom or for how much, or a next verb
_THING_END = (r"(?:\s+(?:and|or))?(?=\s+(?:for|from|in|into|at|near|on|to|with|by|under|after|before|when|while|which|"
              r"that|who|as|during|through|was|were|and\s+(?-i:[a-z]+ed))\b|\s*(?:,(?!\d)|[;:()\u2013\u2014]|\.(?=\s+(?-i:[A-Z])|\s*$))|\s*$)")
_BUY_VERB = (r"\b(?:buy|bought|buys|buying|acquire|acquired|acquires|acquiring|purchase|purchased|purchases|purchasing|"
             r"take over|took over|takes over|taking over|absorb|absorbed|absorbs)\s+")
_BOUGHT_WHAT = re.compile(
    _BUY_VERB + r"(?P<what>(?!(?:it|them|itself|all|control|out|back|up|a|an|in|its own)\b)"
    rf"(?:(?:the|its|their|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+|(?-i:[A-Z]))[^,;:()]{{0,70}}?){_THING_END}"
    r"|(?:^|[,;]\s+|\b(?:19|20)\d\d,?\s+)(?P<subject>(?:the|its|their)\s+[^,;:()]{1,60}?)"
    r"(?:\s+(?:in|at|near)\s+[^,;:()]{1,40}?)?\s+(?:was|were)\s+(?:acquired|bought|purchased|taken over)\b",
    re.IGNORECASE)


# a part of a business bought: "51 per cent of Kopanang Plant Hire", "half of Ortensi"
# a part of a business bought, right after the buying verb: "51 per cent of Kopanang Plant Hire",
# "a 30 per cent stake in Ortensi", "half of Brindle Locks", "a majority stake in Tarn Foods"
_PART_OF_NAMED = re.compile(
    r"(?i:" + _BUY_VERB + r"(?:(?:a|an|its|their)\s+)?(?:\d[\d.]*\s?(?:per ?cent|%)|half|(?:majority|minority|controlling))"
    r"(?:\s+(?:stake|share|shareholding|interest|holding))?\s+(?:of|in)\s+(?:the shares (?:of|in)\s+)?)"
    rf"(?P<name>{PROPER_NAME})")


def _bought_target(text: str, trigger: re.Match, company: frozenset[str], whole: bool) -> str:
    """The target of a purchase's label when no party names it: the business a part of which
    was bought ("51 per cent of Kopanang Plant Hire": Kopanang Plant Hire), else, for a label
    of the whole purchase (``whole``), what was bought."""
    part = _PART_OF_NAMED.search(text, max(0, trigger.start() - 20))
    if part and part.start() <= trigger.end():
        return "" if part.group("name").lower() in company else part.group("name")
    return _bought(text, trigger, company) if whole else ""


def _bought(text: str, trigger: re.Match, company: frozenset[str]) -> str:
    """What a purchase took, "the" before it ("the Tarn distillery"), when the clause names it
    from its buying verb on and it is not the company itself; or ""."""
    m = _BOUGHT_WHAT.search(text, max(0, trigger.start() - 80))
    if m is None or m.start() > trigger.end():
        return ""
    what = (m.group("what") or m.group("subject")).strip()
    if len(what.split()) > 10 or what.lower() in company or re.sub(r"^(?:the|its|their)\s+", "", what.lower()) in SELF_NOUNS:
        return ""
    return re.sub(r"^(?:its|their|the)\b", "the", what, flags=re.IGNORECASE)


def _site(text: str) -> str:
    """The site a closure shut, "the" or its owner before it ("the Tucson plant", "Ferra's
    plant in Bursa"), or ""."""
    m = _SITE.search(text)
    if m is None:
        return ""
    return re.sub(r"^(?:its|their|the)\b", "the", m.group(0).rstrip("."), flags=re.IGNORECASE)


# the name a rename gives: "was renamed X", "changed its name to X", "took the name X", "under the
# name X", "took its present name, X", "reorganised as X", "turned into a joint-stock company, X",
# "adopted the X name"; a name of capitalised words, particles between them ("Cafés del Macizo"),
# a legal form written in lower case at its end ("Pivovary Skalník a.s.")
_NEW_NAME_WORDS = (
    r"(?-i:[A-Z])[\w&'’./-]*(?:\s+(?:(?:of|de|del|della|di|da|do|dos|das|du|la|le|los|las|van|von|der|den|y|e|et|und|"
    r"and|&|(?-i:[dl])['’]\w+)\s+)*(?-i:[A-Z0-9])[\w&'’./-]*)*(?:\s+(?-i:[a-z]{1,3}\.(?:[a-z]{1,3}\.)*)(?!\w))?")
_NEW_NAME = re.compile(
    r"(?:\brenamed (?:it |itself |them )?(?:as |to )?"
    r"|\b(?:changed (?:its|their) name|name was changed|change of name|name change) to "
    r"|\b(?:took|takes|taking|adopted|adopts|adopting|assumed|assuming) the (?:new )?name,? "
    r"|\bunder the (?:new )?name,? "
    r"|\b(?:took|takes|taking|adopted|adopts|adopting|under) (?:its|their) (?:present|current|new) name, "
    r"|\b(?:incorporated|registered|re-registered|reincorporated|reorgani[sz]ed|re-formed|equiti[sz]ed|corporati[sz]ed|"
    r"converted|transformed|reconstituted) as (?!(?:a|an)\b)"
    r"|\b(?:as|into|under|became) (?:a|an) [^,.;()\d]{1,60}, "
    # "converted into a public company as X", "turned it into a limited company named X"
    r"|\binto (?:a|an) (?:[\w-]+ ){0,3}?(?:company|corporation)(?: \((?-i:[A-Z]{2,4})\))? (?:as|named|called) "
    # "adopted Bahlatel as its trading name"
    r"|\badopted (?=[^.;]{1,60}? as (?:its|their) (?:(?:new|present|current|trading|corporate|brand|official|legal) )*name\b)"
    r")(?:the )?(?P<name>" + _NEW_NAME_WORDS + ")"
    r"|\badopted the (?P<adjective>(?-i:[A-Z])[\w&'’-]*(?: (?-i:[A-Z])[\w&'’-]*){0,3}) name\b",
    re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$")
_NOT_A_NAME = re.compile(r"(?i:in|on|at|by|from|after|the|its|their|it|a|an|and)$")


def new_name(text: str) -> str:
    """The one name a rename in ``text`` gives ("was renamed Kestrelle Foods in 2016" ->
    "Kestrelle Foods"), or "" when it gives none or several."""
    names = set()
    for m in _NEW_NAME.finditer(text):
        name = (m.group("name") or m.group("adjective")).strip()
        last = name.rsplit(" ", 1)[-1]
        if name.endswith(".") and "." not in last[:-1] and not _LEGAL_END.match(last):
            name = name[:-1]  # the full stop ends the sentence ("... renamed Lokkerva.")
        if _POSSESSIVE_END.search(name):  # "took the name X Corporation and Y's listing": X Corporation
            name = name.rsplit(" and ", 1)[0] if " and " in name else ""
        first = name.split()[0] if name else "the"
        if _NOT_A_NAME.match(first) or first.lower() in MONTHS or first.lower() in NOT_NAMES:
            continue
        names.add(name)
    return next(iter(names)) if len(names) == 1 else ""


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- names written in full elsewhere

# words that may stand inside a person's name without a capital ("Hernán de la Vega", "Khalid bin Nasser")
_NAME_PARTICLES = frozenset("de da del della di du la le van von der den bin ibn al el".split())
_OPENER_WORDS = NOT_NAMES | frozenset(MONTHS) | FORMING_WORDS | frozenset(
    "as when while after before since under chairman chairwoman chief president founder director minister".split())
_LEGAL_END = re.compile(rf"^(?:{_LEGAL_WORD.pattern}|Pty|AS|ASA|AB|SpA|S\.p\.A\.?|S\.r\.l\.?|B\.V\.?|S\.A\.S\.?|Corp\.?|"
                        r"Co|Limited|Bhd|Tbk|PT|ApS|A/S|Oy|Oyj|KG|KGaA|SE|NV|BV|Srl|SpA|SAS|SARL|Pte|Sdn|LP|LLP|Kft|Zrt|Nyrt|UAB|AD|OOO|JSC|PJSC)$")


def _name_word(token: str) -> bool:
    """A word that may be part of a name: capitalised, no digit ("VX-1" is a model), no
    abbreviation ("S.p.A."), no modifier ("Norfolk-based")."""
    return (token[:1].isupper() and token[:1].isalpha() and not any(c.isdigit() or c == "." for c in token)
            and not _MODIFIER_AFTER.search(token))


# up to three words before a name, and up to three after it
_WORDS_BEFORE = re.compile(r"(?:\S+ ){1,3}$")
_INITIAL = re.compile(r"[A-Z]\.")
_WORDS_AFTER = re.compile(r"(?: \S+){1,3}")
_WORD_NEXT = re.compile(r"[\w'’-]")


def _occurrences(short: str, text: str):
    """The spans of ``short`` in ``text`` that no word character, apostrophe or hyphen precedes,
    left to right, not overlapping: what ``re.finditer(rf"(?<![\\w'’-]){re.escape(short)}", text)``
    finds, with ``str.find`` for the literal instead of the lookbehind tried at every position."""
    if not short:
        yield from (m.span() for m in re.finditer(r"(?<![\w'’-])", text))
        return
    n, pos = len(short), 0
    while (a := text.find(short, pos)) >= 0:
        if a and _WORD_NEXT.match(text, a - 1):  # a word character before it
            pos = a + 1
            continue
        yield a, a + n
        pos = a + n


def written_in_full(short: str, text: str) -> set[str]:
    """The longer names of which ``short`` is the last or the first words, as ``text`` writes
    them ("Pieter-Jan Roelofs" for "Roelofs", "Castlebrook Partners" for "Castlebrook"): capitalised
    words (a particle inside) next to it, up to a punctuation mark, without an opening word
    ("In", "Chairman") or a legal form ("Ltd", which the participants leave out). The name is found
    as a literal first, then the words around each of its occurrences are read."""
    out = set()
    first, _, rest = short.partition(" ")
    if rest and first.lower() in _NAME_PARTICLES and first[:1].isupper():
        # "Du Plessis retired" opens a sentence: the article writes "Pieter du Plessis"
        out |= {n for n in written_in_full(f"{first.lower()} {rest}", text) if n[:1].isupper()}
    for a, b in _occurrences(short, text):
        before = _WORDS_BEFORE.search(text, max(0, a - 200), a) if a and text[a - 1] == " " else None
        if before is not None and not _WORD_NEXT.match(text, b):
            kept: list[str] = []
            for w in reversed(before.group(0).split()):
                if _INITIAL.fullmatch(w):
                    kept.insert(0, w)  # an initial opens a person's name: "S. Anand Subramaniam"
                    continue
                if w[-1] in ",;:.)" or w.endswith(("'s", "’s")) or not (_name_word(w) or (kept and w in _NAME_PARTICLES)):
                    # (a possessor is no part of the name: "Škoda's Tomáš Hrubeš" is Tomáš Hrubeš)
                    break
                kept.insert(0, w)
            while kept and (kept[0].lower() in _OPENER_WORDS or kept[0] in _NAME_PARTICLES):
                kept.pop(0)
            if kept and not country_code(" ".join(kept)):  # "United States Lumaxia" is Lumaxia in a place
                out.add(" ".join([*kept, short]))
        after = _WORDS_AFTER.match(text, b)
        if after is not None:
            kept = []
            for token in after.group(0).split():
                w = token.rstrip(",;:.)")
                if not _name_word(w) or w.lower() in _OPENER_WORDS or _LEGAL_END.match(w):
                    break
                kept.append(w)
                if w != token:
                    break  # a punctuation mark ends the name
            if kept:
                out.add(" ".join([short, *kept]))
    return out




def with_middle_names(short: str, text: str) -> set[str]:
    """The longer names ``text`` writes a person's two- or three-word name in with one or two
    middle names between its first word and the rest ("Rashid Saleh Al Obaidan" for "Rashid Al
    Obaidan", "Anna Maria Berg" for "Anna Berg")."""
    first, _, rest = short.partition(" ")
    if not rest or rest.count(" ") > 1 or not _name_word(first) or first.lower() in _NAME_PARTICLES:
        return set()
    out = set()
    for m in re.finditer(rf"\b{re.escape(first)}((?: [\w'’-]+){{1,2}}) {re.escape(rest)}\b", text):
        middle = m.group(1).split()
        if all(_name_word(w) and w.lower() not in _OPENER_WORDS for w in middle):
            out.add(m.group(0))
    return out


def named_in_full(parts: list[Participant], text: str, titles: dict[str, str], company: frozenset[str],
                  cache: dict[tuple[str, bool], Entity | None]) -> list[Participant]:
    """The participants with an unlinked short name ("Roelofs resigned", "bought Castlebrook's
    stake") replaced by the one longer name the article writes it in ("Pieter-Jan Roelofs",
    "Castlebrook Partners"), linked if the article links that name (``titles``: lower-case
    label -> title). A short name that is a link's label of its own, a place, or part of several
    longer names (two Iturriagas) stays as it is. ``cache`` holds one article's answers."""
    out = []
    for p in parts:
        ent = p.entity
        if ent.title or p.role == "location" or ent.label.lower() in titles or _LEGAL_END.match(ent.label.rsplit(" ", 1)[-1]):
            out.append(p)
            continue
        key = (ent.label, p.role in _PERSON_ROLES)
        full = cache.get(key, False)
        if full is False:
            names = {n for n in written_in_full(ent.label, text)
                     if ((n.lower() not in company and not any(c in n.lower() for c in company if len(c) > 3))
                         or (p.role in _PERSON_ROLES and _of_the_family(n, company)))
                     and not (p.role in ("person", "founder") and has_orgword(n))}  # "Tatum" is no "Tatum Well Service"
            if not names and p.role == "person":
                names = {n for n in with_middle_names(ent.label, text) if n.lower() not in company}
            found = next(iter(names)) if len(names) == 1 else None
            full = cache[key] = Entity(label=found, title=titles.get(found.lower())) if found else None
        out.append(p if full is None else Participant(full, p.role))
    return out
