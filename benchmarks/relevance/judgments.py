"""Graded judgments for the relevance benchmark, written before any query was run.

Grades: 3 = exactly what the mentee asked for, 2 = clearly helpful, 1 = partly relevant.
Mentors not listed are 0. Queries are what mentees type, with their spellings and typos.
"""
from __future__ import annotations

JUDGMENTS: dict[str, dict[str, int]] = {
    "tenure": {"jamal-harris": 3, "amina-yusuf": 3, "marcus-lee": 3, "aisha-bello": 3, "sam-oneill": 2, "george-miller": 2, "hana-novak": 2},
    "tenure-track": {"amina-yusuf": 3, "aisha-bello": 3, "jamal-harris": 2, "marcus-lee": 2, "sam-oneill": 1, "george-miller": 1, "hana-novak": 1},
    "tenure video": {"jamal-harris": 3, "amina-yusuf": 3, "marcus-lee": 3, "aisha-bello": 3, "sam-oneill": 3, "george-miller": 2, "hana-novak": 2},
    "public peer video": {"mary-obrien": 3, "astrid-berg": 3, "mei-chen": 2, "rachel-green": 2, "claire-dubois": 2, "ben-walker": 1},
    "cataloguing backlog": {"amina-yusuf": 3, "marcus-lee": 2, "tom-hargreaves": 2, "ivan-petrov": 1, "ana-kovac": 1},
    "cataloging": {"amina-yusuf": 3, "tom-hargreaves": 3, "marcus-lee": 3, "ivan-petrov": 3, "ana-kovac": 3},
    "lateral move": {"daniela-vargas": 3, "fatima-zahra": 2, "lukasz-nowak": 2, "eric-johansson": 2, "david-cohen": 2, "william-brown": 2, "carlos-ruiz": 1, "ravi-iyer": 1},
    "managing people": {"grace-okonkwo": 3, "beatriz-lima": 3, "ben-walker": 3, "lisa-wong": 2, "chloe-martin": 2, "amina-yusuf": 2, "marcus-lee": 2},
    "people of color": {"jamal-harris": 3, "nia-thompson": 3, "grace-okonkwo": 2, "rosa-mendez": 2, "sarah-kim": 2, "priya-sharma": 2, "aroha-tane": 2, "lerato-mokoena": 2, "lisa-wong": 2, "mei-chen": 2, "hemi-parata": 2, "zanele-dube": 2, "marcus-lee": 2, "amina-yusuf": 2},
    "BIPOC": {"nia-thompson": 3, "jamal-harris": 2, "grace-okonkwo": 2, "rosa-mendez": 2, "sarah-kim": 2, "priya-sharma": 2, "aroha-tane": 2, "lerato-mokoena": 2, "lisa-wong": 2, "mei-chen": 2, "hemi-parata": 2, "zanele-dube": 2, "marcus-lee": 2, "amina-yusuf": 2},
    "c#": {"bartosz-wojcik": 3},
    "c++": {"ravi-iyer": 3},
    ".net": {"carlos-ruiz": 3},
    "vue.js": {"lukasz-nowak": 3, "mateo-fernandez": 3},
    "front end": {"lukasz-nowak": 3, "mateo-fernandez": 3, "kai-nakamura": 3},
    "frontend developer": {"lukasz-nowak": 3, "mateo-fernandez": 3, "kai-nakamura": 2},
    "k-12": {"sarah-kim": 3, "pablo-garcia": 2},
    "lgbtq+": {"rachel-green": 3, "kai-nakamura": 2, "jamal-harris": 2, "nia-thompson": 2, "lisa-wong": 2, "mateo-fernandez": 2},
    "a/v preservation": {"jack-taylor": 3, "ingrid-solberg": 3, "hannah-becker": 1},
    "3d printing": {"noa-levi": 3},
    "marc 21": {"tom-hargreaves": 3, "amina-yusuf": 1, "ivan-petrov": 1},
    "ils migration": {"bartosz-wojcik": 3, "joseph-mensah": 3, "ken-mcdonald": 1, "eric-johansson": 1},
    "lodz": {"bartosz-wojcik": 3},
    "tromso": {"ingrid-solberg": 3},
    "izmir": {"elif-demir": 3},
    "québec": {"marie-eve-gagnon": 3},
    "espanol": {"rosa-mendez": 3, "carlos-ruiz": 3, "pablo-garcia": 3, "julia-santos": 2, "mateo-fernandez": 3, "daniela-vargas": 3},
    "burnout": {"mary-obrien": 3, "astrid-berg": 3, "ben-walker": 3, "sarah-kim": 2, "olga-shevchenko": 1, "rachel-green": 1},
    "grant writing": {"oliver-grant": 3, "hemi-parata": 3},
    "negotiating salary": {"david-cohen": 3, "ahmed-hassan": 1, "ken-mcdonald": 1},
    "organisation skills": {},
    "first job after library school": {"claire-dubois": 3, "nia-thompson": 2, "elif-demir": 1, "tom-hargreaves": 1, "mei-chen": 1, "tyler-jones": 1, "nadia-popescu": 1, "pablo-garcia": 1, "aroha-tane": 1},
    "moving from the military": {"william-brown": 3},
    "disabled librarian": {"sam-oneill": 3, "rachel-green": 2},
    "maori": {"aroha-tane": 3, "kiri-walker": 3},
    "dine": {"hemi-parata": 3},
    "digitisation": {"ingrid-solberg": 3, "jack-taylor": 3, "yuki-tanaka": 1, "noa-levi": 1},
    "dossier review": {"jamal-harris": 3, "amina-yusuf": 2, "marcus-lee": 2, "aisha-bello": 2, "george-miller": 1, "sam-oneill": 1, "hana-novak": 1},
    "interveiw practice": {"nadia-popescu": 3, "daniela-vargas": 3, "william-brown": 1, "claire-dubois": 1},
    "rare books conservation": {"hannah-becker": 3, "sofia-rossi": 1, "julia-santos": 1},
}
# "organisation skills" has no good answer by design: it measures that a query which
# matches little still shows something (partial matches), not nDCG.
