"""The README's "Extraction quality" table, guarded: for every gold set and extractor, the
number of gold items, and floors under precision and recall, lenient and strict.

``QUALITY`` is the one table of floors: one row per row of the README's table, in the same
order. A floor sits at the score the README claims (scores are compared rounded to three
decimals, as the README prints them), so losing one gold item fails. When the extractors
improve, raise the README's numbers and these floors together: a test checks that the
README claims no more than ``SLACK`` above a floor, and never less.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from kg.evaluation.runner import evaluate

ROOT = Path(__file__).resolve().parent.parent
SLACK = 0.01  # how far above its floor the README may claim a score


class Quality(NamedTuple):
    name: str  # the gold set
    folder: str  # the gold folder, relative to the repository (../shared is the corpus beside it)
    extractor: str
    items: int  # gold items scored
    lenient: tuple[float, float]  # floors: (precision, recall)
    strict: tuple[float, float]


# Round 16 moved some floors down, each for a reason outside the extractors' reading: the gold's
# relations items of one type and counterparty were folded into one dated by the earliest occasion
# (strict relations precision of blind6, blind8, blind9, blind11, where the statement kept is a later
# occasion's), six dismissals of strikers went back into the controversies gold (blind2_holdout's
# controversies recall: one the extractor misses), and the fatal accidents now read in history text
# are right on the year where the gold dates the day from another sentence (strict controversies
# precision of blind7, blind13, blind14). Every lenient cell of those rows rose or stayed.
# Round 17 moved six floors down, none by a wrong fact that was right before: the controversies now
# read in history text (strikes told by their noun, plant fires, charges in a case's subsection) are
# right on the year or month where the gold dates the day from another telling (strict precision of
# blind10, blind11, blind14, blind15 and blind16's controversies), and a shareholder-table row "Mizuho
# Bank" that blind11's gold files under the group's linked name counts wrong (its lenient relations
# precision 0.960 -> 0.955, with 11 right relations more). Every other cell rose or stayed.
# Round 18 moved seven floors down, again none by a fact that was right before: a new rule reads
# "joined CTR as general manager then, 11 months later, was made President" as Watson's appointment,
# which heldout's gold quotes from the sentence before (its history precision, lenient 0.954 -> 0.939
# and strict); controversies newly found (raids, import bans, sanctions, suits told another way) are
# right on the month or year where the gold takes the day from another telling (strict precision of
# blind8, blind10, blind11 and blind13's controversies); and a joint venture partner newly found on
# blind14 takes the year of the sentence's first clause (its strict relations precision 0.812 -> 0.810,
# with 4 right relations more). Every other cell rose or stayed.
# Round 19 moved eight rows' floors down. Two readings were settled on the gold of most sets
# (tests/gold/README.md): grant-givers are no relation, so blind2's Vinnova and blind3's European
# Commission left the gold and the right facts they were (blind2 recall 0.923 -> 0.922 and its strict
# cells; blind3 101 -> 100 items); blind3 also gets a 51 per cent buyer of the Treasury's shares as an
# investor (a reading its note declines and blind16's takes: precision 1.000 -> 0.976, strict 0.880 ->
# 0.847); blind6's investor Elbe Capital is found, and its gold names it Elbe Capital Partners
# (0.975 -> 0.963); controversies newly found (an authority's tracing of an outbreak, disputes with a tax
# authority) are right on the year or type by the lenient count and undated or typed by the case's
# other step by the strict one (strict precision of blind4, blind11, blind13 and blind14); blind9's two
# lessees newly found are both right, one of them on another day than the gold (strict 0.767 -> 0.763).
# Every other cell rose or stayed.
# Round 20 moved two rows' floors down, both by a fact the sets' gold reads two ways: blind4's history
# (lenient precision 0.958 -> 0.952, strict 0.940 -> 0.935) gains Maison Verlaine's "remained chairman
# until his death in 1961", which its gold leaves out while the same set's Harrowgate Grill counts "remained
# chairman until his retirement in 2004"; blind16's history (0.962 -> 0.957) gains Vrulja's "The yard
# reopened for repair work in 1992" as an expansion, which its gold types other while blind13 types
# reopened sites expansion. Both rows' recall rose (0.914 -> 0.920, 0.878 -> 0.901); every other cell
# rose or stayed.
# Round 25 moved two strict floors down, both by a fact now found right on the year and dated from
# another clause than the gold's: blind7's controversies (strict precision 0.936 -> 0.924) gain the
# prosecutors' statement about payments "between 2011 and 2016", dated 2011 where the gold takes 2016-05
# from the case's other telling; blind9's relations (0.899 -> 0.894) gain Next plc as a supplier from
# "have been picked and delivered by", dated 2024 where the gold dates it 2023-05 from an earlier sentence.
# Both rows' lenient cells rose; every other cell rose or stayed.
# Round 26 moved four floors down, each beside a rise of the row's recall: blind20's controversies
# (lenient precision 1.000 -> 0.986, strict 0.910 -> 0.900; recall 0.918 -> 0.945) and blind27's (lenient
# precision 0.982 -> 0.968; recall 0.750 -> 0.847) gain labour-relations sections, where a standing
# grievance ("fishermen have long complained") and a 2019 report read as steps of their own (the sets
# disagree: blind3's gold keeps the same wording); blind22's controversies (strict precision 0.860 ->
# 0.852) gain "X countersued in Texas.", dated from the sentence before where the gold gives the suit's
# own year; blind21's relations (strict precision 0.900 -> 0.896; lenient recall 0.745 -> 0.787) gain two
# bank loans told "That June ... due to open in 2026", dated 2026 from the later clause (right on the
# party and the type).
QUALITY = [
    # Round 28 refitted the learned relation reader on every development set (docs/relations.md, "Round 28"):
    # the relations floors of the sets the round-6 weights were fitted on fell (tuning recall 0.892 -> 0.843,
    # blind3 0.870 -> 0.790, blind4 0.881 -> 0.792: relations those weights had learned from the sets
    # themselves), and a few strict precisions by a relation or two under another date or type (blind10,
    # blind14, blind18, blind19, blind20, blind25, blind26); over the sets left out of the fit in turn the
    # refit adds 82 right / 7 wrong relations against the old weights' 68 / 6, and on the check sets +6 / 0.
    # the cue tables were written on these four articles (SenseTime, Deliveroo, IKEA, Samsung)
    # round 6: 0.990, Samsung's move of its head office to Seoul in 1947 (a relocation, true, not in this gold
    # until round 28 added it under the round-12 convention)
    Quality("tuning", "tests/gold", "history", 101, (1.000, 0.970), (1.000, 0.970)),
    # IBM and Asda: annotated after the first tuning, then used for a second round
    # round 6: IBM's move of its headquarters is an expansion in this gold, a relocation (other) in the blind sets
    Quality("heldout", "tests/gold/heldout", "history", 73, (0.939, 0.849), (0.909, 0.822)),
    # five small articles annotated blind, then partly tuned on
    Quality("unseen", "tests/gold/unseen", "history", 27, (1.000, 0.741), (0.950, 0.704)),
    # relations and controversies gold of the four tuning articles
    Quality("relations", "tests/gold/relations", "relations", 102, (1.000, 0.843), (0.977, 0.824)),
    Quality("relations", "tests/gold/relations", "controversies", 94, (0.968, 0.957), (0.882, 0.872)),
    # five fictional articles written and annotated blind (blind2), scored once, then tuned on
    Quality("blind2", "tests/gold/blind2", "history", 144, (0.993, 0.958), (0.993, 0.958)),
    Quality("blind2", "tests/gold/blind2", "relations", 77, (0.986, 0.935), (0.959, 0.909)),
    Quality("blind2", "tests/gold/blind2", "controversies", 52, (1.000, 1.000), (0.942, 0.942)),
    # three more blind2 articles: kept out of rounds 1 and 2, scored, then tuned on in round 3
    Quality("blind2-holdout", "tests/gold/blind2_holdout", "history", 87, (0.988, 0.908), (0.988, 0.908)),
    Quality("blind2-holdout", "tests/gold/blind2_holdout", "relations", 38, (1.000, 0.947), (1.000, 0.947)),
    Quality("blind2-holdout", "tests/gold/blind2_holdout", "controversies", 45, (1.000, 0.956), (1.000, 0.956)),
    # their infoboxes, annotated blind at the end of round 2: one fix after the first score (the rand sign)
    Quality("blind2-holdout-profile", "tests/gold/blind2_holdout", "infobox", 113, (0.991, 0.991), (0.982, 0.982)),
    # the six synthetic articles of ../shared (four tuned on from round 1, all six in round 3)
    Quality("synthetic", "../shared/corpus/synthetic/gold", "history", 163, (0.994, 0.969), (0.994, 0.969)),
    Quality("synthetic", "../shared/corpus/synthetic/gold", "relations", 59, (1.000, 0.932), (1.000, 0.932)),
    Quality("synthetic", "../shared/corpus/synthetic/gold", "controversies", 46, (1.000, 0.978), (0.978, 0.957)),
    # blind3: six fictional articles written and annotated blind during round 3, never tuned on
    Quality("blind3", "tests/gold/blind3", "history", 197, (0.994, 0.904), (0.989, 0.898)),
    Quality("blind3", "tests/gold/blind3", "relations", 100, (0.988, 0.800), (0.988, 0.800)),
    Quality("blind3", "tests/gold/blind3", "controversies", 100, (1.000, 0.910), (0.978, 0.890)),
    # their infoboxes: first scored at 0.964 / 0.949, then tuned on in round 4 (currency signs,
    # exchange templates, board roles)
    Quality("blind3-profile", "tests/gold/blind3", "infobox", 255, (1.000, 1.000), (1.000, 1.000)),
    # blind4: six fictional articles written and annotated blind by three writers before round 4,
    # never tuned on in round 4 (scored before it was merged and after); the development set of
    # round 5 (history and controversies rules, the confidences and the learned relation reader
    # were fitted on it; before round 5: history 0.784 / 0.626, relations 0.750 / 0.394,
    # controversies 0.869 / 0.671)
    Quality("blind4", "tests/gold/blind4", "history", 174, (0.959, 0.931), (0.953, 0.925)),
    # round 27 moved blind4's relations floor down (0.989 / 0.881, strict 0.922 / 0.822): the reseller cue
    # (an importer or wholesaler named after "the <place> wholesaler" is a customer, +12 / +1 on the
    # development sets) reads "a Paris court ordered the Marseille wholesaler Sud Import Distribution" as a
    # customer, and a clause with no year that tells a present state no longer takes the year of another
    # clause past a semicolon (+3 / -1 strict), which the gold's date for Fortress came from
    Quality("blind4", "tests/gold/blind4", "relations", 101, (0.976, 0.802), (0.892, 0.733)),
    Quality("blind4", "tests/gold/blind4", "controversies", 79, (1.000, 0.975), (0.961, 0.937)),
    # their infoboxes were not read in round 5: never tuned on
    Quality("blind4-profile", "tests/gold/blind4", "infobox", 246, (1.000, 1.000), (1.000, 1.000)),
    # blind5: six fictional articles written and annotated blind by three writers when round 5
    # began, never tuned on in round 5: scored before round 5 was merged and after; a development
    # set of round 6 (history rules, the relations cues and the controversies' recall noun were
    # read from it; the strict precision of controversies fell from 0.759 to 0.750 as recalls
    # dated to the year only joined the lenient matches; before round 6: history 0.800 / 0.578,
    # relations 0.753 / 0.401, controversies 0.926 / 0.676)
    Quality("blind5", "tests/gold/blind5", "history", 180, (0.952, 0.872), (0.933, 0.856)),
    # round 14: a relation told on two occasions (1952 and 2019) now shows its first telling, which
    # the gold does not quote (-1), and the gold's Selex ES item, typed "joint_venture" (an event
    # type), became jointVenturePartner (+1): kg.evaluation.gold now refuses such an item
    Quality("blind5", "tests/gold/blind5", "relations", 134, (0.956, 0.813), (0.921, 0.784)),
    # round 8: the dated steps of a named affair add 8 controversies, 5 of them of another type or
    # date than the gold's: strict precision 0.750 -> 0.734, strict recall 0.568 -> 0.635 (round 9
    # read the tellings of blind4-blind8 again: strict 0.750 / 0.649)
    Quality("blind5", "tests/gold/blind5", "controversies", 74, (1.000, 0.959), (0.944, 0.905)),
    Quality("blind5-profile", "tests/gold/blind5", "infobox", 238, (1.000, 1.000), (1.000, 1.000)),
    # blind6: six fictional articles written and annotated blind by three writers when round 6
    # began, never tuned on: scored before round 6 was merged and after
    # round 7: a development set of the history rules (two groups, +2 events; after round 6: 0.842 / 0.656)
    Quality("blind6", "tests/gold/blind6", "history", 195, (0.978, 0.903), (0.967, 0.892)),
    Quality("blind6", "tests/gold/blind6", "relations", 119, (0.989, 0.782), (0.936, 0.739)),
    Quality("blind6", "tests/gold/blind6", "controversies", 83, (1.000, 0.952), (0.962, 0.916)),
    Quality("blind6-profile", "tests/gold/blind6", "infobox", 231, (0.996, 0.996), (0.996, 0.996)),
    # blind7: six fictional articles written and annotated blind by three writers when round 7
    # began, never tuned on: scored on main before round 7 was merged and after (the same scores:
    # round 7's two history rule groups and its speed changes changed nothing on it)
    Quality("blind7", "tests/gold/blind7", "history", 184, (0.953, 0.880), (0.929, 0.859)),
    # relations strict precision 0.760 -> 0.734 in round 10: the list items under a "Partnerships"
    # heading are read (lenient 0.893 / 0.615 -> 0.911 / 0.661), three of them at another type or a
    # coarser date than the gold's (a research collaboration the gold calls a partnership, "2020"
    # for "2020-01"), so they count right leniently and wrong strictly
    Quality("blind7", "tests/gold/blind7", "relations", 111, (0.978, 0.802), (0.956, 0.784)),
    Quality("blind7", "tests/gold/blind7", "controversies", 85, (0.962, 0.894), (0.924, 0.859)),
    Quality("blind7-profile", "tests/gold/blind7", "infobox", 245, (1.000, 1.000), (0.996, 0.996)),
    # blind8: six fictional articles written and annotated blind by three writers when round 8
    # began, never tuned on in round 8 (scored on main before it was merged and after); a
    # development set of round 9 (before round 9: history 0.825 / 0.630, relations 0.875 / 0.533,
    # controversies 0.735 / 0.720)
    Quality("blind8", "tests/gold/blind8", "history", 165, (0.994, 0.945), (0.981, 0.933)),
    Quality("blind8", "tests/gold/blind8", "relations", 90, (0.988, 0.878), (0.988, 0.878)),
    Quality("blind8", "tests/gold/blind8", "controversies", 65, (1.000, 0.923), (1.000, 0.923)),
    Quality("blind8-profile", "tests/gold/blind8", "infobox", 250, (1.000, 1.000), (1.000, 1.000)),
    # blind9: six fictional articles written and annotated blind by three writers when round 9
    # began, never tuned on in round 9 (scored on main before it was merged and after); a
    # development set of round 10 (after round 9: history 0.894 / 0.633, relations 0.852 / 0.500,
    # controversies 0.831 / 0.747)
    Quality("blind9", "tests/gold/blind9", "history", 199, (0.972, 0.874), (0.955, 0.859)),
    Quality("blind9", "tests/gold/blind9", "relations", 138, (0.976, 0.877), (0.911, 0.819)),
    Quality("blind9", "tests/gold/blind9", "controversies", 105, (0.989, 0.838), (0.955, 0.810)),
    Quality("blind9-profile", "tests/gold/blind9", "infobox", 290, (1.000, 1.000), (1.000, 1.000)),
    # blind10: six fictional articles written and annotated blind by three writers when round 10
    # began, never tuned on: scored once on main before round 10 was merged and once after
    Quality("blind10", "tests/gold/blind10", "history", 180, (0.976, 0.911), (0.964, 0.900)),
    Quality("blind10", "tests/gold/blind10", "relations", 145, (0.976, 0.848), (0.952, 0.828)),
    # round 29: strict 0.929 / 0.806 -> 0.918 / 0.796: a supplier's dismissal of 40 workers who tried to form a
    # union, typed other by this gold, now reads layoffs, as blind13, blind29 and blind30 type counted dismissals
    Quality("blind10", "tests/gold/blind10", "controversies", 98, (1.000, 0.867), (0.918, 0.796)),
    Quality("blind10-profile", "tests/gold/blind10", "infobox", 283, (1.000, 1.000), (1.000, 1.000)),
    # blind11: six articles written and annotated blind when round 11 began, never tuned on in round 11,
    # read in round 12
    Quality("blind11", "tests/gold/blind11", "history", 154, (0.966, 0.935), (0.953, 0.922)),
    Quality("blind11", "tests/gold/blind11", "relations", 131, (0.983, 0.893), (0.950, 0.863)),
    Quality("blind11", "tests/gold/blind11", "controversies", 91, (0.964, 0.890), (0.869, 0.802)),
    Quality("blind11-profile", "tests/gold/blind11", "infobox", 261, (0.996, 0.996), (0.996, 0.996)),
    # blind12: six more, written and annotated blind at the end of round 11 and scored once on its end;
    # read in round 12
    Quality("blind12", "tests/gold/blind12", "history", 160, (0.987, 0.919), (0.973, 0.906)),
    Quality("blind12", "tests/gold/blind12", "relations", 127, (0.991, 0.906), (0.966, 0.882)),
    Quality("blind12", "tests/gold/blind12", "controversies", 79, (0.973, 0.899), (0.932, 0.861)),
    Quality("blind12-profile", "tests/gold/blind12", "infobox", 271, (1.000, 1.000), (1.000, 1.000)),
    # blind13: six more, written and annotated blind when round 12 began, never tuned on in it; read in round 13
    Quality("blind13", "tests/gold/blind13", "history", 167, (0.974, 0.910), (0.968, 0.904)),
    # round 14: strict 0.782/0.585 -> 0.780/0.578 (lenient up): IFFCO's relation shows its first
    # telling, dated 2011 by an out-of-scope list item (docs/relations.md, Round 14)
    Quality("blind13", "tests/gold/blind13", "relations", 134, (0.973, 0.813), (0.946, 0.791)),
    Quality("blind13", "tests/gold/blind13", "controversies", 95, (0.988, 0.884), (0.894, 0.800)),
    Quality("blind13-profile", "tests/gold/blind13", "infobox", 272, (0.996, 0.996), (0.996, 0.996)),
    # blind14: six more, written and annotated blind during round 12, never tuned on in it; read in round 13
    Quality("blind14", "tests/gold/blind14", "history", 165, (0.949, 0.903), (0.936, 0.891)),
    Quality("blind14", "tests/gold/blind14", "relations", 142, (0.977, 0.901), (0.939, 0.866)),
    Quality("blind14", "tests/gold/blind14", "controversies", 80, (0.986, 0.900), (0.932, 0.850)),
    Quality("blind14-profile", "tests/gold/blind14", "infobox", 263, (0.992, 0.996), (0.992, 0.996)),
    # blind15: six more, written and annotated blind when round 13 began, never read
    Quality("blind15", "tests/gold/blind15", "history", 167, (0.969, 0.922), (0.962, 0.916)),
    Quality("blind15", "tests/gold/blind15", "relations", 141, (0.984, 0.879), (0.984, 0.879)),
    Quality("blind15", "tests/gold/blind15", "controversies", 72, (0.930, 0.917), (0.859, 0.847)),
    Quality("blind15-profile", "tests/gold/blind15", "infobox", 277, (0.996, 0.996), (0.996, 0.996)),
    # blind16: six more, written and annotated blind when round 14 began, never read (first score on
    # 21cbe28, before the round: history 0.898 / 0.616, relations 0.900 / 0.511, controversies
    # 0.831 / 0.694, profile 0.982 / 0.982; profile 0.986 / 0.986 -> 1.000 / 1.000 in round 16)
    Quality("blind16", "tests/gold/blind16", "history", 172, (0.958, 0.930), (0.952, 0.924)),
    Quality("blind16", "tests/gold/blind16", "relations", 140, (1.000, 0.871), (0.984, 0.857)),
    Quality("blind16", "tests/gold/blind16", "controversies", 87, (0.964, 0.920), (0.928, 0.885)),
    Quality("blind16-profile", "tests/gold/blind16", "infobox", 279, (1.000, 1.000), (1.000, 1.000)),
    # blind17: six more, written and annotated blind when round 15 began, kept outside the repository
    # until its end, never read in round 15 (first score on 9e1e44c, before the round's changes, with
    # the gold as committed: history 0.861 / 0.524, relations 0.912 / 0.453, controversies 0.929 /
    # 0.743, profile 0.996 / 1.000); read in round 16
    Quality("blind17", "tests/gold/blind17", "history", 166, (0.980, 0.898), (0.961, 0.880)),
    Quality("blind17", "tests/gold/blind17", "relations", 155, (0.993, 0.877), (0.964, 0.852)),
    Quality("blind17", "tests/gold/blind17", "controversies", 70, (0.968, 0.871), (0.937, 0.843)),
    Quality("blind17-profile", "tests/gold/blind17", "infobox", 279, (1.000, 1.000), (1.000, 1.000)),
    # blind18: six more, written and annotated blind when round 16 began, kept outside the repository
    # until its end, never read in it, read in round 17 (first score on 7ce6a51, before the round's
    # changes, on the gold as committed: history 0.934 / 0.665, relations 0.925 / 0.760, controversies 0.959 / 0.787, profile
    # 0.982 / 0.985; on the writers' own gold, with five events typed by a variant key and the
    # relations per occasion: history 0.904 / 0.644, relations 0.925 / 0.712)
    Quality("blind18", "tests/gold/blind18", "history", 191, (0.978, 0.916), (0.961, 0.901)),
    Quality("blind18", "tests/gold/blind18", "relations", 146, (0.985, 0.918), (0.934, 0.870)),
    Quality("blind18", "tests/gold/blind18", "controversies", 89, (1.000, 0.978), (0.977, 0.955)),
    Quality("blind18-profile", "tests/gold/blind18", "infobox", 275, (0.996, 1.000), (0.996, 1.000)),
    # blind19: six fictional articles written and annotated blind by three writers when round 17 began,
    # kept outside the repository until its end, never read in it, read in round 18 (first score on 528756a, before the round's
    # changes, on the gold as the writers wrote it: history 0.864 / 0.582, relations 0.963 / 0.656,
    # controversies 0.929 / 0.844, profile 0.974 / 0.980)
    Quality("blind19", "tests/gold/blind19", "history", 208, (0.990, 0.918), (0.969, 0.899)),
    Quality("blind19", "tests/gold/blind19", "relations", 160, (0.993, 0.900), (0.979, 0.887)),
    Quality("blind19", "tests/gold/blind19", "controversies", 77, (0.974, 0.961), (0.934, 0.922)),
    Quality("blind19-profile", "tests/gold/blind19", "infobox", 302, (0.990, 0.997), (0.990, 0.997)),
    # blind20: six fictional articles written and annotated blind by three writers when round 18 began,
    # kept outside the repository until its end, never read in it, read in round 19 (first score on fcf17a5,
    # before the round's changes, on the gold as the writers wrote it: history 0.905 / 0.525, relations
    # 0.909 / 0.662, controversies 1.000 / 0.685, profile 1.000 / 1.000; two of its relations items were
    # retyped customer in round 19 by the settled distributor reading)
    Quality("blind20", "tests/gold/blind20", "history", 181, (0.966, 0.790), (0.953, 0.779)),
    # round 29: relations strict precision 0.941 -> 0.934: a foreign-trade agency the plant exported through,
    # found by the new agent cue (a partner, right leniently), dated 1968 from its sentence; the gold dates it otherwise
    Quality("blind20", "tests/gold/blind20", "relations", 151, (1.000, 0.901), (0.941, 0.848)),
    Quality("blind20", "tests/gold/blind20", "controversies", 73, (0.986, 0.959), (0.915, 0.890)),
    Quality("blind20-profile", "tests/gold/blind20", "infobox", 296, (1.000, 1.000), (1.000, 1.000)),
    # blind21: six fictional articles written and annotated blind by three writers when round 19 began,
    # kept outside the repository until its end, never read in it, read in round 20 (first score on
    # 3717821, before the round's changes, on the gold as the writers wrote it: history 0.846 / 0.578,
    # relations 0.912 / 0.660, controversies 0.962 / 0.649, profile 1.000 / 0.996; four of its relations
    # items were retyped customer in round 20 by the settled distributor reading)
    Quality("blind21", "tests/gold/blind21", "history", 180, (0.952, 0.767), (0.952, 0.767)),
    Quality("blind21", "tests/gold/blind21", "relations", 141, (0.983, 0.844), (0.917, 0.787)),
    Quality("blind21", "tests/gold/blind21", "controversies", 77, (0.969, 0.805), (0.906, 0.753)),
    Quality("blind21-profile", "tests/gold/blind21", "infobox", 279, (1.000, 1.000), (1.000, 1.000)),
    # blind22: six fictional articles written and annotated blind by three writers when round 20 began,
    # kept outside the repository until its end, never read in it, read in round 21 (first score on 3a5b21c, before the round's
    # changes, on the gold as the writers wrote it: history 0.850 / 0.555, relations 0.919 / 0.723,
    # controversies 0.982 / 0.705, profile 0.979 / 0.983)
    Quality("blind22", "tests/gold/blind22", "history", 173, (0.926, 0.723), (0.911, 0.711)),
    Quality("blind22", "tests/gold/blind22", "relations", 143, (0.977, 0.895), (0.962, 0.881)),
    Quality("blind22", "tests/gold/blind22", "controversies", 78, (0.984, 0.782), (0.903, 0.718)),
    Quality("blind22-profile", "tests/gold/blind22", "infobox", 290, (0.997, 1.000), (0.997, 1.000)),
    # blind23: six fictional articles written and annotated blind by three writers when round 21 began,
    # kept outside the repository until its end, never read in it, read in round 22 (first score on fc4f397, before the round's
    # changes, on the gold as the writers wrote it: history 0.882 / 0.622, relations 0.913 / 0.646,
    # controversies 0.946 / 0.671, profile 0.952 / 0.955)
    Quality("blind23", "tests/gold/blind23", "history", 156, (0.902, 0.705), (0.877, 0.686)),
    Quality("blind23", "tests/gold/blind23", "relations", 130, (0.949, 0.715), (0.918, 0.692)),
    Quality("blind23", "tests/gold/blind23", "controversies", 74, (0.948, 0.743), (0.828, 0.649)),
    Quality("blind23-profile", "tests/gold/blind23", "infobox", 289, (1.000, 1.000), (1.000, 1.000)),
    # blind24: six fictional articles written and annotated blind by three writers when round 22 began,
    # kept outside the repository until its end, never read (first score on 9a0fee4, before the round's
    # changes, on the gold as the writers wrote it: history 0.822 / 0.477, relations 0.868 / 0.658,
    # controversies 1.000 / 0.652, profile 1.000 / 0.997); read in round 23, its first-sight records in both fits
    Quality("blind24", "tests/gold/blind24", "history", 174, (0.863, 0.580), (0.829, 0.557)),
    # round 27 moved blind24's strict relations precision down (0.766): a passive supply of the company's own
    # thing named with "the" (its accounts, lines, works) found one more right relation there, under another
    # date than the gold's (lenient 0.894 / 0.700 -> 0.895 / 0.708)
    # round 30 moved blind24's relations precision down (lenient 0.916 -> 0.908, strict 0.789 -> 0.776): a
    # check set, scored by its totals only; the round's name rules (a maker named by its trade, a short name
    # read as the one longer name the article writes) found two more right relations and one wrong, and one
    # right one under another date than the gold's (the check sets together: lenient +6 / -1)
    Quality("blind24", "tests/gold/blind24", "relations", 120, (0.918, 0.750), (0.786, 0.642)),
    Quality("blind24", "tests/gold/blind24", "controversies", 66, (1.000, 0.667), (0.841, 0.561)),
    Quality("blind24-profile", "tests/gold/blind24", "infobox", 288, (1.000, 0.997), (1.000, 0.997)),
    # blind25: six fictional articles written and annotated blind by three writers when round 23 began,
    # kept outside the repository until its end, never read in it (first score on 868eed1, before the round's
    # changes, on the gold as the writers wrote it: history 0.851 / 0.544, relations 0.932 / 0.631,
    # controversies 0.958 / 0.708, profile 0.979 / 0.983); read in round 24
    Quality("blind25", "tests/gold/blind25", "history", 158, (0.886, 0.690), (0.878, 0.684)),
    # round 30 moved blind25's strict relations precision down (0.900 -> 0.892): a maker named by its trade
    # found, its relation dated otherwise than the gold (lenient 0.950 / 0.731 -> 0.951 / 0.746)
    Quality("blind25", "tests/gold/blind25", "relations", 130, (0.951, 0.746), (0.892, 0.700)),
    Quality("blind25", "tests/gold/blind25", "controversies", 65, (0.960, 0.738), (0.700, 0.538)),
    Quality("blind25-profile", "tests/gold/blind25", "infobox", 287, (0.979, 0.983), (0.979, 0.983)),
    # blind26: six fictional articles written and annotated blind by three writers when round 24 began,
    # kept outside the repository until its end, never read (first score on 0ea3b14, before the round's
    # changes, on the gold as the writers wrote it: history 0.916 / 0.580, relations 0.904 / 0.658,
    # controversies 0.982 / 0.778, profile 0.997 / 0.997); read in round 25
    # round 33 (a check set, by its totals): one event more matches leniently, its date or type not
    # strictly (strict precision 0.885 -> 0.879, lenient 0.908 / 0.633 -> 0.909 / 0.638)
    Quality("blind26", "tests/gold/blind26", "history", 188, (0.909, 0.638), (0.879, 0.617)),
    Quality("blind26", "tests/gold/blind26", "relations", 114, (0.955, 0.746), (0.899, 0.702)),
    Quality("blind26", "tests/gold/blind26", "controversies", 72, (0.982, 0.778), (0.807, 0.639)),
    Quality("blind26-profile", "tests/gold/blind26", "infobox", 296, (0.997, 0.997), (0.997, 0.997)),
    # blind27: six fictional articles written and annotated blind by three writers when round 25 began,
    # kept outside the repository until its end, never read (first score on 36b6b42, before the round's
    # changes, on the gold as the writers wrote it: history 0.854 / 0.620, relations 0.808 / 0.522,
    # controversies 0.982 / 0.750, profile 0.996 / 0.996); read in round 26
    # (round 31: strict precision 0.900 -> 0.897, a licence now read, "When Sweden opened its market on 1
    # January 2019, X received a Swedish licence ... in December 2018", takes the opening clause's date)
    Quality("blind27", "tests/gold/blind27", "history", 216, (0.909, 0.694), (0.897, 0.685)),
    Quality("blind27", "tests/gold/blind27", "relations", 161, (0.968, 0.752), (0.896, 0.696)),
    Quality("blind27", "tests/gold/blind27", "controversies", 72, (0.969, 0.875), (0.846, 0.764)),
    Quality("blind27-profile", "tests/gold/blind27", "infobox", 257, (0.996, 0.996), (0.996, 0.996)),
    # blind28: six fictional articles written and annotated blind by three writers when round 26 began,
    # kept outside the repository until its end, never read (first score on 0986efc, before the round's
    # changes, on the gold as the writers wrote it: history 0.852 / 0.645, relations 0.906 / 0.600,
    # controversies 0.975 / 0.772, profile 0.993 / 0.975); read in round 27
    Quality("blind28", "tests/gold/blind28", "history", 242, (0.939, 0.764), (0.924, 0.752)),
    # round 29: relations strict precision 0.856 -> 0.852 (lenient 0.919 / 0.700 -> 0.920 / 0.710): the plant's
    # builder, found by the new "built by the <place> contractor X" cue, dated 2002 from its sentence; the gold
    # dates it otherwise
    Quality("blind28", "tests/gold/blind28", "relations", 210, (0.963, 0.743), (0.889, 0.686)),
    Quality("blind28", "tests/gold/blind28", "controversies", 101, (0.988, 0.832), (0.929, 0.782)),
    Quality("blind28-profile", "tests/gold/blind28", "infobox", 280, (1.000, 1.000), (1.000, 1.000)),
    # blind29: six fictional articles written and annotated blind by three writers when round 27 began,
    # kept outside the repository until its end, never read (first score on 115c7c3, before the round's
    # changes, on the gold as the writers wrote it: history 0.863 / 0.664, relations 0.885 / 0.600,
    # controversies 0.941 / 0.842, profile 0.993 / 0.961); read in round 28
    Quality("blind29", "tests/gold/blind29", "history", 274, (0.934, 0.777), (0.917, 0.763)),
    Quality("blind29", "tests/gold/blind29", "relations", 230, (0.963, 0.800), (0.906, 0.752)),
    Quality("blind29", "tests/gold/blind29", "controversies", 95, (0.956, 0.905), (0.867, 0.821)),
    Quality("blind29-profile", "tests/gold/blind29", "infobox", 279, (0.996, 0.986), (0.996, 0.986)),
    # blind30: six fictional articles written and annotated blind by three writers when round 28 began,
    # kept outside the repository until its end, never read in it (first score on 9952b8d, before the round's
    # changes, on the gold as the writers wrote it: history 0.894 / 0.684, relations 0.865 / 0.505,
    # controversies 0.990 / 0.792, profile 1.000 / 1.000); read in round 29
    Quality("blind30", "tests/gold/blind30", "history", 247, (0.955, 0.765), (0.944, 0.757)),
    Quality("blind30", "tests/gold/blind30", "relations", 216, (0.933, 0.708), (0.823, 0.625)),
    Quality("blind30", "tests/gold/blind30", "controversies", 120, (0.990, 0.867), (0.905, 0.792)),
    Quality("blind30-profile", "tests/gold/blind30", "infobox", 269, (1.000, 1.000), (1.000, 1.000)),
    # blind31: six fictional articles written and annotated blind by three writers when round 29 began,
    # kept outside the repository until its end, never read (first score on cf44ce3, before the round's
    # changes, on the gold as the writers wrote it: history 0.848 / 0.647, relations 0.864 / 0.532,
    # controversies 0.973 / 0.873, profile 0.984 / 0.973); read in round 30
    Quality("blind31", "tests/gold/blind31", "history", 258, (0.912, 0.721), (0.892, 0.705)),
    Quality("blind31", "tests/gold/blind31", "relations", 203, (0.957, 0.665), (0.922, 0.640)),
    Quality("blind31", "tests/gold/blind31", "controversies", 126, (0.991, 0.905), (0.922, 0.841)),
    Quality("blind31-profile", "tests/gold/blind31", "infobox", 260, (1.000, 1.000), (1.000, 1.000)),
    # blind32: six fictional articles written and annotated blind by three writers when round 30 began,
    # kept outside the repository until its end, never read (first score on a31d09f, before the round's
    # changes, on the gold as the writers wrote it: history 0.876 / 0.598, relations 0.943 / 0.706,
    # controversies 0.957 / 0.848, profile 0.992 / 0.975); read in round 31
    Quality("blind32", "tests/gold/blind32", "history", 249, (0.904, 0.679), (0.882, 0.663)),
    Quality("blind32", "tests/gold/blind32", "relations", 163, (0.985, 0.804), (0.932, 0.761)),
    Quality("blind32", "tests/gold/blind32", "controversies", 105, (0.979, 0.876), (0.894, 0.800)),
    Quality("blind32-profile", "tests/gold/blind32", "infobox", 243, (0.992, 0.979), (0.992, 0.979)),
    # blind33: six fictional articles written and annotated blind by three writers when round 31 began,
    # kept outside the repository until its end, never read (first score on add5ed4, before the round's
    # changes, on the gold as the writers wrote it: history 0.909 / 0.602, relations 0.824 / 0.543,
    # controversies 0.967 / 0.793, profile 0.984 / 0.984); read in round 32
    Quality("blind33", "tests/gold/blind33", "history", 249, (0.942, 0.723), (0.927, 0.711)),
    Quality("blind33", "tests/gold/blind33", "relations", 164, (0.889, 0.634), (0.863, 0.616)),
    Quality("blind33", "tests/gold/blind33", "controversies", 111, (0.968, 0.820), (0.894, 0.757)),
    Quality("blind33-profile", "tests/gold/blind33", "infobox", 244, (0.984, 0.984), (0.984, 0.984)),
    # blind34: six fictional articles written and annotated blind by three writers when round 32 began,
    # kept outside the repository until its end, never read (first score on 4d1a947, before the round's
    # changes, on the gold as the writers wrote it: history 0.828 / 0.621, relations 0.943 / 0.621,
    # controversies 0.907 / 0.819, profile 0.984 / 0.984)
    Quality("blind34", "tests/gold/blind34", "history", 232, (0.901, 0.703), (0.890, 0.694)),
    Quality("blind34", "tests/gold/blind34", "relations", 161, (0.991, 0.658), (0.907, 0.602)),
    Quality("blind34", "tests/gold/blind34", "controversies", 83, (0.921, 0.843), (0.829, 0.759)),
    Quality("blind34-profile", "tests/gold/blind34", "infobox", 247, (1.000, 1.000), (1.000, 1.000)),
    # blind35: six fictional articles written and annotated blind by three writers when round 33 began,
    # kept outside the repository until its end, never read in it (read in round 34) (first score on b1f9226, before the round's
    # changes, on the gold as the writers wrote it: history 0.861 / 0.576, relations 0.838 / 0.560, controversies 0.959 / 0.789, profile 1.000 / 1.000)
    Quality("blind35", "tests/gold/blind35", "history", 236, (0.906, 0.614), (0.894, 0.606)),
    Quality("blind35", "tests/gold/blind35", "relations", 175, (0.910, 0.634), (0.836, 0.583)),
    Quality("blind35", "tests/gold/blind35", "controversies", 90, (0.974, 0.833), (0.844, 0.722)),
    Quality("blind35-profile", "tests/gold/blind35", "infobox", 228, (1.000, 1.000), (1.000, 1.000)),
    # blind36: six fictional articles written and annotated blind by three writers when round 34 began,
    # kept outside the repository until its end, never read (first score on 51653d1, before the round's
    # changes, on the gold as the writers wrote it: history 0.874 / 0.682, relations 0.905 / 0.605, controversies 0.897 / 0.847, profile 0.959 / 0.968)
    Quality("blind36", "tests/gold/blind36", "history", 214, (0.874, 0.682), (0.856, 0.668)),
    Quality("blind36", "tests/gold/blind36", "relations", 157, (0.905, 0.605), (0.857, 0.573)),
    Quality("blind36", "tests/gold/blind36", "controversies", 72, (0.897, 0.847), (0.706, 0.667)),
    Quality("blind36-profile", "tests/gold/blind36", "infobox", 220, (0.959, 0.968), (0.959, 0.968)),
    # the infobox profile (rows of the profile query) of four synthetic and four corpus articles
    Quality("synthetic-profile", "tests/gold/synthetic", "infobox", 173, (1.000, 1.000), (1.000, 1.000)),
    Quality("profile", "tests/gold/profile", "infobox", 125, (1.000, 1.000), (1.000, 1.000)),
]


@functools.cache
def _scores(folder: str, extractor: str):
    return evaluate(ROOT / folder, (extractor,))[extractor]


@pytest.mark.parametrize("row", QUALITY, ids=lambda q: f"{q.name}-{q.extractor}")
def test_every_gold_set_keeps_its_item_count(row):
    score = _scores(row.folder, row.extractor)
    for mode in ("lenient", "strict"):
        counts = getattr(score, mode)
        assert counts.tp + counts.fn == row.items, (
            f"{row.name}/{row.extractor} ({mode}): {counts.tp + counts.fn} gold items scored, the table"
            f" says {row.items}; a gold file was changed or is no longer read"
        )


@pytest.mark.parametrize("row", QUALITY, ids=lambda q: f"{q.name}-{q.extractor}")
@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_scores_stay_at_or_above_their_floors(row, mode):
    score = _scores(row.folder, row.extractor)
    counts = getattr(score, mode)
    precision, recall = getattr(row, mode)
    assert round(counts.precision, 3) >= precision, (
        f"{row.name}/{row.extractor} {mode} precision {counts.precision:.4f} < {precision}", counts, score.extras
    )
    assert round(counts.recall, 3) >= recall, (
        f"{row.name}/{row.extractor} {mode} recall {counts.recall:.4f} < {recall}", counts, score.misses
    )


@pytest.mark.parametrize("row", [q for q in QUALITY if q.name == "blind5"], ids=lambda q: q.extractor)
def test_confident_facts_are_no_less_precise_on_a_set_not_tuned_on_when_they_were_fitted(row):
    """The README: on blind5 (not tuned on in round 5, when the confidences were last fitted
    without it), the facts at confidence >= 0.8 are at least as precise as all of them."""
    score = _scores(row.folder, row.extractor)
    kept, precision = score.precision_at(0.8)
    # round 15 fits the history confidence on first-sight records alone, with a wrong event weighing
    # 4.5 right ones: far fewer events reach 0.8 (blind5 94 -> 28 of 156), all of them right here
    share = 0.15 if row.extractor == "history" else 0.3
    assert kept >= share * (score.lenient.tp + score.lenient.fp), (row, kept)
    # Round 9: a controversy told again in another section (a lead or history summary of a case
    # told in detail under Controversies) is capped at 0.75 (controversies.TOLD_AGAIN). blind5's
    # gold counts each telling as an item of its own, so 9 right retellings leave the line and
    # the facts there are 0.927 of 55 against 0.938 of all; on the sets whose gold lists a
    # retelling as another quote of one item (blind6, blind8) the cap raises them (0.933 -> 0.979,
    # 0.840 -> 0.950). The margin allows for that and no more.
    margin = 0.012 if row.extractor == "controversies" else 0.0
    assert precision >= round(score.lenient.precision, 3) - margin, (row, precision, score.lenient)


def _readme_rows() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Extraction quality", 1)[1].split("\n## ", 1)[0]
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("|")
    ]
    header, rule, *body = rows
    assert header[:3] == ["extractor", "gold set", "items"] and set("".join(rule)) <= set("-: ")
    return body


def test_the_readme_claims_what_the_floors_keep():
    rows = _readme_rows()
    assert len(rows) == len(QUALITY), "one README row per QUALITY row, in the same order"
    for cells, row in zip(rows, QUALITY, strict=True):
        extractor, label, items, *claims = cells
        assert (extractor, int(items)) == (row.extractor, row.items), (cells, row)
        floors = (*row.lenient, *row.strict)
        for claim, floor in zip(map(float, claims), floors, strict=True):
            assert floor <= claim <= floor + SLACK, (
                f"README row '{extractor} | {label}' claims {claim}, its floor is {floor}:"
                " update QUALITY in tests/test_quality.py and the README together"
            )
    assert re.search(r"Floors in `tests/test_quality\.py`", (ROOT / "README.md").read_text("utf-8"))


@pytest.mark.parametrize("row", [q for q in QUALITY if q.name in ("blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
                                                                  "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19",
                                                                  "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26",
                                                                  "blind27", "blind28", "blind29", "blind30", "blind31", "blind32",
                                                                  "blind33", "blind34", "blind35", "blind36")
                                  and q.extractor != "infobox"], ids=lambda q: f"{q.name}-{q.extractor}")
def test_the_queries_show_what_the_table_claims_on_text_never_tuned_on(row):
    """The README: on blind5 to blind36, ``kg eval --through-queries`` (the rows of the timeline, partners
    and controversies queries, no section scope) agrees with the table within 0.03 (0.02 before
    round 6: a recall told again by its noun, "The recall of July 2021 followed three fires", is a
    gold item of its own but the same controversy, one row of the query). One exception: blind32's
    history precision, 0.039 under the table's, for its eight events read in sections outside the gold's
    scope, which a query row (it has no section) cannot leave out (tests/test_eval.py counts them), and
    blind34's, 0.058 under when it was written, for its thirteen (events told in Operations and other
    sections; 0.043 and nine after round 33), blind35's, 0.045 under, for its nine, and blind36's, 0.076
    under, for its sixteen."""
    rows = evaluate(ROOT / row.folder, (row.extractor,), through_queries=True)[row.extractor].lenient
    facts = _scores(row.folder, row.extractor).lenient
    slack = {("blind32", "history"): 0.04, ("blind34", "history"): 0.06, ("blind35", "history"): 0.05, ("blind36", "history"): 0.08}.get((row.name, row.extractor), 0.03)
    assert abs(rows.precision - facts.precision) <= slack and abs(rows.recall - facts.recall) <= 0.03, (rows, facts)


def _threshold_keeps(folder: str, extractor: str, threshold: float, floor: tuple[float, float]):
    """The lenient scores of the set's facts at confidence >= ``threshold`` and of all of them; the
    first at or above ``floor`` (precision, recall), compared rounded to three decimals."""
    score = evaluate(ROOT / folder, (extractor,), min_confidence=threshold)[extractor].lenient
    assert round(score.precision, 3) >= floor[0] and round(score.recall, 3) >= floor[1], (score, floor)
    return score, _scores(folder, extractor).lenient


def _confidence_holds(name: str, extractor: str, kept: int, at_08: float, separates: bool | None = None) -> None:
    """At least ``kept`` facts of the set at confidence >= 0.8, at least ``at_08`` precise; with
    ``separates`` (True or False), whether they are more precise than all the set's facts."""
    row = next(q for q in QUALITY if q.name == name and q.extractor == extractor)
    score = _scores(row.folder, row.extractor)
    n, precision = score.precision_at(0.8)
    assert n >= kept and precision >= at_08, (n, precision)
    if separates is not None:
        # a set whose facts are all right (blind8's and blind10's controversies since round 15's gold
        # conventions) cannot be bettered: the facts at 0.8 then separate by being all right too
        better = precision > score.lenient.precision or precision == score.lenient.precision == 1.0
        assert better is separates


