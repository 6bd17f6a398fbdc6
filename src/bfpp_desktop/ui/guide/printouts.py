"""The names of the print center's documents, as the guide mentions them."""
from PySide6.QtCore import QCoreApplication


def printout_name(document_id: str) -> str:
    names = {
        "routine-sheet": QCoreApplication.translate("Printouts", "Daily routine sheet"),
        "all-about-me": QCoreApplication.translate("Printouts", "All about me"),
        "icebreaker-prep": QCoreApplication.translate(
            "Printouts", "Icebreaker meeting prep sheet"),
        "about-my-child-blank": QCoreApplication.translate(
            "Printouts", "About my child (for the birth parent to fill in)"),
        "comfort-call": QCoreApplication.translate("Printouts", "Comfort call notes"),
        "journal-summary": QCoreApplication.translate("Printouts", "Journal summary"),
        "family-time-record": QCoreApplication.translate("Printouts", "Family time record"),
        "diaper-bag": QCoreApplication.translate("Printouts", "Diaper-bag note"),
        "transition-plan": QCoreApplication.translate("Printouts", "Transition plan"),
        "contact-plan": QCoreApplication.translate("Printouts", "After-care contact plan"),
        "bridge-book": QCoreApplication.translate("Printouts", "Bridge book"),
        "photo-sheet": QCoreApplication.translate("Printouts", "Photo sheet"),
    }
    return names.get(document_id, document_id)
