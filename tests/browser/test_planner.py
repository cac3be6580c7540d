"""The "My mentoring network" planner, in a real browser, on the demo data.

Which mentors to use and what to expect are read from the demo profiles and the built
records, never written here; the ranking is recomputed from the profiles with the rules the
planner page states.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
import yaml
from playwright.sync_api import expect

from demo_data import demo_fields
from mentor_directory.directory.facets import OFFSET_REFERENCE
from mentor_directory.directory.freshness import months_between
from site_builder import BUILD_DAY, DEMO_CONTENT

pytestmark = pytest.mark.browser

PLANNER = "/my-mentors/"
NEEDS = "[data-needs] > li.need"


# ----- the demo data ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def profiles(records: dict) -> dict[str, dict]:
    """Each listed mentor's profile fields as written, in directory order."""
    return {mentor["slug"]: demo_fields(mentor["slug"]) for mentor in records["mentors"]}


@pytest.fixture(scope="module")
def labels() -> dict[str, dict[str, str]]:
    vocabulary = yaml.safe_load((DEMO_CONTENT / "vocabulary.yaml").read_text(encoding="utf-8"))
    return {key: {term["id"]: term["label"] for term in terms} for key, terms in vocabulary.items()}


def with_areas(profiles: dict[str, dict], area: str, accepting: bool = True) -> list[str]:
    return [slug for slug, p in profiles.items() if area in p["mentoring_areas"] and p["accepting_mentees"] is accepting]


def months_old(profile: dict) -> int:
    reviewed = profile["last_reviewed"]
    reviewed = reviewed if isinstance(reviewed, date) else date.fromisoformat(reviewed)
    return months_between(reviewed, date.fromisoformat(BUILD_DAY))


# ----- helpers ----------------------------------------------------------------------------

def open_planner(page, site_url: str) -> None:
    page.goto(site_url + PLANNER)
    expect(page.locator("div[data-planner]")).to_be_visible()


def need_item(page, area: str):
    return page.locator(f"{NEEDS}[data-area='{area}']")


def candidate(page, area: str, slug: str):
    return need_item(page, area).locator(f"li.candidate[data-mentor='{slug}']")


def add_from_topic_page(page, site_url: str, area: str, slug: str) -> None:
    """The topic page names the need, so no question is asked."""
    page.goto(f"{site_url}/areas/{area}/")
    page.locator(f"li.card[data-slug='{slug}'] [data-plan-add] button").click()
    expect(page.locator(f"li.card[data-slug='{slug}'] .plan-added")).to_contain_text("Added")


def seed(page, site_url: str, plan: dict) -> None:
    """Store a plan the way the planner does, from a light page of the same site, then open the planner."""
    page.goto(site_url + "/about/")
    page.evaluate("(plan) => localStorage.setItem('mentor-directory-plan', JSON.stringify(plan))", plan)
    open_planner(page, site_url)


def plan_of(*needs: tuple[str, list[str]]) -> dict:
    return {"version": 1, "name": "", "needs": [
        {"area": area, "goal": "", "note": "", "choice": slugs[0] if slugs else None,
         "candidates": [{"slug": s, "mode": "", "message": "", "contacted": ""} for s in slugs]}
        for area, slugs in needs
    ]}


def as_version_2(plan: dict, profiles: dict[str, dict]) -> dict:
    """A version 1 plan as the planner keeps it once loaded: names, empty dates and history added."""
    dates = dict.fromkeys(("contacted", "followedUp", "replied", "met", "ended", "rhythm"), "")
    return {**plan, "version": 2, "needs": [
        {**need, "history": [], "candidates": [
            {**c, "name": profiles[c["slug"]]["name"], **dates, "contacted": c["contacted"]} for c in need["candidates"]]}
        for need in plan["needs"]]}


def tab_to(page, selector: str, limit: int = 300) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement?.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


# ----- adding a mentor for a need ---------------------------------------------------------

