"""On the Overview a coming appointment and a coming deadline do not look alike."""
from window_walk import show_page, with_maya

from bfpp_desktop.core.due import DueKind, DueState


def test_an_appointment_and_a_deadline_have_their_own_sign_and_word(make_window):
    window = with_maya(make_window(demo=True))
    page = show_page(window, "OverviewPage")
    coming = {row.item.kind: row.state_label.text() for row in page.due_section.rows
              if row.item.state in (DueState.UPCOMING, DueState.DUE_TODAY)}
    visit, follow_up = coming[DueKind.FAMILY_TIME], coming[DueKind.FOLLOW_UP]
    assert visit.startswith("◷") and "Appointment" in visit
    assert follow_up.startswith("⚑") and ("To do by" in follow_up or "Due today" in follow_up)
