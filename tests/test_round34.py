"""Round 34 (issue 14), the lead's changes: each on sentences written for the test (invented
companies and places)."""

from __future__ import annotations

from tests.test_history_round10 import _types


def test_one_year_written_twice_dates_the_act_by_its_own_fuller_date():
    """A sentence that writes one year twice, first coarse and then with a day ("slowed in the spring
    of 2012 ..., but it entered commercial operation on 1 September 2012"), dates the act by the date
    told with it, not by the sentence's first mention."""
    assert _types("Work was slowed in the spring of 2012 by floods at the site, but it entered commercial "
                  "operation on 1 September 2012.") == [("expansion", "2012-09-01")]
    assert _types("Construction was held up in early 2015 by a strike, but the Orrin plant began production "
                  "on 4 June 2015.") == [("expansion", "2015-06-04")]
    # a month named with the act keeps its month; the year alone stays the year
    assert _types("In June 2015 the company opened a plant at Orrin, its first outside the capital.") == [
        ("expansion", "2015-06")]
    assert _types("In 2015 the company opened a plant at Orrin, its first outside the capital.") == [
        ("expansion", "2015")]
