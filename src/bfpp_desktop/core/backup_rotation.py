"""Which backups to keep: plain rules, no files.

A backup is kept when it is among the newest few (so the copy from before a mistake
made an hour ago is still there), or when it is the newest of one of the last 7 days,
4 weeks or 12 months that have a backup. The rules overlap, so together they reach a
year back with about two dozen copies. Each rule only ever lets a copy go once a newer
one takes its place, so pruning after every backup keeps the same copies as pruning
once at the end.

The newest copy kept aside before a restore is always kept, so a restore can be undone
however many backups follow it.
"""
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Policy:
    recent: int = 8      # about four hours of use, at one copy every 30 minutes
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT = Policy()

def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    return moment.isocalendar()[:2]   # (ISO year, ISO week): weeks start on Monday


def _month(moment: datetime) -> Hashable:
    return moment.year, moment.month


def _newest_per_period(times: Sequence[datetime], period: Callable[[datetime], Hashable],
                       count: int) -> set[int]:
    """Indexes of the newest backup of each of the *count* newest periods."""
    chosen: dict[Hashable, int] = {}
    for index in sorted(range(len(times)), key=lambda i: times[i], reverse=True):
        key = period(times[index])
        if key not in chosen:
            if len(chosen) == count:
                break
            chosen[key] = index
    return set(chosen.values())


def to_keep(times: Sequence[datetime], kept_aside: Sequence[bool] = (),
            policy: Policy = DEFAULT) -> set[int]:
    """Indexes into *times* (when each backup was made) of the backups to keep.
    *kept_aside*, if given, marks the copies made before a restore."""
    newest_first = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = set(newest_first[:policy.recent])
    keep |= _newest_per_period(times, _day, policy.daily)
    keep |= _newest_per_period(times, _week, policy.weekly)
    keep |= _newest_per_period(times, _month, policy.monthly)
    aside = [i for i in newest_first if i < len(kept_aside) and kept_aside[i]]
    keep |= set(aside[:1])
    return keep