def test_a_directory_filter_naming_one_of_the_mentors_areas_adds_without_asking(page, site_url, profiles, labels) -> None:
    slug = with_areas(profiles, "tenure")[0]
    page.goto(f"{site_url}/?area=tenure")
    page.locator(f"li.card[data-slug='{slug}'] [data-plan-add] button").click()
    expect(page.locator("dialog")).to_have_count(0)
    expect(page.locator(f"li.card[data-slug='{slug}'] .plan-added")).to_contain_text(f"Added as your choice for {labels['mentoring_areas']['tenure']}")
    open_planner(page, site_url)
    expect(need_item(page, "tenure").locator(".need-title")).to_have_text(labels["mentoring_areas"]["tenure"])
    expect(candidate(page, "tenure", slug).locator("[data-choice-badge]")).to_be_visible()
    page.goto(f"{site_url}/mentors/{slug}/")
    expect(page.locator(".plan-added")).to_contain_text(f"In your mentors for {labels['mentoring_areas']['tenure']}")


def test_a_mentor_page_asks_which_of_the_mentors_areas_the_mentee_means(page, site_url, profiles, labels) -> None:
    slug, profile = next((s, p) for s, p in profiles.items() if len(p["mentoring_areas"]) >= 3)
    page.goto(f"{site_url}/mentors/{slug}/")
    page.locator("[data-plan-add] button").click()
    dialog = page.locator("dialog[open]")
    expect(dialog.locator("label")).to_have_text([labels["mentoring_areas"][a] for a in profile["mentoring_areas"]])
    wanted = profile["mentoring_areas"][2]
    dialog.get_by_label(labels["mentoring_areas"][wanted]).check()
    dialog.get_by_role("button", name="Add").click()
    expect(page.locator(".plan-added")).to_contain_text(labels["mentoring_areas"][wanted])
    open_planner(page, site_url)
    expect(page.locator(NEEDS)).to_have_count(1)
    expect(candidate(page, wanted, slug)).to_be_visible()


def test_cancelling_the_question_adds_nothing(page, site_url, profiles) -> None:
    slug = next(s for s, p in profiles.items() if len(p["mentoring_areas"]) >= 2)
    page.goto(f"{site_url}/mentors/{slug}/")
    page.locator("[data-plan-add] button").click()
    page.locator("dialog[open]").get_by_role("button", name="Cancel").click()
    expect(page.locator(".plan-added")).to_be_empty()
    open_planner(page, site_url)
    expect(page.locator(NEEDS)).to_have_count(0)
    expect(page.locator("[data-empty]")).to_be_visible()


