"""What is due: the Overview's short list of first steps, family time and follow-ups.

Pure rules over plain inputs, so the Overview, reminders and tests share them.
Wording is gentle on purpose: a late first call or meeting is never a failure,
only something that can still help, with a pointer to how.
"""
import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from bfpp_desktop.core.guide import Audience
from bfpp_desktop.core.i18n import translate

COMFORT_CALL_DAYS = 1          # within 24 hours of placement
ICEBREAKER_IDEAL_DAYS = 3      # best by day 3 ...
ICEBREAKER_FINE_DAYS = 5       # ... still just right through day 5
LOOK_AHEAD_DAYS = 14           # how far ahead family time and follow-ups are listed
# How far back an unfinished follow-up stays on the Overview. Older ones wait in the
# journal's follow-ups list, so years of journal do not become a wall of reminders.
LOOK_BACK_DAYS = 30
# Past this, "It has been 412 days" reads like a tally; the late wording drops the count.
COUNT_DAYS_UP_TO = 30

# After going home: a birthday is mentioned this far ahead; the family gets this long to
# settle before babysitting is offered; photos are suggested when none went out this long.
BIRTHDAY_AHEAD_DAYS = 21
SETTLE_DAYS = 14
SHARE_AGAIN_DAYS = 30

COMFORT_CALL_STEP = "s1-comfort-call"
ICEBREAKER_STEP = "s1-plan-icebreaker"
FAMILY_TIME_STEP = "s2-family-time-ready"
MOVE_HOME_STEP = "s3-transition-plan"
MOVE_HOME_HELP = "help-move-home-meeting"
CONTACT_PLAN_STEP = "s4-contact-plan"
BIRTHDAY_STEP = "s4-celebrations"
RESPITE_STEP = "s4-respite"
PHOTOS_STEP = "s4-photos"


class DueKind(str, Enum):
    COMFORT_CALL = "comfort_call"
    ICEBREAKER = "icebreaker"
    FAMILY_TIME = "family_time"
    FOLLOW_UP = "follow_up"
    MOVE_HOME_MEETING = "move_home_meeting"
    CONTACT_PLAN = "contact_plan"
    BIRTHDAY = "birthday"
    RESPITE = "respite"
    PHOTOS = "photos"


class DueState(str, Enum):
    OVERDUE = "overdue"          # its best moment has passed; it can still help
    DUE_TODAY = "due_today"      # now is the time (today, or inside its window)
    UPCOMING = "upcoming"
    SUGGESTED = "suggested"      # no date to go by, only an idea
    DONE = "done"


_ORDER = [DueState.OVERDUE, DueState.DUE_TODAY, DueState.UPCOMING, DueState.SUGGESTED,
          DueState.DONE]


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    title: str
    message: str
    due_date: date | None        # for DONE items: the day it was done, when known
    state: DueState
    help_step_id: str = ""       # a guide Step id explaining how
    help_id: str = ""            # a guide HelpText id, for the "here is how" link
    ref_id: int | None = None    # the journal entry or visit record it came from


@dataclass(frozen=True)
class FamilyTime:
    """A planned visit, as the journal or calendar knows it."""
    on: date
    time: str = ""               # "HH:MM" or ""
    place: str = ""
    ref_id: int | None = None


@dataclass(frozen=True)
class FollowUp:
    """Something a journal entry said to do later ("ask about the dentist")."""
    text: str
    on: date | None = None
    done: bool = False
    ref_id: int | None = None


@dataclass(frozen=True)
class AfterHome:
    """What the reminders after going home go by."""
    went_home_on: date
    birth_date: date | None = None
    contact_plan_made: bool = False
    last_shared: date | None = None   # the newest bridge-book page


