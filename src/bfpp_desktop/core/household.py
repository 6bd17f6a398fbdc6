"""The caregiver's own details ("our details"), printed on sheets that go to the birth family.

Kept in the database (storage/household.py), so the window and the command line
read the same details; older versions kept them in settings.ini, from where the
session copies them once (session.py).
"""
from dataclasses import dataclass, fields, replace

from bfpp_desktop.core.i18n import translate


@dataclass(frozen=True)
class Household:
    household_name: str = ""   # what the family calls us, e.g. "Sam and Jo" or "Grandma Denise"
    surname: str = ""
    phone: str = ""
    address: str = ""

    def copy(self, **changes) -> "Household":
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))

    def name_for_print(self, leave_out_our_details: bool) -> str:
        """'Sam and Jo Carter', or only 'Sam and Jo' when our details are left out."""
        if leave_out_our_details:
            return self.household_name.strip()
        return " ".join(p for p in (self.household_name.strip(), self.surname.strip()) if p)

    def lines_for_print(self, leave_out_our_details: bool) -> list[str]:
        """Name, then phone and address unless left out; empty parts skipped."""
        lines = [self.name_for_print(leave_out_our_details)]
        if not leave_out_our_details:
            if self.phone.strip():
                lines.append(translate("Household", "Phone: {phone}").format(
                    phone=self.phone.strip()))
            lines += [line.strip() for line in self.address.splitlines() if line.strip()]
        return [line for line in lines if line]

