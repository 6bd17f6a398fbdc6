"""When the sample family's first meetings happened, in days after each child arrived.

One date per event: every seeder that mentions the comfort call, the icebreaker or a
bridge-book page takes its day from here, so the About page, the guide, the journal
and the bridge book tell the same story. Days count from the placement date, which
counts back from today, so Maya and Leo are always in their first week.
"""
from datetime import date, timedelta

ARRIVED_DAYS_AGO = 4

COMFORT_CALL = 0            # the first evening, arranged by Dana
COMFORT_CALL_AT = "19:00"
ICEBREAKER_PLANNED = 1      # Dana set the meeting up with Rosa
TRUCKS = 1                  # Leo's first laugh, with the trucks in the garden
FIRST_PAGE_SENT = 1         # Maya's first bridge-book page went with Dana...
FIRST_PAGE_BACK = 2         # ...and came back with Rosa's answers
PREPARED = 2                # the icebreaker preparation was saved
ICEBREAKER = 3              # at the library; Rosa brought the notebooks back
ICEBREAKER_AT = "10:00"

# Amara, with Grandma Denise for over a year.
AMARA_COMFORT_CALL = 1
AMARA_ICEBREAKER = 4


def day(child, days: int) -> date:
    """The date *days* after the child arrived."""
    return child.placement_date + timedelta(days=days)
