"""Regulators and watchdogs that stories beside Ofsted name, and that no alias may know.

A description after one of them means it: in "Social Work England said it would
investigate. The regulator said the case was serious", the regulator is Social Work
England, not the Ofsted the article named earlier. The names of most such bodies end in
a word of their kind ("the Care Quality Commission", "the Local Government and Social
Care Ombudsman") and are found as any unknown body is; these do not, so the linker knows
them by name (see ``Linker.build``). A name an alias holds stays that entity's.
"""

WATCHDOGS: tuple[str, ...] = (
    "Social Work England",
    "Health and Care Professions Council",
    "HCPC",
    "Nursing and Midwifery Council",
    "General Medical Council",
    "Information Commissioner's Office",
    "Information Commissioner",
    "ICO",
    "Children's Commissioner",
    "Children's Commissioner for England",
    "Ofqual",
    "Ofcom",
    "Ofwat",
    "Ofgem",
    "Office for Students",
    "HMICFRS",
    "HM Inspectorate of Constabulary",
    "HM Inspectorate of Constabulary and Fire & Rescue Services",
    "HM Inspectorate of Probation",
    "HM Inspectorate of Prisons",
    "Independent Office for Police Conduct",
    "IOPC",
    "National Audit Office",
    "Financial Conduct Authority",
    "Teaching Regulation Agency",
    "Estyn",
    "Care Inspectorate Wales",
)
