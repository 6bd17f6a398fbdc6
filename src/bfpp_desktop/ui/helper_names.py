"""The names by which the Overview, the Guide and the menus ask the window for a helper
or a plan (MainWindow.open_helper). Apart from the helpers themselves, so the window and
its first page can name them without loading them."""
COMFORT_CALL = "comfort-call"
ICEBREAKER = "icebreaker"
ICEBREAKER_AFTER = "icebreaker-after"   # the icebreaker helper on the meeting's answers
TRANSITION_PLAN_HELPER = "transition-plan"
CONTACT_PLAN_HELPER = "contact-plan"