def test_the_directory_page_fetches_the_records_once_for_filtering_and_adding(page, site_url, records, profiles, labels) -> None:
    """The directory's search and "Add to my mentors" share one loaded copy of search/records.json."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url) if urlsplit(request.url).path.endswith("/records.json") else None)
    slug, profile = next((s, p) for s, p in profiles.items() if len(p["mentoring_areas"]) >= 2)
    name = next(m["name"] for m in records["mentors"] if m["slug"] == slug)
    page.goto(site_url + "/")
    page.locator('html[data-directory="ready"]').wait_for(state="attached")
    page.locator("input[type=search]").fill(name)
    page.locator('html[data-directory="ready"]').wait_for(state="attached")
    page.locator(f"li.card[data-slug='{slug}'] [data-plan-add] button").click()
    dialog = page.locator("dialog[open]")
    expect(dialog.locator("label")).to_have_text([labels["mentoring_areas"][a] for a in profile["mentoring_areas"]])
    dialog.get_by_role("button", name="Add").click()
    expect(page.locator(f"li.card[data-slug='{slug}'] .plan-added")).to_contain_text("Added")
    assert len(requested) == 1, requested


def test_a_second_mentor_is_a_candidate_until_chosen_and_removing_leaves_a_gap_with_a_link(page, site_url, profiles, labels) -> None:
    first, second = with_areas(profiles, "leadership")[:2]
    add_from_topic_page(page, site_url, "leadership", first)
    add_from_topic_page(page, site_url, "leadership", second)
    expect(page.locator(f"li.card[data-slug='{second}'] .plan-added")).to_contain_text("Added as a candidate")
    open_planner(page, site_url)
    expect(candidate(page, "leadership", first).locator("[data-choice-badge]")).to_be_visible()
    expect(candidate(page, "leadership", second).locator("[data-candidate-badge]")).to_be_visible()

    candidate(page, "leadership", second).get_by_role("button", name="Make my choice").click()
    expect(candidate(page, "leadership", second).locator("[data-choice-badge]")).to_be_visible()
    expect(candidate(page, "leadership", first).locator("[data-candidate-badge]")).to_be_visible()
    expect(page.locator("[data-reach-out]:not([hidden])")).to_have_count(1)

    candidate(page, "leadership", second).get_by_role("button", name="Remove").click()
    expect(candidate(page, "leadership", second)).to_have_count(0)
    expect(candidate(page, "leadership", first).locator("[data-choice-badge]")).to_be_visible()
    candidate(page, "leadership", first).get_by_role("button", name="Remove").click()
    gap = need_item(page, "leadership").locator("[data-gap-empty]")
    expect(gap).to_contain_text(f"No one yet for {labels['mentoring_areas']['leadership']}")
    gap.get_by_role("link").click()
    expect(page).to_have_url(f"{site_url}/areas/leadership/")


def test_needs_reorder_and_remove_and_everything_survives_a_reload(page, site_url, profiles, labels) -> None:
    open_planner(page, site_url)
    for area in ("tenure", "job-search", "grants"):
        page.locator("#new-need").select_option(area)
        page.get_by_role("button", name="Add need").click()
    need_item(page, "grants").get_by_role("button", name="Move up").click()
    need_item(page, "tenure").get_by_role("button", name="Remove need").click()
    need_item(page, "grants").get_by_label("Private note").fill("Ask about the spring deadline")
    need_item(page, "grants").get_by_label("What you hope to get out of it").fill("A first grant application")
    page.reload()
    expect(page.locator(f"{NEEDS} .need-title")).to_have_text([labels["mentoring_areas"][a] for a in ("grants", "job-search")])
    expect(need_item(page, "grants").get_by_label("Private note")).to_have_value("Ask about the spring deadline")
    expect(need_item(page, "grants").get_by_label("What you hope to get out of it")).to_have_value("A first grant application")
    expect(need_item(page, "grants").locator("[data-gap-empty]")).to_be_visible()


def test_warnings_for_a_mentor_who_is_not_accepting_or_may_be_out_of_date(page, site_url, profiles) -> None:
    closed = next(s for s, p in profiles.items() if not p["accepting_mentees"])
    stale = next(s for s, p in profiles.items() if months_old(p) >= 12)
    open_now = next(s for s, p in profiles.items() if p["accepting_mentees"] and months_old(p) < 12 and p.get("capacity") != 0)
    area = profiles[closed]["mentoring_areas"][0]
    seed(page, site_url, plan_of((area, [closed]), (profiles[stale]["mentoring_areas"][0], [stale]),
                                 (profiles[open_now]["mentoring_areas"][0], [open_now])))
    expect(candidate(page, area, closed).locator("[data-warnings]")).to_contain_text("Not taking new mentees")
    expect(candidate(page, profiles[stale]["mentoring_areas"][0], stale).locator("[data-warnings]")).to_contain_text("may be out of date")
    expect(candidate(page, profiles[open_now]["mentoring_areas"][0], open_now).locator("[data-warnings] li")).to_have_count(0)


def records_without(records: dict, key: str) -> dict:
    """records.json as a site that leaves the facet `key` out of MENTOR_FACETS builds it."""
    return {
        **records,
        "facets": [f for f in records["facets"] if f["key"] != key],
        "mentors": [{**m, "facets": {k: v for k, v in m["facets"].items() if k != key}} for m in records["mentors"]],
    }


@pytest.mark.parametrize("accepting_field", [False, True], ids=["without-accepting-field", "with-accepting-field"])
def test_availability_left_out_of_the_facets_flags_no_one_unless_the_record_says(page, site_url, records, profiles, accepting_field) -> None:
    closed = next(s for s, p in profiles.items() if not p["accepting_mentees"])
    data = records_without(records, "availability")
    if not accepting_field:  # records written before the build carried `accepting: false`
        for mentor in data["mentors"]:
            mentor.pop("accepting", None)
    body = json.dumps(data)
    page.route("**/records.json", lambda route: route.fulfill(status=200, content_type="application/json", body=body))
    area = profiles[closed]["mentoring_areas"][0]
    seed(page, site_url, plan_of((area, [closed])))
    page.locator('html[data-planner="ready"]').wait_for(state="attached")
    warnings = candidate(page, area, closed).locator("[data-warnings]")
    if accepting_field:
        expect(warnings).to_contain_text("Not taking new mentees")
    else:
        expect(warnings).not_to_contain_text("Not taking new mentees")


def test_an_accepting_mentor_with_no_room_left_is_flagged_as_full(page, site_url, records, profiles) -> None:
    slug = next(s for s, p in profiles.items() if p["accepting_mentees"] and months_old(p) < 12)
    full_records = json.loads(json.dumps(records))
    next(m for m in full_records["mentors"] if m["slug"] == slug)["capacity"] = 0
    page.route("**/search/records.json", lambda route: route.fulfill(json=full_records))
    area = profiles[slug]["mentoring_areas"][0]
    seed(page, site_url, plan_of((area, [slug])))
    expect(candidate(page, area, slug).locator("[data-warnings]")).to_have_text("Full: no room for new mentees right now.")


def test_a_mentor_who_left_the_directory_is_flagged_in_an_older_plan(page, site_url, profiles) -> None:
    gone = next(path.stem for path in sorted((DEMO_CONTENT / "mentors").iterdir())
                if path.suffix in {".md", ".yaml", ".yml"} and path.stem not in profiles)
    seed(page, site_url, plan_of(("tenure", [gone])))
    expect(candidate(page, "tenure", gone).locator("[data-warnings]")).to_contain_text("No longer listed in the directory")


# ----- reaching out -----------------------------------------------------------------------

def test_the_email_link_names_the_need_the_goal_and_the_way_to_meet(page, site_url, profiles, labels) -> None:
    slug, profile = next((s, p) for s, p in profiles.items()
                         if p["contact"].get("email") and len(p["meeting_modes"]) >= 2 and p["accepting_mentees"])
    area, mode = profile["mentoring_areas"][0], profile["meeting_modes"][1]
    seed(page, site_url, plan_of((area, [slug])))
    page.get_by_label("Your name, to sign your messages").fill("Alex Rivera")
    page.get_by_label("Your name, to sign your messages").press("Tab")
    chosen = candidate(page, area, slug)
    need_item(page, area).get_by_label("What you hope to get out of it").fill("Confidence for my first review")
    chosen.get_by_label("Proposed way to meet").select_option(mode)
    send = chosen.get_by_role("link", name=f"Email {profile['name']}")
    expect(send).to_have_attribute("href", re.compile(r"^mailto:"))
    href = send.get_attribute("href")
    parts = urlsplit(href)
    query = parse_qs(parts.query)
    assert unquote(parts.path) == profile["contact"]["email"]
    assert labels["mentoring_areas"][area] in query["subject"][0]
    body = query["body"][0]
    for expected in (profile["name"], labels["mentoring_areas"][area].lower(), "Confidence for my first review",
                     labels["meeting_modes"][mode].lower(), "Alex Rivera"):
        assert expected in body, expected

    message = chosen.get_by_label("Your introduction")
    message.fill(message.input_value() + "\nP.S. I loved your talk.")
    assert "P.S. I loved your talk." in parse_qs(urlsplit(send.get_attribute("href")).query)["body"][0]

    chosen.get_by_role("button", name="Mark contacted today").click()
    local_today = page.evaluate("() => new Date().toLocaleDateString('sv')")
    expect(chosen.locator("[data-contacted]")).to_contain_text(f"Contacted on {local_today}")
    page.reload()
    expect(candidate(page, area, slug).locator("[data-contacted]")).to_be_visible()
    expect(candidate(page, area, slug).get_by_label("Your introduction")).to_have_value(re.compile(r"P\.S\. I loved your talk\.$"))


def test_a_mentor_without_email_is_reached_through_their_contact_page(page, site_url, profiles) -> None:
    slug, profile = next((s, p) for s, p in profiles.items() if not p["contact"].get("email"))
    area = profile["mentoring_areas"][0]
    seed(page, site_url, plan_of((area, [slug])))
    chosen = candidate(page, area, slug)
    expect(chosen.get_by_role("link", name=f"Contact page for {profile['name']}")).to_have_attribute("href", profile["contact"]["url"])
    expect(chosen.locator("[data-send]")).to_be_hidden()


# ----- keeping and sharing the plan -------------------------------------------------------

def test_export_then_clear_then_import_gives_back_the_same_plan(page, site_url, profiles, tmp_path) -> None:
    tenure, leadership = with_areas(profiles, "tenure")[0], with_areas(profiles, "leadership")[1]
    plan = plan_of(("tenure", [tenure]), ("leadership", [leadership]), ("grants", []))
    plan["needs"][0]["note"] = "private thought"
    seed(page, site_url, plan)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export my plan as a file").click()
    exported = tmp_path / "plan.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["needs"] == as_version_2(plan, profiles)["needs"]

    page.get_by_role("button", name="Clear everything").click()
    page.get_by_role("button", name="Yes, delete my plan").click()
    expect(page.locator(NEEDS)).to_have_count(0)
    page.reload()
    expect(page.locator(NEEDS)).to_have_count(0)

    page.locator("#import-file").set_input_files(exported)
    expect(page.locator("[data-status]")).to_contain_text("Imported your plan")
    expect(page.locator(NEEDS)).to_have_count(3)
    expect(need_item(page, "tenure").get_by_label("Private note")).to_have_value("private thought")
    page.reload()
    expect(candidate(page, "leadership", leadership)).to_be_visible()


def test_a_file_that_is_not_a_plan_changes_nothing(page, site_url, profiles, tmp_path) -> None:
    seed(page, site_url, plan_of(("tenure", [with_areas(profiles, "tenure")[0]])))
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"hello": "world"}', encoding="utf-8")
    page.locator("#import-file").set_input_files(wrong)
    expect(page.locator("[data-status]")).to_contain_text("not a mentoring plan")
    expect(page.locator(NEEDS)).to_have_count(1)


def test_a_share_link_shows_the_plan_read_only_without_private_notes_and_can_be_imported(page, site_url, profiles) -> None:
    slug = with_areas(profiles, "tenure")[0]
    plan = plan_of(("tenure", [slug]), ("grants", []))
    plan["needs"][0]["note"] = "my secret worry"
    plan["needs"][0]["goal"] = "Finish my dossier — « bientôt » 日本"
    seed(page, site_url, plan)
    page.get_by_role("button", name="Make a share link").click()
    link = page.locator("[data-share-link]").input_value()
    assert link.startswith(f"{site_url}{PLANNER}#plan=")
    page.goto(site_url + "/")
    page.goto(link)
    expect(page.locator("[data-replace-warning]")).to_contain_text("replaces your own plan (2 needs)")
    page.get_by_role("link", name="Back to my own plan").click()
    expect(page.locator("[data-shared-banner]")).to_be_hidden()
    expect(need_item(page, "tenure").get_by_label("Private note")).to_have_value("my secret worry")
    page.get_by_role("button", name="Clear everything").click()
    page.get_by_role("button", name="Yes, delete my plan").click()

    page.goto(site_url + "/")
    page.goto(link)
    expect(page.locator("[data-shared-banner]")).to_be_visible()
    expect(page.locator("[data-replace-warning]")).to_be_hidden()
    shared = page.locator(NEEDS)
    expect(shared).to_have_count(2)
    expect(shared.first).to_contain_text(profiles[slug]["name"])
    expect(shared.first).to_contain_text("Finish my dossier — « bientôt » 日本")
    expect(page.locator("main")).not_to_contain_text("my secret worry")
    expect(page.locator("main textarea:visible, main button:visible:text('Remove need')")).to_have_count(0)

    page.get_by_role("button", name="Use this plan as mine").click()
    expect(page.locator("[data-shared-banner]")).to_be_hidden()
    assert "#plan=" not in page.url
    page.reload()
    expect(candidate(page, "tenure", slug)).to_be_visible()
    expect(need_item(page, "tenure").get_by_label("What you hope to get out of it")).to_have_value("Finish my dossier — « bientôt » 日本")


def test_a_plan_from_a_file_or_link_keeps_only_well_formed_parts(page, site_url) -> None:
    open_planner(page, site_url)
    cleaned = page.evaluate("""async () => {
      const { normalizePlan } = await import("../theme/js/plan-model.js");
      return normalizePlan({
        version: 1, name: 42, extra: "dropped",
        needs: [
          { area: "../../etc", goal: "x" },
          { area: "<img src=x>", goal: "x" },
          { area: "tenure", goal: "g".repeat(6000), note: ["not text"], choice: "someone-else",
            candidates: [{ slug: "ada" , contacted: "yesterday", mode: "VIDEO" }, { slug: "ada" }, { slug: "a b" }] },
          { area: "tenure", goal: "duplicate" },
        ],
      });
    }""")
    assert cleaned == {"version": 2, "name": "", "needs": [{
        "area": "tenure", "goal": "g" * 5000, "note": "", "choice": None, "history": [],
        "candidates": [{"slug": "ada", "name": "", "mode": "", "message": "", "rhythm": "",
                        **dict.fromkeys(("contacted", "followedUp", "replied", "met", "ended"), "")}],
    }]}
    assert page.evaluate("""async () => {
      const { normalizePlan } = await import("../theme/js/plan-model.js");
      return [normalizePlan({ version: 3, needs: [] }), normalizePlan("text"), normalizePlan(null)];
    }""") == [None, None, None]


def test_printing_shows_the_plan_without_the_controls(page, site_url, profiles) -> None:
    slug = with_areas(profiles, "tenure")[0]
    seed(page, site_url, plan_of(("tenure", [slug])))
    page.emulate_media(media="print")
    expect(candidate(page, "tenure", slug).locator("[data-mentor-link]")).to_be_visible()
    for hidden in (".need-order", ".candidate-actions", ".need-note", ".planner-keep", ".planner-choose", ".site-header"):
        expect(page.locator(hidden).first).to_be_hidden()


# ----- help me choose ---------------------------------------------------------------------

ANSWERS = {"needs": ["tenure", "leadership"], "library": "academic", "region": "Midwest",
           "timezone": "America/Chicago", "modes": ["video", "phone"], "language": "Spanish"}


def utc_minutes(name: str) -> int:
    return int(ZoneInfo(name).utcoffset(OFFSET_REFERENCE).total_seconds() // 60)


def expected_ranking(profiles: dict[str, dict], answers: dict, identities: list[str] | None = None,
                     priority: str = "career") -> list[tuple[str, int]]:
    """The rules under "How the ranking works", applied to the profiles as written: more needs
    covered first, then the higher score, then the directory's order."""
    career = 2 if identities is not None and priority == "career" else 1
    identity = 2 if identities is not None and priority == "identity" else 1
    scored = []
    for position, (slug, p) in enumerate(profiles.items()):
        score = 3 * len(set(answers["needs"]) & set(p["mentoring_areas"]))
        score += 2 * career if p["library_type"] == answers["library"] else 0
        if p.get("timezone"):
            apart = abs(utc_minutes(p["timezone"]) - utc_minutes(answers["timezone"]))
            score += 2 if apart == 0 else 1 if apart <= 180 else 0
        score += 1 if (p.get("location") or {}).get("region") == answers["region"] else 0
        score += 1 if set(answers["modes"]) & set(p["meeting_modes"]) else 0
        score += 2 if answers["language"] in p.get("languages", []) else 0
        if identities is not None:
            score += 2 * identity * len(set(identities) & set(p.get("identities", [])))
        score -= 6 if not p["accepting_mentees"] or p.get("capacity") == 0 else 0
        score -= 1 if months_old(p) >= 12 else 0
        covered = len(set(answers["needs"]) & set(p["mentoring_areas"]))
        scored.append((-covered, -score, position, slug))
    return [(slug, -negative) for _, negative, _, slug in sorted(scored)]