# Round 13 refitted the history and controversies confidences on blind4-blind14 with a wrong fact weighing
# three right ones (history) and two (controversies), and its rules removed wrong facts: fewer facts sit at
# 0.8 and more of them are right (with each set left out of the fit, history 0.956 -> 0.973 pooled,
# controversies 0.971 -> 0.986). The counts below fell with it; the precisions rose on every set but
# blind11 and blind12's controversies (-0.003) and blind9's (-0.001), and blind5's history (-0.003; the
# tuning set's history 0.988 -> 0.981 and blind2_holdout's 0.982 -> 0.977, both still above 0.97).
def test_the_history_confidence_held_on_blind5_when_it_was_not_tuned_on():
    """The README: on blind5, before it was tuned on, the history events at confidence >= 0.8
    were 0.946 precise (0.966 after round 6 read it, 0.958 of 96 after round 8's history rules)."""
    # 0.979 of 94 after round 9; round 15 fits the history confidence on first-sight records alone
    # (a wrong event weighing 4.5 right ones): 28 events reach 0.8, all right; 26 after round 18's
    # rules (one right event fell below 0.8 and none wrong rose to it)
    _confidence_holds("blind5", "history", 26, 1.000)


# Round 15 refitted the history confidence on first-sight records alone (a wrong event weighing 4.5 right
# ones) and the controversies' likewise (3), on the gold converted to the conventions settled in round 15
# (lenders, one controversy per sentence, no layoffs): far fewer events and controversies reach 0.8 on every
# set (blind6 history 108 -> 39, controversies 49 -> 38) and, each set left out of the fit, more of them are
# right on first-sight records (history 0.929 -> 0.976, controversies 0.949 -> 0.974); the pins below are the
# counts and precisions at the round's end.
# Round 14 refitted all three confidences with blind15's first-sight records in, the relations with a
# wrong fact weighing four right ones and a feature for an agreement that does not say who sells
# (text.deal): far fewer relations reach 0.8 (blind9 90 -> 72, blind14 83 -> 62, blind15 79 -> 64) and
# they are more precise on every set but blind11 (0.988 -> 0.985); blind15 is in the fit now, so its
# figure here is no longer a first sight (left out of the fit: 0.983 of 60, tools/fit_confidence.py).
# History moved by a few events a set (blind12 75 -> 74 and blind14 83 -> 82 as the second pass's gates took
# wrong renames away from 0.8: 0.986 and 0.976 precise); blind6's controversies kept 50 -> 49 (all right).
# Round 15 fitted the history confidence on the first-sight records alone with a wrong event weighing 4.5
# right ones, and the controversies' on the records alone with 3 (with each set left out of the fit,
# first-sight records: history 0.929 of 970 -> 0.976 of 294, controversies 0.949 of 670 -> 0.974 of 571):
# far fewer events reach 0.8 (blind16 64 -> 28) and they are right more often on the sets left out.
# Round 17 refitted all three confidences with blind18's first-sight records in (blind18 read): the
# pins moved with the fit, by one or two facts a set; two history events the fit now lifts to 0.8 are
# wrong (blind7 29 at 0.966, blind13 21 at 0.952, each still above all its events), blind9's relations
# 76 at 0.947 (above 0.943 all), blind15's 85 at 0.988, blind10's 85 at 0.988 (87 at 0.966 before),
# blind6's 64 at 0.984 (60 all right before) and blind18's 96 at 0.969. The round's rules then found
# more relations: blind11 85 at 0.976 (the Mizuho Bank row among them) and blind10 92 at 0.978.
# Round 18 refitted them with blind19's first-sight records in (blind19 read): relations moved by a
# fact or two (blind10 91 at 0.978, blind18 106 at 0.972, blind19 97 all right) and blind15's
# lifted five more, one of them wrong (90 at 0.978, above its 0.965 all).
# Round 19 refitted them with blind20's first-sight records in (blind20 read): blind20's relations 90 at
# 0.956 -> 89 at 0.966 (one wrong fell below 0.8), blind13's history 28 -> 29 at 0.8 (one right lifted).
@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.932, 0.575)), ("history", 0.8, (1.000, 0.136)),
    ("relations", 0.5, (0.911, 0.586)), ("relations", 0.8, (0.946, 0.446)),
    ("controversies", 0.5, (0.910, 0.847)), ("controversies", 0.8, (0.887, 0.653))])