def what_is_due(today: date, placement_date: date | None, *,
                comfort_call_done: date | bool | None = None,
                icebreaker_done: date | bool | None = None,
                stage: int = 1,
                audience: Audience = Audience.ANY,
                family_times: tuple[FamilyTime, ...] | list[FamilyTime] = (),
                follow_ups: tuple[FollowUp, ...] | list[FollowUp] = (),
                going_home: bool = False,
                after_home: AfterHome | None = None) -> list[DueItem]:
    """Everything worth a look today, most pressing first.

    The first call and first meeting belong to stage 1; once the family has
    moved on to a later stage they are no longer listed. When the first meeting
    has happened, a missing first call is not raised any more: they have met.
    In stage 3, when the plan is for the child to go home (*going_home*), a meeting
    for the move is suggested; once the child has gone home (*after_home*), a few
    gentle ideas for staying in touch.
    """
    items: list[DueItem] = []
    if stage == 1:
        if comfort_call_done or not icebreaker_done:
            items.append(comfort_call_item(today, placement_date, comfort_call_done, audience))
        items.append(icebreaker_item(today, placement_date, icebreaker_done, audience))
    items += [family_time_item(today, visit) for visit in family_times
              if today <= visit.on <= today + timedelta(days=LOOK_AHEAD_DAYS)]
    items += [follow_up_item(today, f) for f in follow_ups if _follow_up_listed(today, f)]
    if stage == 3 and going_home and after_home is None:
        items.append(move_home_meeting_item())
    if after_home is not None:
        items += after_home_items(today, after_home)
    return sorted(items, key=_sort_key)


def comfort_call_item(today: date, placement_date: date | None,
                      done: date | bool | None = None,
                      audience: Audience = Audience.ANY) -> DueItem:
    title = translate("Due", "Comfort call")
    if done:
        return _done(DueKind.COMFORT_CALL, title, done, COMFORT_CALL_STEP,
                     translate("Due", "You have had a first call with the birth parent."))
    if placement_date is None:
        return DueItem(DueKind.COMFORT_CALL, title, translate(
            "Due", "A short first phone call with the birth parent helps the child settle. "
            "Add the placement date and the app can suggest a good time."),
            None, DueState.SUGGESTED, COMFORT_CALL_STEP, "help-no-placement-date")
    due = placement_date + timedelta(days=COMFORT_CALL_DAYS)
    days = (today - placement_date).days
    if days < 0:
        return DueItem(DueKind.COMFORT_CALL, title, translate(
            "Due", "Once the child arrives, a short first call with the birth parent, "
            "ideally within a day, helps everyone settle."),
            due, DueState.UPCOMING, COMFORT_CALL_STEP)
    if days <= COMFORT_CALL_DAYS:
        if audience == Audience.KINSHIP:
            message = translate(
                "Due", "You may already be in touch. A short call only about how the "
                "child is doing still helps, best within the first day.")
        else:
            message = translate(
                "Due", "A short first call with the birth parent, best within the first "
                "day. The caseworker can set it up once the parent agrees to share numbers.")
        return DueItem(DueKind.COMFORT_CALL, title, message, due, DueState.DUE_TODAY,
                       COMFORT_CALL_STEP)
    if days <= COUNT_DAYS_UP_TO:
        message = translate(
            "Due", "It has been {days} days; a first call can still help. Here is how.")
    else:
        message = translate("Due", "A first call can still help, however long it has been. "
                                   "Here is how.")
    return DueItem(DueKind.COMFORT_CALL, title, message.format(days=days), due,
                   DueState.OVERDUE, COMFORT_CALL_STEP, "help-comfort-call-late")