def answer(page, answers: dict) -> None:
    form = page.locator("#choose")
    for box in form.locator("input[name=needs]:checked").all():
        box.uncheck()
    for need in answers["needs"]:
        form.locator(f"input[name=needs][value='{need}']").check()
    form.get_by_label("Your kind of library").select_option(answers["library"])
    form.get_by_label("Your region").select_option(label=answers["region"])
    form.get_by_label("Your time zone").select_option(label=next(
        o for o in form.get_by_label("Your time zone").locator("option").all_text_contents() if o.startswith(answers["timezone"])))
    form.get_by_label("Language you want to be mentored in").select_option(label=answers["language"])
    for mode in answers["modes"]:
        form.locator(f"input[name=modes][value='{mode}']").check()


def shown_ranking(page) -> list[tuple[str, int]]:
    items = page.locator("[data-ranking] > li")
    return [(item.get_attribute("data-mentor"), int(item.locator(".ranked-score").inner_text().split()[0]))
            for item in items.all()]


def test_help_me_choose_ranks_mentors_by_the_stated_rules_and_says_why(page, site_url, profiles, labels) -> None:
    open_planner(page, site_url)
    answer(page, ANSWERS)
    page.get_by_role("button", name="Rank mentors").click()
    expect(page.locator("[data-ranking-heading]")).to_be_focused()
    expected = expected_ranking(profiles, ANSWERS)[:10]
    assert shown_ranking(page) == expected

    top_slug = expected[0][0]
    top = profiles[top_slug]
    why = page.locator(f"[data-ranking] > li[data-mentor='{top_slug}'] .ranked-why").inner_text()
    for need in set(ANSWERS["needs"]) & set(top["mentoring_areas"]):
        assert labels["mentoring_areas"][need] in why
    if top.get("timezone") and utc_minutes(top["timezone"]) == utc_minutes(ANSWERS["timezone"]):
        assert "shares your time zone" in why
    shared_modes = set(ANSWERS["modes"]) & set(top["meeting_modes"])
    for mode in shared_modes:
        assert labels["meeting_modes"][mode].lower() in why
    assert "identit" not in page.locator("[data-ranking]").inner_text()

    closed = [slug for slug, _ in expected if not profiles[slug]["accepting_mentees"]]
    for slug in closed:
        expect(page.locator(f"[data-ranking] > li[data-mentor='{slug}'] .ranked-but")).to_contain_text("not taking new mentees")