def test_what_a_threshold_keeps_on_blind36(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind36 (written when round 34 began, never read;
    the figures of round 34's end), ``kg eval --min-confidence X`` scores history 0.932 / 0.575 at 0.5
    and 1.000 / 0.136 at 0.8 (0.874 / 0.682 with every fact), relations 0.911 / 0.586 and 0.946 / 0.446
    (0.905 / 0.605), controversies 0.910 / 0.847 and 0.887 / 0.653 (0.897 / 0.847)."""
    score, every = _threshold_keeps("tests/gold/blind36", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 29, 1.000, True),
                                                                      ("relations", 74, 0.946, True),
                                                                      ("controversies", 53, 0.887, False)])
def test_the_confidence_on_blind36(extractor, kept, at_08, separates):
    """The README: on blind36 (written when round 34 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 1.000 precise for history (29 events,
    0 wrong; 0.874 all), 0.946 for relations (74, 4 wrong; 0.905 all) and 0.887 for controversies
    (53, 6 wrong; 0.897 all). At first sight: 1.000 of 29, 0.946 of 74 and 0.887 of 53."""
    _confidence_holds("blind36", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.938, 0.445)), ("history", 0.8, (1.000, 0.182)),
    ("relations", 0.5, (0.862, 0.537)), ("relations", 0.8, (0.908, 0.451)),
    ("controversies", 0.5, (0.971, 0.756)), ("controversies", 0.8, (0.958, 0.511))])
def test_what_a_threshold_keeps_on_blind35(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind35 (written when round 33 began, never read in it;
    the figures of round 33's end), ``kg eval --min-confidence X`` scores history 0.938 / 0.445 at 0.5
    and 1.000 / 0.182 at 0.8 (0.855 / 0.576 with every fact), relations 0.862 / 0.537 and 0.909 / 0.457
    (0.838 / 0.560), controversies 0.971 / 0.756 and 0.958 / 0.511 (0.959 / 0.789). Round 34 read it
    and refitted: relations at 0.8 0.908 / 0.451."""
    score, every = _threshold_keeps("tests/gold/blind35", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 43, 1.000, True),
                                                                      ("relations", 87, 0.908, True),
                                                                      ("controversies", 50, 0.980, True)])
def test_the_confidence_on_blind35(extractor, kept, at_08, separates):
    """The README: on blind35 (written when round 33 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 1.000 precise for history (43 events,
    0 wrong; 0.855 all), 0.909 for relations (88, 8 wrong; 0.838 all) and 0.958 for controversies
    (48, 2 wrong; 0.959 all). At first sight: 1.000 of 42, 0.907 of 86 and 0.958 of 48. Round 34 read it
    and refitted: relations 87 at 0.908 (the pin); at its end, its rules read from it, controversies 50 at
    0.980, above all of them (0.974; the pin)."""
    _confidence_holds("blind35", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.898, 0.496)), ("history", 0.8, (0.976, 0.172)),
    ("relations", 0.5, (0.948, 0.565)), ("relations", 0.8, (0.973, 0.441)),
    ("controversies", 0.5, (0.919, 0.819)), ("controversies", 0.8, (0.941, 0.578))])
