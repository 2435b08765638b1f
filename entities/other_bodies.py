"""Bodies that stories beside Ofsted and the trust name, and that no alias may know.

A description after one of them means it: in "Social Work England said it would
investigate. The regulator said the case was serious", the regulator is Social Work
England, not the Ofsted the article named earlier; in "Together for Children runs
Sunderland's services. The trust said", the trust is Sunderland's. The names of most
bodies end in a word of their kind ("the Care Quality Commission", "Slough Children's
Trust") and are found as any unknown body is; these do not, so the linker knows them by
name, with their kind (see ``Linker.build``). A name an alias holds stays that entity's.
"""

# Regulators and watchdogs, which "the regulator", "the watchdog" or "the inspectorate"
# may mean.
WATCHDOGS: tuple[str, ...] = (
    "CQC",  # the Care Quality Commission, found by its last word, as the ombudsman is
    "LGSCO",
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
    "NAO",
    "Financial Conduct Authority",
    "Competition and Markets Authority",
    "CMA",
    "Teaching Regulation Agency",
    "Estyn",
    "Care Inspectorate Wales",
)

# Companies and trusts that run a council's children's services at arm's length, which
# "the trust" may mean.
TRUSTS: tuple[str, ...] = (
    "Together for Children",
    "Achieving for Children",
    "Slough Children First",
    "Worcestershire Children First",
    "Children First Northamptonshire",
    # Doncaster's NHS trusts, by their acronyms: "A spokesman for RDaSH said the trust ..."
    "RDaSH",
    "DBTH",
)

# Consultancies, auditors and agencies that councils and trusts hire, which "the firm"
# or "the consultancy" may mean: "Deloitte's work centred on the trust's budget. The
# firm was also asked ..." is Deloitte, not iMPOWER named before.
FIRMS: tuple[str, ...] = (
    "Deloitte",
    "PwC",
    "PricewaterhouseCoopers",
    "KPMG",
    "EY",
    "Ernst & Young",
    "Grant Thornton",
    "Mazars",
    "BDO",
    "Newton Europe",
    "Newton",
    "McKinsey",
    "Accenture",
    "Capita",
    "Serco",
    "Mercer",
    "PA Consulting",
    "Hays",
    "Sanctuary Personnel",
    "Liquid Personnel",
    "Reed",
    # Outsourcers that stories about running children's services name.
    "G4S",
    "Sodexo",
    "Mitie",
    "Atos",
    "Interserve",
    "Carillion",
    "Amey",
    "Virgin Care",
)

# Other departments of state, known by acronyms or names that do not end in their kind,
# which "the department" may mean: "A DCLG spokesman said: “The department will ...”".
DEPARTMENTS: tuple[str, ...] = (
    "DCLG",
    "MHCLG",
    "DLUHC",
    "DCSF",
    "DfES",
    "DWP",
    "DHSC",
    "DoH",
    "DCMS",
    "Defra",
    "BEIS",
    "Home Office",
    "Cabinet Office",
    "Foreign Office",
    "HM Treasury",
    "the Treasury",
    "Ministry of Justice",
    "MoJ",
)

# Each kind of description, and the bodies of that kind known by name.
OTHER_BODIES: dict[str, tuple[str, ...]] = {
    "watchdog": WATCHDOGS,
    "trust": TRUSTS,
    "firm": FIRMS,  # and "the consultancy", a firm too (see linking._KIND_WORDS)
    "department": DEPARTMENTS,
}

# Bodies named by one word, or by a word no rule takes for a name, which the unknown names
# offered to editors would miss: "Unison said", "Ofqual, the exams regulator". Found in
# their capitals only, and only where no alias holds them.
REPORTED: tuple[str, ...] = (
    "Unison",
    "Barnardo's",
    "Barnardo’s",
    "Ofqual",
    "Ofcom",
    "Cafcass",
    "Serco",
    "Capita",
    "G4S",
    "Deloitte",
    "KPMG",
    "PwC",
    "PricewaterhouseCoopers",
    "Ukip",
    "UKIP",
    "Conservatives",
    "Tories",
)