def test_a_mentor_covering_none_of_the_needs_never_ranks_above_one_covering_one(page, site_url, profiles) -> None:
    by_area = Counter(area for p in profiles.values() for area in p["mentoring_areas"])
    rare = min(by_area, key=lambda area: (by_area[area], area))
    answers = {**ANSWERS, "needs": [rare]}
    covering = {slug for slug, p in profiles.items() if rare in p["mentoring_areas"]}
    scores = dict(expected_ranking(profiles, answers))
    assert max(scores[s] for s in profiles if s not in covering) > min(scores[s] for s in covering), \
        "the demo must have a mentor whose other answers outscore one who covers the need"
    open_planner(page, site_url)
    answer(page, answers)
    page.get_by_role("button", name="Rank mentors").click()
    shown = shown_ranking(page)
    assert shown == expected_ranking(profiles, answers)[:10]
    flags = [slug in covering for slug, _ in shown]
    assert flags == sorted(flags, reverse=True) and any(flags) and not all(flags)
    expect(page.locator(".how-ranked")).to_contain_text(
        "a mentor who helps with none of them never ranks above one who helps with one")


def test_identity_counts_only_when_the_mentee_opts_in(page, site_url, profiles) -> None:
    shared_identities = sorted({i for p in profiles.values() for i in p.get("identities", [])})
    chosen = shared_identities[:2]
    open_planner(page, site_url)
    answer(page, ANSWERS)
    form = page.locator("#choose")
    expect(form.locator("[data-identity-details]")).to_be_hidden()
    page.get_by_role("button", name="Rank mentors").click()
    without = shown_ranking(page)
    assert without == expected_ranking(profiles, ANSWERS)[:10]

    form.get_by_label("Also rank by identities I share with a mentor").check()
    for identity in chosen:
        form.locator("[data-identity-details]").get_by_label(identity, exact=True).check()
    form.get_by_label("A shared identity").check()
    page.get_by_role("button", name="Rank mentors").click()
    expected = expected_ranking(profiles, ANSWERS, chosen, "identity")[:10]
    assert shown_ranking(page) == expected
    for slug, _ in expected:
        if set(chosen) & set(profiles[slug].get("identities", [])):
            expect(page.locator(f"[data-ranking] > li[data-mentor='{slug}'] .ranked-why")).to_contain_text("you chose")

    form.get_by_label("Also rank by identities I share with a mentor").uncheck()
    page.get_by_role("button", name="Rank mentors").click()
    assert shown_ranking(page) == without