def test_what_a_threshold_keeps_on_blind34(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind34 (written when round 32 began, never read in it;
    the figures of round 32's end), ``kg eval --min-confidence X`` scores history 0.898 / 0.496 at 0.5
    and 0.976 / 0.172 at 0.8 (0.829 / 0.625 with every fact), relations 0.948 / 0.565 and 0.973 / 0.441
    (0.926 / 0.621), controversies 0.919 / 0.819 and 0.942 / 0.590 (0.907 / 0.819). Round 33 read it
    and refitted: controversies at 0.8 0.941 / 0.578 (0.921 / 0.843 with every fact)."""
    score, every = _threshold_keeps("tests/gold/blind34", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 41, 0.976, True),
                                                                      ("relations", 74, 0.986, False),
                                                                      ("controversies", 51, 0.941, True)])
def test_the_confidence_on_blind34(extractor, kept, at_08, separates):
    """The README: on blind34 (written when round 32 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.976 precise for history (41 events,
    1 wrong; 0.829 all), 0.973 for relations (73, 2 wrong; 0.926 all) and 0.942 for controversies
    (52, 3 wrong; 0.907 all). At first sight: 0.975 of 40, 0.973 of 73 and 0.942 of 52. Round 33 read
    it and refitted: relations 0.987 of 75, below all its relations (0.991: one wrong left of 107),
    controversies 0.941 of 51 (0.921 all)."""
    _confidence_holds("blind34", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.953, 0.490)), ("history", 0.8, (0.966, 0.225)),
    ("relations", 0.5, (0.851, 0.524)), ("relations", 0.8, (0.941, 0.390)),
    ("controversies", 0.5, (0.978, 0.793)), ("controversies", 0.8, (1.000, 0.495))])
def test_what_a_threshold_keeps_on_blind33(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind33 (written when round 31 began, never read in it;
    the figures of round 31's end), ``kg eval --min-confidence X`` scores history 0.953 / 0.490 at 0.5
    and 0.966 / 0.225 at 0.8 (0.909 / 0.602 with every fact), relations 0.851 / 0.524 and 0.930 / 0.402
    (0.818 / 0.549; 0.941 / 0.390 at 0.8 once blind33 joined the fits in round 32), controversies 0.978 / 0.793 and 1.000 / 0.495 (0.967 / 0.793)."""
    score, every = _threshold_keeps("tests/gold/blind33", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 58, 0.966, True),
                                                                      ("relations", 68, 0.941, True),
                                                                      ("controversies", 55, 1.000, True)])
def test_the_confidence_on_blind33(extractor, kept, at_08, separates):
    """The README: on blind33 (written when round 31 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.966 precise for history (58 events,
    2 wrong; 0.909 all), 0.930 for relations (71, 5 wrong; 0.818 all) and 1.000 for
    controversies (55, 0 wrong; 0.967 all). At first sight: 0.966 of 58, 0.942 of 69 and
    1.000 of 55. Round 32 read it and its refit with blind33's records keeps 68 relations at 0.941 (4
    wrong)."""
    _confidence_holds("blind33", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.950, 0.462)), ("history", 0.8, (1.000, 0.181)),
    ("relations", 0.5, (0.965, 0.675)), ("relations", 0.8, (0.963, 0.472)),
    ("controversies", 0.5, (0.957, 0.857)), ("controversies", 0.8, (0.967, 0.562))])
