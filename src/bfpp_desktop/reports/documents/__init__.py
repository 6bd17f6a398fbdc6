"""One module per printout, each with build(data, options, out_path, progress, cancelled).

BUILDERS lists the documents that can be made now; the print center and the
CLI offer the others as "not available yet". Round 2 adds the routine sheet,
all about me, icebreaker prep, journal summary and the two plans here.
"""
from bfpp_desktop.reports.documents import blank_sheet, comfort_call, diaper_bag
from bfpp_desktop.reports.documents import bridge_book, photo_sheet

BUILDERS = {
    "about-my-child-blank": blank_sheet.build,
    "comfort-call": comfort_call.build,
    "diaper-bag": diaper_bag.build,
    "bridge-book": bridge_book.build,
    "photo-sheet": photo_sheet.build,
}