def test_a_ranked_mentor_can_be_added_for_the_one_need_they_match(page, site_url, profiles) -> None:
    open_planner(page, site_url)
    answers = {**ANSWERS, "needs": ["grants"]}
    answer(page, answers)
    page.get_by_role("button", name="Rank mentors").click()
    slug = expected_ranking(profiles, answers)[0][0]
    assert "grants" in profiles[slug]["mentoring_areas"]
    page.locator(f"[data-ranking] > li[data-mentor='{slug}']").get_by_role("button", name="Add to my mentors").click()
    expect(candidate(page, "grants", slug).locator("[data-choice-badge]")).to_be_visible()


# ----- keyboard only, and without JavaScript ----------------------------------------------

def test_the_whole_flow_works_with_the_keyboard_alone(page, site_url, profiles, labels) -> None:
    slug, profile = next((s, p) for s, p in profiles.items()
                         if len(p["mentoring_areas"]) >= 2 and p["accepting_mentees"] and p["contact"].get("email"))
    other = next(s for s in with_areas(profiles, profile["mentoring_areas"][0]) if s != slug)
    page.goto(f"{site_url}/mentors/{slug}/")
    expect(page.locator("[data-plan-add]")).to_be_visible()
    tab_to(page, "[data-plan-add] button")
    page.keyboard.press("Enter")
    expect(page.locator("dialog[open]")).to_be_visible()
    page.keyboard.press("ArrowDown")
    tab_to(page, "dialog button[value=add]")
    page.keyboard.press("Enter")
    second_area = profile["mentoring_areas"][1]
    expect(page.locator(".plan-added")).to_contain_text(labels["mentoring_areas"][second_area])
    expect(page.locator("[data-plan-add] button")).to_be_focused()

    add_from_topic_page(page, site_url, profile["mentoring_areas"][0], other)
    open_planner(page, site_url)
    first_area = profile["mentoring_areas"][0]
    expect(page.locator(f"{NEEDS} .need-title")).to_have_text([labels["mentoring_areas"][second_area], labels["mentoring_areas"][first_area]])
    tab_to(page, f"{NEEDS}[data-area='{first_area}'] [data-move='-1']")
    page.keyboard.press("Enter")
    expect(page.locator(f"{NEEDS} .need-title")).to_have_text([labels["mentoring_areas"][first_area], labels["mentoring_areas"][second_area]])
    expect(page.locator("[data-status]")).to_contain_text("now need 1 of 2")

    tab_to(page, f"{NEEDS}[data-area='{second_area}'] [data-mark-contacted]")
    page.keyboard.press("Enter")
    expect(candidate(page, second_area, slug).locator("[data-contacted]")).to_be_visible()
    expect(candidate(page, second_area, slug).locator("[data-unmark-contacted]")).to_be_focused()

    page.locator("#needs-heading").focus()
    tab_to(page, f"{NEEDS}[data-area='{first_area}'] [data-remove-need]")
    page.keyboard.press("Enter")
    expect(page.locator(NEEDS)).to_have_count(1)
    expect(need_item(page, second_area).locator(".need-title")).to_be_focused()

    tab_to(page, "#choose input[name=needs]")
    page.keyboard.press("Space")
    tab_to(page, "#choose button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("[data-ranking-heading]")).to_be_focused()
    expect(page.locator("[data-ranking] > li")).to_have_count(10)


def test_without_javascript_the_planner_explains_itself_and_cards_offer_no_planning(page_without_js, site_url) -> None:
    page_without_js.goto(site_url + PLANNER)
    expect(page_without_js.locator("[data-planner-fallback]")).to_contain_text("needs JavaScript")
    expect(page_without_js.locator("div[data-planner]")).to_be_hidden()
    expect(page_without_js.locator("[data-planner-fallback] a")).to_have_attribute("href", "../browse/")
    page_without_js.goto(site_url + "/")
    expect(page_without_js.locator("[data-plan-add]:visible")).to_have_count(0)
    expect(page_without_js.get_by_role("link", name="My mentors")).to_be_visible()


def test_planner_says_ready_once_it_has_rendered(page, site_url) -> None:
    """The contract tests wait on (theme/static/js/ready-signal.js)."""
    page.goto(site_url + PLANNER)
    page.locator('html[data-planner="ready"]').wait_for(state="attached")
    assert page.locator("div[data-planner]").is_visible()
    assert page.locator("[data-planner-fallback]").is_hidden()