def test_what_a_threshold_keeps_on_blind32(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind32 (written when round 30 began, never read in it;
    the figures of round 30's end), ``kg eval --min-confidence X`` scores history 0.950 / 0.462 at 0.5
    and 1.000 / 0.181 at 0.8 (0.878 / 0.606 with every fact), relations 0.965 / 0.675 and 0.963 / 0.472
    (0.951 / 0.718), controversies 0.957 / 0.857 and 0.967 / 0.562 (0.957 / 0.857)."""
    score, every = _threshold_keeps("tests/gold/blind32", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 45, 1.000, True),
                                                                      ("relations", 80, 0.963, True),
                                                                      ("controversies", 60, 0.983, True)])
def test_the_confidence_on_blind32(extractor, kept, at_08, separates):
    """The README: on blind32 (written when round 30 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 1.000 precise for history (45 events,
    0 wrong; 0.878 all), 0.963 for relations (80, 3 wrong; 0.951 all) and 0.967 for
    controversies (61, 2 wrong; 0.957 all). At first sight: 1.000 of 44, 0.973 of 74 and
    0.967 of 61. Round 32's refit with blind33 keeps 60 controversies at 0.983 (one wrong fell under
    0.8)."""
    _confidence_holds("blind32", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.895, 0.496)), ("history", 0.8, (0.951, 0.225)),
    ("relations", 0.5, (0.912, 0.507)), ("relations", 0.8, (0.920, 0.394)),
    ("controversies", 0.5, (0.991, 0.865)), ("controversies", 0.8, (1.000, 0.548))])
def test_what_a_threshold_keeps_on_blind31(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind31 (written when round 29 began, never read in it;
    the figures of round 29's end), ``kg eval --min-confidence X`` scores history 0.895 / 0.496 at 0.5
    and 0.951 / 0.225 at 0.8 (0.851 / 0.643 with every fact), relations 0.912 / 0.507 and 0.920 / 0.394
    (0.890 / 0.557), controversies 0.991 / 0.865 and 1.000 / 0.548 (0.973 / 0.873)."""
    score, every = _threshold_keeps("tests/gold/blind31", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 61, 0.934, True),
                                                                      ("relations", 87, 0.920, True),
                                                                      ("controversies", 69, 1.000, True)])
def test_the_confidence_on_blind31(extractor, kept, at_08, separates):
    """The README: on blind31 (written when round 29 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.934 precise for history (61 events,
    4 wrong; 0.851 all), 0.920 for relations (87, 7 wrong; 0.890 all) and 1.000 for
    controversies (69, 0 wrong; 0.973 all). At first sight: 0.934 of 61, 0.919 of 86 and
    1.000 of 69. Read in round 30 and refitted with it: 62 at 0.935, 88 at 0.920 and 72 at 1.000."""
    _confidence_holds("blind31", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.947, 0.575)), ("history", 0.8, (1.000, 0.227)),
    ("relations", 0.5, (0.871, 0.532)), ("relations", 0.8, (0.920, 0.426)),
    ("controversies", 0.5, (0.989, 0.767)), ("controversies", 0.8, (1.000, 0.525))])
def test_what_a_threshold_keeps_on_blind30(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind30 (written when round 28 began, never read in it;
    the figures of round 28's end), ``kg eval --min-confidence X`` scores history 0.947 / 0.575 at 0.5
    and 1.000 / 0.227 at 0.8 (0.899 / 0.688 with every fact), relations 0.871 / 0.532 and 0.921 / 0.431
    (0.847 / 0.537), controversies 0.989 / 0.767 and 1.000 / 0.525 (0.990 / 0.792). Read in round 29
    and in its refit: relations 0.878 / 0.532 at 0.5 and 0.920 / 0.426 at 0.8."""
    score, every = _threshold_keeps("tests/gold/blind30", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 56, 1.000, True),
                                                                      ("relations", 100, 0.920, True),
                                                                      ("controversies", 63, 1.000, True)])
def test_the_confidence_on_blind30(extractor, kept, at_08, separates):
    """The README: on blind30 (written when round 28 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 1.000 precise for history (56 events,
    0 wrong; 0.899 all), 0.921 for relations (101, 8 wrong; 0.847 all) and 1.000 for
    controversies (63, 0 wrong; 0.990 all). At first sight: 1.000 of 56, 0.954 of 87 and
    1.000 of 63. Read in round 29 and in its refit: relations 100 at 0.920 (8 wrong)."""
    _confidence_holds("blind30", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.962, 0.551)), ("history", 0.8, (0.986, 0.255)),
    ("relations", 0.5, (0.894, 0.587)), ("relations", 0.8, (0.963, 0.448)),
    ("controversies", 0.5, (0.937, 0.779)), ("controversies", 0.8, (0.980, 0.505))])
def test_what_a_threshold_keeps_on_blind29(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind29 (written when round 27 began, never read;
    the figures of round 27's end), ``kg eval --min-confidence X`` scores history 0.962 / 0.551 at 0.5
    and 0.986 / 0.255 at 0.8 (0.871 / 0.668 with every fact), relations 0.890 / 0.596 and 0.954 / 0.452
    (0.876 / 0.613), controversies 0.937 / 0.779 and 0.980 / 0.505 (0.941 / 0.842). Read in round 28 and
    refitted with its first-sight records: relations 0.894 / 0.587 at 0.5 and 0.963 / 0.448 at 0.8 (the floors)."""
    score, every = _threshold_keeps("tests/gold/blind29", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 71, 0.986, True),
                                                                      ("relations", 107, 0.963, True),
                                                                      ("controversies", 49, 0.980, True)])
def test_the_confidence_on_blind29(extractor, kept, at_08, separates):
    """The README: on blind29 (written when round 27 began, never read in it (read in round 28), scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.986 precise for history (71 events,
    1 wrong; 0.871 all), 0.954 for relations (109, 5 wrong; 0.876 all) and 0.980 for
    controversies (49, 1 wrong; 0.941 all). At first sight: 0.986 of 71, 0.963 of 107 and
    0.980 of 49. Read in round 28 and refitted with it: relations 107 at 0.963 (one wrong and one right fell
    below 0.8)."""
    _confidence_holds("blind29", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.902, 0.492)), ("history", 0.8, (0.938, 0.186)),
    # round 28: relations 0.946 at 0.5 (one wrong supplier of its equipment cue, named by its former name)
    ("relations", 0.5, (0.946, 0.595)), ("relations", 0.8, (0.979, 0.452)),
    ("controversies", 0.5, (0.987, 0.762)), ("controversies", 0.8, (0.982, 0.545))])
def test_what_a_threshold_keeps_on_blind28(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind28 (written when round 26 began, never read in it;
    the figures of round 26's end), ``kg eval --min-confidence X`` scores history 0.902 / 0.492 at 0.5
    and 0.938 / 0.186 at 0.8 (0.852 / 0.645 with every fact), relations 0.947 / 0.595 and 0.979 / 0.452
    (0.915 / 0.614), controversies 0.987 / 0.762 and 0.982 / 0.545 (0.975 / 0.772)."""
    score, every = _threshold_keeps("tests/gold/blind28", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 48, 0.938, True),
                                                                      ("relations", 113, 0.982, True),
                                                                      ("controversies", 56, 0.982, True)])
def test_the_confidence_on_blind28(extractor, kept, at_08, separates):
    """The README: on blind28 (written when round 26 began, never read in it (read in round 27), scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.938 precise for history (48 events,
    3 wrong; 0.852 all), 0.979 for relations (97, 2 wrong; 0.915 all) and 0.982 for controversies (56, 1
    wrong; 0.975 all): the confidence separates right from wrong on this new text and reaches the 0.97
    goal for relations and controversies, not for history. At first sight: 0.938 of 48, 0.967 of 91 and
    0.982 of 56. Read in round 27 and refitted with it: relations 96 at 0.990 (one wrong fell below 0.8). Round 30's
    refit with blind31: 113 at 0.982 (two wrong)."""
    _confidence_holds("blind28", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.895, 0.472)), ("history", 0.8, (1.000, 0.176)),
    ("relations", 0.5, (0.859, 0.453)), ("relations", 0.8, (0.871, 0.335)),
    ("controversies", 0.5, (0.968, 0.847)), ("controversies", 0.8, (0.960, 0.667))])
def test_what_a_threshold_keeps_on_blind27(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind27 (written when round 25 began, never read;
    the figures of round 25's end), ``kg eval --min-confidence X`` scores history 0.895 / 0.472 at 0.5
    and 1.000 / 0.176 at 0.8 (0.859 / 0.620 with every fact), relations 0.846 / 0.478 and 0.855 / 0.366
    (0.808 / 0.522), controversies 0.982 / 0.750 and 0.977 / 0.597 (0.982 / 0.750): on this new text no
    threshold brings the relations near the goal. Read in round 26 and refitted with it: relations
    0.859 / 0.453 at 0.5 and 0.871 / 0.335 at 0.8; at round 26's end (its rules read from blind27 among
    the development sets) controversies 0.968 / 0.847 at 0.5 and 0.960 / 0.667 at 0.8."""
    score, every = _threshold_keeps("tests/gold/blind27", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 38, 1.000, True),
                                                                      ("relations", 78, 0.949, False),
                                                                      ("controversies", 50, 0.960, False)])
def test_the_confidence_on_blind27(extractor, kept, at_08, separates):
    """The README: on blind27 (written when round 25 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 1.000 precise for history (38 events;
    0.859 all), 0.855 for relations (69, 10 wrong; 0.808 all) and 0.977 for controversies (44, 1 wrong;
    0.982 all): on this set the relations at 0.8 are far from the 0.97 goal, and the controversies at
    0.8 are no more precise than all of them. At first sight: 1.000 of 38, 0.868 of 68 and 0.977 of 44.
    Read in round 26; the refit with its records keeps 62 relations at 0.8, 0.871 precise; at round 26's
    end (rules read from it, refitted) 78 at 0.949 (0.965 all) and 50 controversies at 0.960 (0.968 all):
    on a set the rules were read from, the confidence no longer separates."""
    _confidence_holds("blind27", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    # round 28: history 0.969 / 0.505 at 0.5 (one right event fell under 0.5 with its new customer rows), relations 0.930
    # (the refitted learned reader adds a wrong relation there; 0.900 / 0.711 all, against 0.907 / 0.684)
    ("history", 0.5, (0.969, 0.505)), ("history", 0.8, (0.972, 0.186)),
    ("relations", 0.5, (0.930, 0.632)), ("relations", 0.8, (0.957, 0.587)),
    ("controversies", 0.5, (0.982, 0.764)), ("controversies", 0.8, (0.971, 0.472))])