def icebreaker_item(today: date, placement_date: date | None,
                    done: date | bool | None = None,
                    audience: Audience = Audience.ANY) -> DueItem:
    title = translate("Due", "Icebreaker meeting")
    if done:
        return _done(DueKind.ICEBREAKER, title, done, ICEBREAKER_STEP,
                     translate("Due", "You have met the birth parent for an icebreaker."))
    if placement_date is None:
        return DueItem(DueKind.ICEBREAKER, title, translate(
            "Due", "A short, friendly meeting about the child, best in the first week. "
            "The prep sheet helps you choose what to ask."),
            None, DueState.SUGGESTED, ICEBREAKER_STEP, "help-no-placement-date")
    ideal = placement_date + timedelta(days=ICEBREAKER_IDEAL_DAYS)
    days = (today - placement_date).days
    if days < ICEBREAKER_IDEAL_DAYS:
        left = ICEBREAKER_IDEAL_DAYS - days
        if days < 0:
            when = translate("Due", "Best in the first three to five days after the child arrives.")
        elif days == ICEBREAKER_IDEAL_DAYS - 1:
            when = translate("Due", "Ideally by tomorrow.")
        else:
            when = translate("Due", "Ideally within the next {days} days.").format(days=left)
        return DueItem(DueKind.ICEBREAKER, title, translate(
            "Due", "{when} Ask the caseworker to set up a short meeting; the prep sheet "
            "helps you choose what to ask.").format(when=when),
            ideal, DueState.UPCOMING, ICEBREAKER_STEP)
    if days <= ICEBREAKER_FINE_DAYS:
        if days == ICEBREAKER_IDEAL_DAYS:
            message = translate("Due", "Now is a good time for a short meeting about the child.")
        else:
            message = translate(
                "Due", "Still a good time: the first five days are ideal for a short "
                "meeting about the child.")
        if audience == Audience.KINSHIP:
            message += " " + translate(
                "Due", "Even if you see each other often, a calm talk only about the "
                "child's care is worth it.")
        return DueItem(DueKind.ICEBREAKER, title, message,
                       placement_date + timedelta(days=ICEBREAKER_FINE_DAYS),
                       DueState.DUE_TODAY, ICEBREAKER_STEP)
    if days <= COUNT_DAYS_UP_TO:
        message = translate(
            "Due", "It has been {days} days; an icebreaker can still help. Here is how.")
    else:
        message = translate("Due", "An icebreaker can still help, however long it has been. "
                                   "Here is how.")
    return DueItem(DueKind.ICEBREAKER, title, message.format(days=days), ideal,
                   DueState.OVERDUE, ICEBREAKER_STEP, "help-icebreaker-late")


def family_time_item(today: date, visit: FamilyTime) -> DueItem:
    details = ", ".join(part for part in (visit.time, visit.place) if part)
    if visit.on == today:
        message = translate("Due", "Family time today.")
        state = DueState.DUE_TODAY
    else:
        message = translate("Due", "Family time coming up.")
        state = DueState.UPCOMING
    if details:
        message = f"{message} {details}."
    message += " " + translate("Due", "A snack and a favourite game to share can help.")
    return DueItem(DueKind.FAMILY_TIME, translate("Due", "Family time"), message,
                   visit.on, state, FAMILY_TIME_STEP, ref_id=visit.ref_id)


def follow_up_item(today: date, follow_up: FollowUp) -> DueItem:
    title = follow_up.text.strip()
    if follow_up.on is None:
        state, message = DueState.UPCOMING, translate("Due", "From your journal, whenever it suits.")
    elif follow_up.on < today:
        state, message = DueState.OVERDUE, translate(
            "Due", "From your journal. Still worth doing when you have a moment.")
    elif follow_up.on == today:
        state, message = DueState.DUE_TODAY, translate("Due", "From your journal, for today.")
    else:
        state, message = DueState.UPCOMING, translate("Due", "From your journal.")
    return DueItem(DueKind.FOLLOW_UP, title, message, follow_up.on, state,
                   ref_id=follow_up.ref_id)


def move_home_meeting_item() -> DueItem:
    return DueItem(DueKind.MOVE_HOME_MEETING, translate("Due", "A meeting before the move home"),
                   translate("Due", "Like the first icebreaker, but the other way round: a "
                                    "short, friendly talk where you pass on routines, comfort "
                                    "items and what the child is looking forward to."),
                   None, DueState.SUGGESTED, MOVE_HOME_STEP, MOVE_HOME_HELP)


