"""The demo family's circle: birth parents, caseworker, CASA, doctor, school, and
Grandma Denise's people for Amara's kinship placement.

Numbers use the 555-01xx range set aside for fiction; emails use example.org.
"""
from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role
from bfpp_desktop.storage.contacts import add_contact


def seed(db: Database, data_dir, today, family: dict) -> None:
    maya, leo, amara = family["maya"].id, family["leo"].id, family["amara"].id
    siblings = [maya, leo]
    family["contacts"] = [add_contact(db, c) for c in (
        Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, relation="Mom",
                phones=[Phone("mobile", "(555) 010-0142")], reach_by=ReachBy.TEXT,
                reach_times="Evenings after 6", language="Spanish, English",
                may_share=True, child_ids=siblings,
                notes="Agreed at the comfort call that we may text her. "
                      "Loves getting photos of Maya's drawings."),
        Contact(name="Luis Rodríguez", role=Role.BIRTH_PARENT, relation="Dad",
                phones=[Phone("mobile", "555.010.0177")], language="Spanish",
                reach_by=ReachBy.THROUGH_CASEWORKER, may_share=False, child_ids=siblings,
                notes="Has not agreed to share his number yet; arrange calls through Dana."),
        Contact(name="Dana Whitfield", role=Role.CASEWORKER, relation="Caseworker",
                phones=[Phone("office", "555-010-0100 ext. 214"), Phone("mobile", "555 010 0199")],
                email="dana.whitfield@example.org", reach_by=ReachBy.EMAIL,
                reach_times="Weekdays 8:30–5", may_share=True, child_ids=siblings,
                address="County Family Services\n200 Main Street"),
        Contact(name="Priya Shah", role=Role.CASA, relation="CASA volunteer",
                phones=[Phone("mobile", "555-010-0163")], email="priya.casa@example.org",
                may_share=True, child_ids=siblings),
        Contact(name="Dr. Alan Reyes", role=Role.DOCTOR, relation="Pediatrician",
                phones=[Phone("office", "(555) 010-0120")], may_share=True,
                address="Riverside Children's Clinic\n48 Oak Avenue",
                reach_times="Nurse line open 8–8", child_ids=[maya, leo, amara]),
        Contact(name="Bright Smiles Dental", role=Role.DENTIST, relation="Dentist",
                phones=[Phone("front desk", "555-010-0135")], may_share=True,
                address="12 Pine Street", child_ids=siblings),
        Contact(name="Lincoln Elementary", role=Role.SCHOOL,
                relation="Maya's school (2nd grade, Ms. Bell)",
                phones=[Phone("front office", "555-010-0130")],
                email="office@lincoln-elementary.example.org", may_share=True,
                child_ids=[maya]),
        Contact(name="Jasmine Johnson", role=Role.BIRTH_PARENT, relation="Mom",
                phones=[Phone("mobile", "555-010-0155")], reach_by=ReachBy.CALL,
                reach_times="Sunday afternoons", may_share=False, child_ids=[amara],
                notes="Denise's daughter. Prefers to keep her number in the family."),
        Contact(name="Marcus Johnson", role=Role.RELATIVE, relation="Uncle (Denise's son)",
                phones=[Phone("mobile", "555-010-0188")], may_share=True,
                notes="Helps with pick-ups on Thursdays.", child_ids=[amara]),
        Contact(name="Tanya Brooks", role=Role.CASEWORKER, relation="Kinship caseworker",
                phones=[Phone("office", "555 010 0110")], email="t.brooks@example.org",
                may_share=True, child_ids=[amara]),
        Contact(name="Gloria Mendez", role=Role.PARENT_PARTNER, relation="Kinship navigator",
                phones=[Phone("mobile", "555-010-0171")], may_share=True,
                notes="Runs the grandparents' support group on Tuesdays.", child_ids=[amara]),
        Contact(name="Jayden Ortiz", role=Role.SIBLING, relation="Older brother, 12",
                placed_with="The Kim family", placed_with_phone="555-010-0193",
                may_share=False, child_ids=siblings,
                notes="Placed with another family across town; Maya asks about him."),
    )]
    # By name, for the seeders that link journal entries and health notes to people.
    family["people"] = {c.name: c for c in family["contacts"]}