def test_what_a_threshold_keeps_on_blind26(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind26 (written when round 24 began, never read in
    it, read in round 25; the figures of round 24's end), ``kg eval --min-confidence X`` scores history 0.970 / 0.511 at 0.5
    and 0.973 / 0.191 at 0.8 (0.908 / 0.633 with every fact), relations 0.925 / 0.649 and 0.954 / 0.544
    (0.905 / 0.667), controversies 0.982 / 0.764 and 0.971 / 0.472 (0.982 / 0.778): on new text a
    threshold of 0.5 buys history precision for a fifth of its recall; for the controversies it buys
    nothing. Round 26's refit with blind27: history 0.972 / 0.186 at 0.8, relations 0.935 / 0.632 at 0.5.
    Round 29's refit on its merged rules: relations 0.958 / 0.596 at 0.8 (more lifted
    past 0.8, all but three right); round 30's with blind31: 0.957 / 0.587 (one right fell under 0.8)."""
    score, every = _threshold_keeps("tests/gold/blind26", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 36, 0.972, True),
                                                                      ("relations", 70, 0.957, True),
                                                                      ("controversies", 35, 0.971, False)])
def test_the_confidence_on_blind26(extractor, kept, at_08, separates):
    """The README: on blind26 (written when round 24 began, never read in it, scored before the
    round's changes and at its end; read in round 25) the facts at confidence >= 0.8 are 0.973 precise for history (37 events,
    1 wrong; 0.908 all), 0.954 for relations (65, 3 wrong; 0.905 all) and 0.971 for controversies
    (35, 1 wrong; 0.982 all): the confidence separates right from wrong on new text for history and
    relations and reaches the 0.97 goal for history and controversies, not for relations; the
    controversies at 0.8 are no more precise than all of them. At first sight: 1.000 of 31, 0.953 of
    64 and 0.971 of 35. Round 29's refit on its merged rules: relations 71 at 0.958 (3 wrong; 0.911 all); round 30's
    refit with blind31: 70 at 0.957."""
    _confidence_holds("blind26", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.911, 0.456)), ("history", 0.8, (0.929, 0.165)),
    ("relations", 0.5, (0.965, 0.631)), ("relations", 0.8, (0.986, 0.523)),
    ("controversies", 0.5, (0.959, 0.723)), ("controversies", 0.8, (0.970, 0.492))])
def test_what_a_threshold_keeps_on_blind25(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind25 (written when round 23 began, never read;
    the figures of round 23's end), ``kg eval --min-confidence X`` scores history 0.911 / 0.456 at 0.5 and
    0.929 / 0.165 at 0.8 (0.851 / 0.544 with every fact), relations 0.965 / 0.631 and 0.986 / 0.523
    (0.932 / 0.631), controversies 0.959 / 0.723 and 0.970 / 0.492 (0.959 / 0.723): on new text a
    threshold of 0.8 buys precision with most of the history recall."""
    score, every = _threshold_keeps("tests/gold/blind25", extractor, threshold, floor)
    assert score.recall <= every.recall and score.precision >= every.precision, (score, every)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.841, 0.425)), ("history", 0.8, (0.875, 0.160)),
    ("relations", 0.5, (0.910, 0.675)), ("relations", 0.8, (0.958, 0.575)),
    ("controversies", 0.5, (1.000, 0.636)), ("controversies", 0.8, (1.000, 0.470))])
def test_what_a_threshold_keeps_on_blind24(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind24 (never read in round 22; read in round 23, the figures
    of round 23's end, its extractors and the confidence refitted with blind24's records),
    ``kg eval --min-confidence X`` scores history 0.854 / 0.402 at 0.5 and 0.879 / 0.167 at 0.8 (0.830 /
    0.477 with every fact; round 24's refit with blind25: 0.831 / 0.397 and 0.875 / 0.161; at round 24's end history
    0.841 / 0.425 and 0.889 / 0.184, relations 0.911 / 0.683 and 0.958 / 0.575: at 0.5 history buys no precision at all, 0.841 as all of
    its events), relations 0.919 / 0.658 and 0.971 / 0.550 (0.868 / 0.658), controversies 1.000 / 0.636 and 1.000 / 0.470 (1.000 / 0.652): on this set a threshold buys history little precision for much recall."""
    score, every = _threshold_keeps("tests/gold/blind24", extractor, threshold, floor)
    assert score.recall <= every.recall, (score, every)
    if threshold == 0.8:  # at 0.5 history at round 24's end is no more precise than all its events
        assert score.precision >= every.precision, (score, every)


@pytest.mark.parametrize(("extractor", "threshold", "floor"), [
    ("history", 0.5, (0.946, 0.570)), ("history", 0.8, (0.967, 0.186)),
    ("relations", 0.5, (0.943, 0.631)), ("relations", 0.8, (0.986, 0.554)),
    ("controversies", 0.5, (0.944, 0.689)), ("controversies", 0.8, (0.949, 0.500))])
def test_what_a_threshold_keeps_on_blind23(extractor, threshold, floor):
    """docs/quality.md, "What a threshold costs": on blind23 (never read in round 21; the figures of its end), ``kg eval --min-confidence
    X`` scores history 0.942 / 0.519 at 0.5 and 0.967 / 0.186 at 0.8 (0.882 / 0.622 with every fact),
    relations 0.943 / 0.631 and 0.986 / 0.562, controversies 0.944 / 0.689 and 0.949 / 0.500 (round
    23: the confidence refitted with blind24, and blind23's natural-disaster items removed from its
    controversies by the settled convention; round 24's refit with blind25: relations 0.986 / 0.554
    at 0.8; round 29's with blind30: history 0.938 / 0.577 at 0.5, more events lifted past 0.5; round
    30's with blind31: 0.946 / 0.570): a
    threshold buys precision with recall, and the recall it costs is the larger."""
    score, every = _threshold_keeps("tests/gold/blind23", extractor, threshold, floor)
    assert score.recall < every.recall, (score, every)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 28, 0.929, True),
                                                                      ("relations", 69, 0.986, True),
                                                                      ("controversies", 33, 0.970, True)])
def test_the_confidence_on_blind25(extractor, kept, at_08, separates):
    """The README: on blind25 (written when round 23 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.929 precise for history (28 events,
    2 wrong; 0.851 all), 0.986 for relations (69, 1 wrong; 0.932 all) and 0.970 for controversies (33,
    1 wrong; 0.959 all): the confidence separates right from wrong on new text for all three and
    reaches the 0.97 goal for relations and controversies, not for history. At first sight the same
    (0.929 of 28, 0.986 of 69, 0.969 of 32)."""
    _confidence_holds("blind25", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 32, 0.875, True),
                                                                      ("relations", 71, 0.958, True),
                                                                      ("controversies", 31, 1.000, None)])
def test_the_confidence_on_blind24(extractor, kept, at_08, separates):
    """The README: on blind24 (written when round 22 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.879 precise for history (33 events,
    4 wrong; 0.822 all), 0.943 for relations (70, 4 wrong; 0.868 all) and all right for controversies
    (31; all 43 found are right): the confidence separates right from wrong on new text for history
    and relations but reaches the 0.97 goal for neither. At first sight: 0.879 of 33, 0.918 of 73 and
    1.000 of 32 (the round's relations features and refit took three relations, two of them wrong,
    below 0.8). Read in round 23 and in its fits: 32 events at 0.875 (four wrong), 70 relations at
    0.943 and 31 controversies at 1.000; at round 23's end (a listing feature, the loan feature
    widened, the refit) 33 events at 0.879 and 68 relations at 0.971, the two wrong investors lent
    by banks now below 0.8; round 24's refit with blind25 keeps 32 events at 0.875; at round 24's end 72 relations at 0.958
    (the lenders taken from the history's loans add facts at 0.8, one of them wrong); round 26's refit
    with blind27 keeps 71 at 0.972 (the pins)."""
    _confidence_holds("blind24", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 30, 0.967, True),
                                                                      ("relations", 72, 0.986, True),
                                                                      ("controversies", 38, 0.947, True)])
def test_the_confidence_on_blind23(extractor, kept, at_08, separates):
    """The README: on blind23 (written when round 21 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.967 precise for history (30 events,
    1 wrong; 0.882 all), 0.986 for relations (72; 0.913 all) and 0.947 for controversies (38, 2 wrong;
    0.946 all): the confidence separates right from wrong on new text for history and relations, and
    reaches the 0.97 goal for relations alone; the controversies at 0.8 are hardly more precise than
    all of them (0.947 against 0.946). The same at first sight (the round's changes moved no fact of blind23 across 0.8). Read in round 22
    and in its fits: 31 events at 0.968 (one wrong), 72 relations at 0.986 and 38 controversies at 0.947; round 23's refit with blind24 keeps 30
    events (0.967) (the pins)."""
    _confidence_holds("blind23", extractor, kept, at_08, separates=separates if extractor != "controversies" else None)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 29, 0.931, True),
                                                                      ("relations", 102, 0.971, True),
                                                                      ("controversies", 32, 1.000, True)])
def test_the_confidence_on_blind22(extractor, kept, at_08, separates):
    """The README: on blind22 (written when round 20 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 were 0.931 precise for history (29 events,
    2 wrong; 0.852 all), 0.969 for relations (96; 0.919 all) and all right for controversies (32; 0.982
    all): the confidence separated right from wrong on new text and reached the 0.97 goal for the
    controversies, just missed it for relations (3 wrong of 96) and missed it for history. At first
    sight: 0.963 of 27, 0.969 of 96 and 1.000 of 32. Read in round 21 and in its fits: 29 events at
    0.931, 95 relations at 0.979 and 33 controversies at 1.000; at round 21's end, with two more
    relations features and the round's controversy fields, 93 relations at 0.989 and 32
    controversies at 1.000; round 24's refit with blind25: 96 relations at 0.979; round 26's refit with blind27: 102 at 0.971
    (the pins)."""
    _confidence_holds("blind22", extractor, kept, at_08, separates=separates)


# round 33's refit: blind21's relations at 0.8 109 at 0.982, just under all of them (0.983); round 34's
# (blind35 read): 107 at 0.991, above them again
@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 32, 0.969, True),
                                                                      ("relations", 107, 0.991, True),
                                                                      ("controversies", 41, 0.975, True)])
def test_the_confidence_on_blind21(extractor, kept, at_08, separates):
    """The README: on blind21 (written when round 19 began, never read in it, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 were 0.935 precise for history (31 events,
    2 wrong; 0.835 all), 0.946 for relations (93; 0.912 all) and 0.973 for controversies (37; 0.962
    all): the confidence separated right from wrong on new text, but reached the 0.97 goal for the
    controversies alone. At first sight: 0.966 of 29, 0.946 of 92 and 0.973 of 37. Read in round 20
    and in its fits: 33 events at 0.970, 94 relations at 0.947 and 41 controversies at 0.976 (the
    pins; round 21's refit with blind22 keeps 93 relations, at 0.957, round 22's with blind23's records and two relations features 90, at 0.967; round 23's with
    blind24's 32 events, at 0.969). Round 27's rules took two wrong relations away from blind21 (0.965 ->
    0.982 all) and its end refit keeps 101 relations at 0.980: no longer above all its relations; round 28's
    refit with blind29 keeps 100 at 0.990, above them again; at round 28's end, with the learned relation
    reader refitted, 107 at 0.981, under its 0.983 all; round 32's refit with blind33 keeps 108 at 0.991,
    above them again)."""
    _confidence_holds("blind21", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 37, 1.000), ("relations", 108, 1.000),
                                                         ("controversies", 33, 1.000)])
