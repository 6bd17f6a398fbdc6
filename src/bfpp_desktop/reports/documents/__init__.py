"""One module per printout, each with build(data, options, out_path, progress, cancelled).

BUILDERS lists the documents that can be made now; the print center and the
CLI offer any others as "not available yet".
"""
from bfpp_desktop.reports.documents import (all_about_me, blank_sheet, bridge_book,
                                            comfort_call, diaper_bag, family_time_record,
                                            icebreaker_prep, journal_summary, photo_sheet,
                                            plan, routine_sheet)

BUILDERS = {
    "routine-sheet": routine_sheet.build,
    "all-about-me": all_about_me.build,
    "icebreaker-prep": icebreaker_prep.build,
    "about-my-child-blank": blank_sheet.build,
    "comfort-call": comfort_call.build,
    "journal-summary": journal_summary.build,
    "family-time-record": family_time_record.build,
    "diaper-bag": diaper_bag.build,
    "transition-plan": plan.build_transition,
    "contact-plan": plan.build_contact,
    "bridge-book": bridge_book.build,
    "photo-sheet": photo_sheet.build,
}