def after_home_items(today: date, home: AfterHome) -> list[DueItem]:
    """Gentle ideas once the child has gone home: the contact plan, a birthday coming up,
    an offer of babysitting once the family has settled, photos when none went out lately."""
    items = [contact_plan_item(home.contact_plan_made)]
    birthday = next_birthday(home.birth_date, today) if home.birth_date else None
    if birthday is not None and (birthday - today).days <= BIRTHDAY_AHEAD_DAYS:
        items.append(birthday_item(today, birthday, birthday.year - home.birth_date.year))
    if (today - home.went_home_on).days >= SETTLE_DAYS:
        items.append(DueItem(
            DueKind.RESPITE, translate("Due", "Offer a break"),
            translate("Due", "If it would help, let the parent know you are glad to "
                             "babysit for a few hours or have the child for a short stay."),
            None, DueState.SUGGESTED, RESPITE_STEP))
    shared = max(d for d in (home.last_shared, home.went_home_on) if d)
    if (today - shared).days >= SHARE_AGAIN_DAYS:
        items.append(DueItem(
            DueKind.PHOTOS, translate("Due", "Share photos and memories"),
            translate("Due", "Photos, artwork or a story from the time the child lived "
                             "with you keep that part of their life with them."),
            None, DueState.SUGGESTED, PHOTOS_STEP))
    return items


def contact_plan_item(made: bool) -> DueItem:
    if made:
        message = translate("Due", "Keep to what you agreed, and change it whenever the "
                                   "parent wishes: they decide how much contact suits them.")
    else:
        message = translate("Due", "Ask the parent how they would like to stay in touch, "
                                   "and write it down in a contact plan.")
    return DueItem(DueKind.CONTACT_PLAN, translate("Due", "Stay in touch as agreed"), message,
                   None, DueState.SUGGESTED, CONTACT_PLAN_STEP)


def birthday_item(today: date, on: date, turning: int) -> DueItem:
    state = DueState.DUE_TODAY if on == today else DueState.UPCOMING
    return DueItem(DueKind.BIRTHDAY, translate("Due", "Birthday"), translate(
        "Due", "Turning {n}. A card or a call can mean a lot, and join in if the family "
               "invites you.").format(n=turning), on, state, BIRTHDAY_STEP)


def next_birthday(birth: date, today: date) -> date:
    """The next birthday from today on (today included)."""
    this_year = _birthday_in(birth, today.year)
    return this_year if this_year >= today else _birthday_in(birth, today.year + 1)


def _birthday_in(birth: date, year: int) -> date:
    # Born on 29 February: the 28th in other years.
    leap_day = (birth.month, birth.day) == (2, 29) and not calendar.isleap(year)
    return date(year, birth.month, 28 if leap_day else birth.day)


def _follow_up_listed(today: date, follow_up: FollowUp) -> bool:
    if follow_up.done or not follow_up.text.strip():
        return False
    if follow_up.on is None:
        return True
    return (today - timedelta(days=LOOK_BACK_DAYS) <= follow_up.on
            <= today + timedelta(days=LOOK_AHEAD_DAYS))


def _done(kind: DueKind, title: str, done: date | bool, step_id: str, message: str) -> DueItem:
    when = done if isinstance(done, date) else None
    return DueItem(kind, title, message, when, DueState.DONE, step_id)


def _sort_key(item: DueItem):
    return (_ORDER.index(item.state), item.due_date or date.max)


@dataclass(frozen=True)
class DueInputs:
    """Everything what_is_due needs besides the child's own record.

    Gathered in one place (storage.overview_inputs.due_inputs) so the journal
    can add family time and follow-ups there without the Overview changing.
    """
    comfort_call_done: date | bool = False
    icebreaker_done: date | bool = False
    family_times: tuple[FamilyTime, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    contact_plan_made: bool = False
    last_shared: date | None = None   # the newest bridge-book page