def test_the_confidence_on_blind20(extractor, kept, at_08):
    """The README: on blind20 (written when round 18 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are all right for history (33 events;
    0.885 all), 0.956 precise for relations (90; 0.912 all) and all right for controversies (29;
    all 73 found are right): the confidence separates right from wrong on new text, and reaches the
    0.97 goal for history and controversies, not for relations (4 wrong of 90). At first sight:
    1.000 of 32, 0.944 of 90 and 1.000 of 29. Read in round 19 and in its fits: after the refit the
    relations at 0.8 were 89, 0.966 precise (3 wrong); round 19's rules then took its wrong facts away
    (the pins: 37 events, 100 relations and 33 controversies at 0.8, all right). Round 28's end, with the
    learned relation reader refitted: 109 relations at 0.8, one wrong (0.991, under its 0.993 all); round
    29's confidence refit with blind30: 107, one wrong. Round 30's rules took its last wrong relation
    away (a gate on the learned reader's readings): 108 at 0.8, all 136 found right, which separates
    like the other two."""
    _confidence_holds("blind20", extractor, kept, at_08, separates=True)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 40, 1.000), ("relations", 121, 0.992),
                                                         ("controversies", 43, 1.000)])
def test_the_confidence_on_blind19(extractor, kept, at_08):
    """The README: on blind19 (written when round 17 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are all right for history (29 events;
    0.867 all), 0.990 precise for relations (98; 0.957 all) and 0.974 for controversies (39; 0.930
    all): the confidence separates right from wrong on new text and reaches the 0.97 goal for all
    three. At first sight: 1.000 of 26, 0.989 of 91 and 0.974 of 39. Read in round 18 and in its
    fits, all its facts at 0.8 are right (the pins); round 27's end refit lifts one wrong relation to 0.8
    among 123 (0.992, above its 0.986 all); round 28's refit with blind29 keeps 121 at 0.992."""
    _confidence_holds("blind19", extractor, kept, at_08, separates=True)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [
    ("history", 54, 1.000, True), ("relations", 106, 0.972, True), ("controversies", 57, 1.000, True)])
def test_the_confidence_on_blind18(extractor, kept, at_08, separates):
    """The README: on blind18 (written when round 16 began, never read in it, scored before the
    round's changes and at its end) the facts at confidence >= 0.8 were all right for history (48
    events; 0.942 all) and 0.979 precise for relations (94; 0.920 all), but 0.961 for controversies
    (51), below the 0.972 of all its controversies: on this set the controversies' confidence does
    not separate right from wrong. At first sight: 1.000 of 47, 0.977 of 87 and 0.961 of 51. Read in
    round 17 and in its fits, they are the pins (the controversies still did not separate until round 28,
    whose background row for UN sanctions on a state took its one wrong controversy away: 57 at 0.8, all
    right)."""
    _confidence_holds("blind18", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("name", "extractor", "kept", "at_08"), [
    ("blind17", "history", 41, 1.000), ("blind17", "relations", 96, 0.990), ("blind17", "controversies", 47, 0.979),
    ("blind16", "history", 28, 1.000), ("blind16", "relations", 81, 0.988), ("blind16", "controversies", 53, 0.981)])
def test_the_confidence_on_blind16_and_blind17(name, extractor, kept, at_08):
    """The README: on blind17 (written when round 15 began, never read in that round, scored before
    its changes and at its end) the facts at confidence >= 0.8 were 0.914 precise for history (0.875
    all), 0.974 for relations (0.928 all) and 0.974 for controversies (0.930 all) at round 15's end;
    read in round 16 and in its fits, they are now all right or nearly (the pins); at first sight,
    before round 15: 0.897 of 68, 0.967 of 61 and 0.940 of 50. On blind16 (written when round 14
    began, read in round 15, its first-sight records in the fit) they were 0.984, 0.983 and 0.967
    precise at round 14's end (0.898, 0.905 and 0.845 all); at first sight, before round 14: 0.984
    of 61, 0.944 of 72 and 0.966 of 59. Round 25's refit with blind26 keeps 47 of blind17's controversies at
    0.8, one wrong (0.979, the pin)."""
    _confidence_holds(name, extractor, kept, at_08, separates=True)


# round 33's refit: blind15's controversies at 0.8 51 at 0.961 (54 at 0.926 before), above all of them;
# round 34's (blind35 read): 53 at 0.925, just under all of them (0.930) again
@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"),
                         [("history", 28, 1.000, True), ("relations", 90, 0.978, True),
                          ("controversies", 53, 0.925, False)])
def test_the_confidence_on_blind15(extractor, kept, at_08, separates):
    """The README: on blind15 (written when round 13 began, never read, scored before the round's
    changes and at its end) the facts at confidence >= 0.8 are 0.931 precise for history (0.891
    all), 0.886 for relations (0.881 all) and 0.935 for controversies (0.817 all). At first sight,
    before round 13: 0.914 of 93, 0.873 of 79 and 0.885 of 52. Round 23's accusation cue finds the
    lead's retelling of the tax authority's charge, which blind15's gold does not list: 47
    controversies at 0.957 (two wrong). Round 31's refit with blind32 keeps 54 at 0.8, four wrong
    (0.926, below the 0.930 of all 71: two appeals told in a sentence of their own, which blind15's gold
    does not list, now pass 0.8)."""
    _confidence_holds("blind15", extractor, kept, at_08, separates=separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 28, 1.000), ("relations", 79, 1.000),
                                                         ("controversies", 48, 1.000)])
def test_the_confidence_on_blind14(extractor, kept, at_08):
    """The README: on blind14, read in round 13, the facts at confidence >= 0.8 are 0.951 precise
    for history (0.848 all), 0.940 for relations (0.927 all) and 1.000 for controversies (0.839
    all). Never tuned on, on round 12's rules: 0.876 of 97, 0.905 of 84 and 0.891 of 55."""
    _confidence_holds("blind14", extractor, kept, at_08, separates=True)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 29, 0.965, None),
                                                                      ("relations", 78, 1.000, True),
                                                                      ("controversies", 54, 1.000, True)])
def test_the_confidence_on_text_never_tuned_on(extractor, kept, at_08, separates):
    """The README: on blind13, read in round 13, the facts at confidence >= 0.8 are 0.958 precise
    for history (0.926 all), 0.964 for relations (0.931 all) and 1.000 for controversies (0.924
    all). Never tuned on, after round 12: 0.912 of 91, 0.939 of 82 and 0.910 of 67; at first
    sight, before round 12: 0.911 of 90, 0.947 of 75 and 0.909 of 66. Round 18's rules took two wrong
    events away and found six right ones: its history is 0.966 precise in all, and the 28 events at
    0.8 (one wrong, as before) no longer stand above it. Round 19's refit (blind20 in) lifts one more
    right event to 0.8: 28 of 29 right, exactly the 140 of 145 of all its events (a tie, not checked)."""
    _confidence_holds("blind13", extractor, kept, at_08, separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 29, 1.000), ("relations", 85, 0.976),
                                                         ("controversies", 46, 0.978)])
def test_the_confidence_on_blind11(extractor, kept, at_08):
    """The README: on blind11, read in round 12, the facts at confidence >= 0.8 are 0.977 precise
    for history (0.919 all), 0.989 for relations (0.940 all) and 0.963 for controversies (0.824
    all). Never tuned on before, after round 11: 0.918 of 85, 0.986 of 72 and 0.918 of 49; at
    first sight, before round 11: 0.918 of 85, 0.986 of 73 and 0.900 of 50."""
    _confidence_holds("blind11", extractor, kept, at_08, separates=True)


@pytest.mark.parametrize(("extractor", "kept", "at_08", "separates"), [("history", 24, 1.000, True),
                                                                      ("relations", 73, 1.000, True),
                                                                      ("controversies", 46, 0.978, True)])
def test_the_confidence_on_blind12(extractor, kept, at_08, separates):
    """The README: on blind12, read in round 12, the facts at confidence >= 0.8 are 0.921 precise
    for history (0.919 all) and 0.932 for controversies (0.864 all); for relations the confidence
    still does not separate (0.939 of 99 against 0.941). At first sight, at round 11's end: 0.891
    of 92, 0.920 of 87 and 0.915 of 47."""
    _confidence_holds("blind12", extractor, kept, at_08, separates)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 34, 1.000), ("relations", 103, 0.971),
                                                         ("controversies", 54, 1.000)])
def test_the_confidence_held_on_blind10_when_it_was_not_tuned_on(extractor, kept, at_08):
    """The README: on blind10, never tuned on in round 10, the facts at confidence >= 0.8 were
    0.961 precise for history (0.851 all), 0.731 for relations (0.701 all) and 0.914 for
    controversies (0.778 all); before round 10: 0.959 of 98, 0.746 of 71 and 0.927 of 55. Round 11
    read its wrong facts and misses and refitted the relations and controversies confidences with
    it: 0.980 of 102, 0.955 of 88 and 0.969 of 64. Round 22's refit keeps 106 relations at 0.8 (91 at
    0.978 before), three of them wrong (0.972; 0.975 all, so they hardly separate); round 23's refit with blind24
    keeps 105, two wrong (0.981); round 23's end 104 (0.981); round 24's refit with blind25 103 (0.981);
    round 26's refit with blind27 103 (0.971: two more wrong kept)."""
    _confidence_holds("blind10", extractor, kept, at_08, separates=True if extractor != "relations" else None)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 25, 1.000), ("relations", 76, 0.947),
                                                         ("controversies", 55, 1.000)])
def test_the_confidence_held_on_blind9_when_it_was_not_tuned_on(extractor, kept, at_08):
    """The README: on blind9, never tuned on in round 9, the facts at confidence >= 0.8 were 0.921
    precise for history (0.894 all), 0.851 for relations (0.852 all: there the confidence did not
    separate right from wrong) and 0.902 for controversies (0.831 all). Round 10 read its misses
    and wrong facts: 0.929 of 112, 0.933 of 89 and 0.943 of 70; round 11's rules and the relations
    and controversies refit (a wrong controversy at 0.98 removed): 0.938 of 113, 0.944 of 90 and
    0.957 of 69."""
    _confidence_holds("blind9", extractor, kept, at_08, separates=True)


@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 27, 1.000), ("relations", 48, 1.000),
                                                         ("controversies", 31, 1.000)])
def test_the_confidence_held_on_blind8_when_it_was_not_tuned_on(extractor, kept, at_08):
    """The README: on blind8, never tuned on in round 8, the facts at confidence >= 0.8 were 0.901
    precise for history (0.825 all), 0.920 for relations (0.875 all) and 0.735 for controversies
    (as all of them: there the confidence did not separate right from wrong). Round 9 read its
    wrong facts: 0.952 of 83, 0.982 of 56 and 1.000 of 40 (a case told again in another section is
    capped at 0.75; blind8's gold lists the retellings as quotes of one item). Round 22's relations
    precision rules took away a wrong relation below 0.8, so all of blind8's relations (0.986) are now a
    little more precise than those at 0.8 (55 at 0.982, one wrong): there the confidence no longer
    separates for relations. Round 23's refit with blind24 keeps 49 relations at 0.8 (0.980); round 24's refit with blind25
    48, all right."""
    _confidence_holds("blind8", extractor, kept, at_08, separates=True if extractor != "relations" else None)


# controversies: 59 kept before round 9; 54 after its first pass, since retellings are capped at 0.75
# (blind7's gold counts most retellings as items of their own); 56 after the second
# history: 0.966 until round 21, whose refit with blind22's records keeps 38 events at >= 0.8, two of
# them wrong (0.947): the weights follow the pooled sets, not this one; round 23's refit with blind24
# keeps 35, two wrong (0.943)
@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 29, 0.943), ("relations", 62, 0.968),
                                                         ("controversies", 46, 0.978)])
def test_the_confidence_held_on_blind7_when_it_was_not_tuned_on(extractor, kept, at_08):
    """The README: on blind7, never tuned on in round 7, the facts at confidence >= 0.8 were
    0.865 precise for history (0.872 of 94 after round 8's history rules, read in part from it),
    0.848 for relations and 0.845 for controversies (0.864 of 59 after round 8's controversies
    rules, read in part from it). Round 9 read its wrong facts: 0.907 of 97, 0.928 of 69 and 0.911
    of 56."""
    _confidence_holds("blind7", extractor, kept, at_08)


# history: 116 events at >= 0.8 before round 9, 11 of them wrong; round 9 removed wrong events (113 kept,
# 108 right against 105), so the count's floor falls to 113 while the precision's rises; the second pass
# removed one more wrong one (112 kept, 108 right)
# controversies: 50 kept before round 9; 47 after its first pass, since retellings are capped at 0.75; 51
# after the second, all right
# round 34's refit (blind35 read): history 52 kept at 0.8, one wrong (0.981; 40 at 1.000 before)
@pytest.mark.parametrize(("extractor", "kept", "at_08"), [("history", 52, 0.981), ("relations", 69, 0.971),
                                                         ("controversies", 37, 1.000)])
def test_the_confidence_held_on_blind6_when_it_was_not_tuned_on(extractor, kept, at_08):
    """The README: on blind6, never tuned on in round 6, the facts at confidence >= 0.8 were
    0.895-0.901 precise for history (0.903 after round 7's history rules read it, 0.905 after
    round 8's), 0.845 for relations and 0.879 for controversies. Round 9 read its wrong facts:
    0.964 of 112, 0.907 of 75 and 1.000 of 51. Round 22's refit (two relations features, blind23's
    records) keeps 69 relations at 0.8 (64 at 0.984 before), two of them wrong (0.971; 0.964 all)."""
    _confidence_holds("blind6", extractor, kept, at_08)


# round 9: the cue rules read from blind4-blind8 raise the cues-only scores (before: blind5 0.818 / 0.591,
# blind6 0.809 / 0.447, blind7 0.810 / 0.468, blind8 0.868 / 0.500) and now find 3 of the relations the
# reader added on blind7 (8 right before) and 1 on blind8 (3 before): the reader adds only what no cue finds;
# the second pass's recall cues raise the cues-only scores again (blind5 0.884 / 0.613, blind6 0.892 / 0.472,
# blind7 0.918 / 0.514, blind8 0.962 / 0.543 after the first). Round 10's cues (read from blind6-blind9)
# raise them once more (before: blind6 0.900 / 0.512, blind7 0.925 / 0.569, blind8 0.965 / 0.598, blind9
# 0.849 / 0.449) and find one of the reader's blind7 relations and two of its blind9 ones; its second
# pass (names cut before "of <place>", family holdings, systems that run on a supplier, initials, a named
# unit sold, "chartered from", "software from") raises them again (before: blind5 0.889 / 0.642, blind6
# 0.914 / 0.520, blind7 0.944 / 0.624, blind9 0.900 / 0.587). Round 11's cues (read from blind10 first:
# lenders, charterers, described list items, a parent that is an owner, loans converted into shares) and
# the reader's candidates cut to no town (it had read two places on blind10) raise them on blind6, blind9
# and blind10 (before: 0.943 / 0.537, 0.923 / 0.609, 0.716 / 0.414; blind10 also gains 10 table rows
# the scorer now reads as the gold quotes them). The second pass's cue for a fund that also took part in a
# round raises blind7 (before: 0.958 / 0.624). Round 12's cues (read from blind4 to blind12: the types
# a lead-in sentence ending in a colon gives the list items after it, the banks of a share offering, every
# name of a list item, joining an association, lessors, work at a customer's mine) raise blind6 and blind8
# to blind12 (before: 0.944 / 0.545, 0.966 / 0.620, 0.925 / 0.623, 0.935 / 0.621, 0.932 / 0.507, 0.918 / 0.614); the
# third pass's trailing "with X participating" raises blind12 again (before: 0.937 / 0.701). Round 13's
# gates (a place after "in" is no party, an agreement takes the type the article gives the company, a supply
# agreement the direction it tells) and shareholder rows raise blind5, blind6 and blind9 to blind14 (before:
# 0.908 / 0.650, 0.945 / 0.561, 0.928 / 0.652, 0.940 / 0.671, 0.946 / 0.640, 0.939 / 0.724, 0.884 / 0.622,
# 0.891 / 0.577); the shareholder rows now find one of the relations the reader had added on blind10 and one
# on blind13 (3 and 7 before); the given-name guard on those rows (a holder named like a person) takes one
# right row back on blind10 (cues only 0.950 / 0.679 without it) and blind13 and one on blind12; the second
# pass's freight carriers and university units raise blind9, blind12, blind13 and blind14 again (a cue now finds
# one of the reader's blind12 relations: 4 before). Round 14's gates (the free float, a stake in another company, a
# subdistrict, "Partner" in a name) and lead-ins that tell which way goods go raise blind6, blind13, blind14
# and blind15 (before: 0.958 / 0.561, 0.926 / 0.652, 0.923 / 0.592, 0.885 / 0.493); blind7 gains one right
# relation and blind5 loses one, each a relation now shown by its first telling (before: 0.958 / 0.633;
# blind5 0.918 / 0.650 again once its gold's "joint_venture" relation item was typed jointVenturePartner)
# Round 17's cues (shareholder tables by their headers, research bodies worked with, customers named
# after a kind of business, tenants, builders of plants, bodies joined, "an agreement signed with") raise
# the cues-only scores on every set (before: blind5 0.918 / 0.664, blind6 0.973 / 0.597, blind7 0.975 /
# 0.694, blind8 0.968 / 0.667, blind9 0.950 / 0.688, blind10 0.956 / 0.745, blind11 0.957 / 0.687, blind12
# 0.959 / 0.746, blind13 0.939 / 0.694, blind14 0.943 / 0.709, blind15 0.970 / 0.703; blind11's precision
# falls by the Mizuho Bank row its gold files under the group) and now find relations the reader had added
# (two on blind5, blind11 and blind15, one on blind6, blind9, blind12 and blind14), so the reader adds fewer
# Round 18's cues (trade nouns before unlinked names, lenders named with the enterprise, research bodies
# after "and with", arrangers of an issue, licensors, cloud hosts, sites and their operators) raise the
# cues-only scores again (before: blind6 0.973 / 0.613, blind8 0.970 / 0.711, blind10 0.957 / 0.759, blind11
# 0.954 / 0.786, blind12 0.962 / 0.802, blind13 0.950 / 0.716, blind14 0.947 / 0.759, blind15 0.973 / 0.775)
# and find three relations the reader had added (blind10, blind11, blind15), so it adds one fewer there.
# Round 19's cues (goods bought by a named buyer, orders that came from X, shares of the company's sales,
# airlines serving its goods, exports through an importer, lenders that arranged or syndicated a loan,
# stakes sold or taken by a buyer, distributors as customers, carriers as suppliers, names of any script)
# raise the cues-only scores again (before: blind5 0.941 / 0.709, blind8 0.970 / 0.722, blind9 0.955 /
# 0.768, blind10 0.957 / 0.772, blind11 0.965 / 0.832, blind12 0.962 / 0.810, blind13 0.951 / 0.731,
# blind14 0.949 / 0.787); blind6's precision falls by one investor the gold names longer (Elbe Capital
# Partners); the reader adds the same relations as before.
# Round 20's cues (distribution passed to or handled by X, output that went to X, retailers that stocked
# its goods, ventures formed or run jointly, arrangers of a loan, trials and programmes with a body,
# orders won from X, lower-case linked bodies) and its precision rules (court orders and monitors,
# collapsed talks, assets bought once, a list of a body's fields as one name) raise the cues-only scores
# again (before: blind6 0.961 / 0.622, blind9 0.956 / 0.783, blind10 0.966 / 0.793, blind11 0.974 /
# 0.870, blind12 0.972 / 0.825, blind13 0.952 / 0.739, blind14 0.958 / 0.801, blind15 0.974 / 0.819); the
# cues now find one relation the reader had added on blind11, and one wrong relation the reader added on
# blind15 no longer comes.
# Round 26's cues (auditors, reinsurers, system vendors, work with a body on a subject, more lenders' currency
# signs, names after trade words) raise the cues-only recall of blind8-blind10 (before: blind8 0.987 / 0.833,
# blind9 0.975 / 0.833, blind10 0.975 / 0.821); the reader adds the same relations as before.
# Round 25's cues (suppliers of plants, services and carriage, buyers as subjects, passives after "been",
# products distributed by X, types by what a contract exchanges) raise the cues-only scores of blind5-blind10,
# blind12, blind14 and blind15 (before: blind5 0.942 / 0.731, blind6 0.963 / 0.647 (round 25 also reads a fund named after its owner there), blind7 0.976 / 0.721,
# blind8 0.986 / 0.767, blind9 0.974 / 0.804, blind10 0.975 / 0.814, blind12 0.991 / 0.843, blind14 0.975 /
# 0.817, blind15 0.975 / 0.830); the cues now find one relation the reader had added on blind14 (4 before).
# Round 27's reseller cue (an importer or wholesaler named after its trade word is a customer) raises
# blind14's cues-only recall (before: 0.976 / 0.852); the reader adds the same.
# Round 24's rules (certifiers, venture partners, lenders read from the history's loans, dates carried)
# raise the cues-only recall of blind5, blind7, blind9 and blind12-blind15 again; the reader adds the same.
# Round 24 settled certifiers as partners and added eight such items to blind12, blind14, blind15, blind16
# and blind22's gold: the cues-only recall falls (before: blind12 0.991 / 0.833, blind14 0.974 / 0.801,
# blind15 0.974 / 0.826).
# Round 23's cues (work done for the company told in the passive, a stake in its own share issue) raise
# the cues-only recall again (before: blind6 0.962 / 0.639, blind9 0.973 / 0.790, blind10 0.975 / 0.807,
# blind13 0.962 / 0.746); the reader adds the same relations as before.
# Round 22's precision rules (a contract the company ended was with a supplier; its own joint venture is
# no counterparty; a party named through "the X joint venture" is the venture's partner) and its relation
# dates raise the cues-only precision (before: blind8 0.972, blind9 0.956, blind10 0.967 / 0.800, blind11
# 0.975); the reader adds the same relations as before.
# Round 28 refitted the reader on every development set (tools/fit_relation_model.py, read at 0.93): the
# sets below are in its fit now, so what it adds on them is no longer a measure of new text (the check
# that fits without each set in turn is: 82 right / 7 wrong over the sets left out, against the round-6
# weights' 68 / 6; docs/relations.md, "Round 28"). The pins keep what it adds with the cues of the round.
# Round 29's cues (advisers, agents, builders by trade) raise blind6's cues-only recall (0.714 -> 0.723).
# Round 30: an unlinked name that opens one of the company's own unit names is no counterparty (blind13 0.963 -> 0.972);
# a short name read as the one longer name the article writes (blind6 0.977 / 0.723 -> 0.989 / 0.731).
# Round 31: a supplier listed after a comma with no "and" (blind9 0.975 / 0.848 -> 0.975 / 0.855): the cue
# finds one relation the reader added before, so it adds three, not four.
# Round 33: holders of a share split and lenders in more words (blind5 0.952 / 0.746 -> 0.953 / 0.754,
# blind6 0.989 / 0.731 -> 0.989 / 0.739: the cues find one relation the reader added before, so it adds
# five on blind6, not six).
# Round 32: "the company agreed with X to <act>" (a partner) raises the cues-only recall of blind10
# (0.976 / 0.828 -> 0.976 / 0.834) and blind14 (0.976 / 0.873 -> 0.977 / 0.880); the reader adds as before.
@pytest.mark.parametrize(("name", "cues_only", "right", "wrong"), [("blind5", (0.953, 0.754), 8, 0),
                                                                   ("blind6", (0.989, 0.739), 5, 0),
                                                                   ("blind7", (0.978, 0.784), 2, 0),
                                                                   ("blind8", (0.987, 0.844), 3, 0),
                                                                   ("blind9", (0.975, 0.855), 3, 0),
                                                                   ("blind10", (0.976, 0.834), 2, 0),
                                                                   ("blind11", (0.983, 0.885), 1, 0),
                                                                   ("blind12", (0.991, 0.882), 3, 0),
                                                                   ("blind13", (0.972, 0.769), 6, 0),
                                                                   ("blind14", (0.977, 0.880), 3, 0),
                                                                   ("blind15", (0.984, 0.858), 3, 0)])
def test_the_learned_relation_reader_on_blind5_to_blind15(monkeypatch, name, cues_only, right, wrong):
    """The learned reader on blind5 to blind15: the cue rules alone, and what the reader adds. Until
    round 28 it was fitted without these sets, and added 7 relations on blind5, 6
    right (the cue rules alone 0.818 / 0.591; 0.726 / 0.328 before the cues of round 6), 5 on
    blind6, all right (cues alone 0.809 / 0.447), 11 on blind7, 8 right (cues alone 0.810 /
    0.468), 3 on blind8, all right (cues alone 0.868 / 0.500), 8 on blind9, never tuned on in
    round 9, 7 right (cues alone 0.849 / 0.449; 0.800 / 0.435 before round 9), and 6 on blind10,
    never tuned on in round 10, 3 right (cues alone 0.716 / 0.414); 3 there, all right, once round
    11 kept towns from its candidates; 8 on blind11, never tuned on, 7 right (cues alone 0.932 /
    0.507); 4 on blind12, never tuned on, all right (cues alone 0.918 / 0.614); 7 on blind13, never
    tuned on, all right (cues alone 0.884 / 0.622); 6 on blind14, never tuned on, 5 right (cues
    alone 0.891 / 0.577); 6 on blind15, never read, 5 right (cues alone 0.885 / 0.493). Round 28's
    refit, fitted on them, adds only right relations on each (the pins)."""
    from kg.extractors import relation_model

    row = next(q for q in QUALITY if q.name == name and q.extractor == "relations")
    with_reader = _scores(row.folder, row.extractor).lenient
    monkeypatch.setattr(relation_model, "THRESHOLD", 1.01)  # no mention reaches it: cues only
    cues = evaluate(ROOT / row.folder, (row.extractor,))[row.extractor].lenient
    assert (round(cues.precision, 3), round(cues.recall, 3)) == cues_only
    assert with_reader.tp - cues.tp >= right and with_reader.fp - cues.fp <= wrong
