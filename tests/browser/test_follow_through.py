"""Follow-through in the planner: following up on the right day, the next candidate, mentors who
left the listings, the relationship's dates and calendar file, and telling the organisers.

The browser's clock is set with Playwright's clock API, never waited on. Mentors are picked
from the built records, so the tests follow the demo data.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from axe_check import axe_violations, describe
from site_builder import DEMO_CONTENT, build

pytestmark = pytest.mark.browser

PLANNER = "/my-mentors/"
STORAGE = "mentor-directory-plan"
CONTACT = "mentoring@example.org"
REPOSITORY = "https://github.com/example/mentors"


@pytest.fixture(scope="module")
def program_url(tmp_path_factory: pytest.TempPathFactory, serve) -> str:
    """The demo built with a program contact and repository, so "Tell the organisers" is offered."""
    output = build(DEMO_CONTENT, tmp_path_factory.mktemp("program") / "output",
                   MENTOR_PROGRAM_CONTACT=CONTACT, MENTOR_REPOSITORY_URL=REPOSITORY)
    return serve(output)


@pytest.fixture(scope="module")
def axe_source() -> str:
    return (Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def pair(records: dict) -> tuple[str, str, str]:
    """An area with two accepting mentors who state no reply time: (area, first, second)."""
    by_area: dict[str, list[str]] = {}
    for mentor in records["mentors"]:
        if "accepting" in mentor["facets"].get("availability", []) and "reply_time" not in mentor and not mentor.get("stale"):
            for area in mentor["facets"]["area"]:
                by_area.setdefault(area, []).append(mentor["slug"])
    area, slugs = next((a, s) for a, s in by_area.items() if len(s) >= 2)
    return area, slugs[0], slugs[1]


def name_of(records: dict, slug: str) -> str:
    return next(m["name"] for m in records["mentors"] if m["slug"] == slug)


def candidate_entry(slug: str, **dates: str) -> dict:
    return {"slug": slug, "name": "", "mode": "", "message": "", "contacted": "", "followedUp": "", "replied": "",
            "met": "", "rhythm": "", "ended": "", **dates}


def plan(area: str, *candidates: dict, history: list | None = None) -> dict:
    return {"version": 2, "name": "Alex", "needs": [{"area": area, "goal": "", "note": "",
            "choice": candidates[0]["slug"] if candidates else None, "candidates": list(candidates), "history": history or []}]}


def open_with(page, site_url: str, stored: dict | None = None) -> None:
    """Store a plan from a light page of the same site, then open the planner and wait for it."""
    if stored is not None:
        page.goto(site_url + "/about/")
        page.evaluate("([key, plan]) => localStorage.setItem(key, JSON.stringify(plan))", [STORAGE, stored])
    page.goto(site_url + PLANNER)
    expect(page.locator("div[data-planner]")).to_be_visible()


def reopen_on(page, day: str) -> None:
    page.clock.set_fixed_time(f"{day}T09:00:00")
    page.reload()
    expect(page.locator("div[data-planner]")).to_be_visible()


def candidate(page, area: str, slug: str):
    return page.locator(f"li.need[data-area='{area}'] li.candidate[data-mentor='{slug}']")


def stored(page) -> dict:
    return page.evaluate("(key) => JSON.parse(localStorage.getItem(key))", STORAGE)


# ----- following up, then the next candidate ------------------------------------------------

def test_the_follow_up_comes_on_the_program_day_then_the_next_candidate_takes_over_in_one_step(page, site_url, records) -> None:
    area, first, second = pair(records)
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, site_url, plan(area, candidate_entry(first), candidate_entry(second)))
    chosen = candidate(page, area, first)
    chosen.get_by_role("button", name="Mark contacted today").click()
    note = chosen.locator("[data-follow-up-note]")
    expect(note).to_contain_text("Follow up on 3 December 2026 (the program suggests 10 days)")
    expect(chosen.locator("[data-move-on]")).to_be_hidden()

    reopen_on(page, "2026-12-02")
    expect(note).to_contain_text("Follow up on 3 December 2026")
    expect(chosen.locator("[data-follow-up-box]")).to_be_hidden()

    reopen_on(page, "2026-12-03")
    expect(note).to_contain_text(f"It is 10 days since you wrote to {name_of(records, first)}")
    expect(chosen.get_by_label("Your follow-up (edit freely)")).to_have_value(re.compile("I wrote to you on 23 November 2026"))
    send = chosen.locator("[data-follow-up-send]")
    expect(send).to_be_visible()
    query = parse_qs(urlsplit(send.get_attribute("href")).query)
    assert query["subject"][0].startswith("Following up: mentoring request for")
    chosen.get_by_role("button", name="Mark followed up today").click()
    expect(note).to_contain_text("followed up on 3 December 2026")

    chosen.get_by_role("button", name=f"Try my next candidate: {name_of(records, second)}").click()
    now_chosen = candidate(page, area, second)
    expect(now_chosen.locator("[data-choice-badge]")).to_be_visible()
    expect(now_chosen.locator("[data-mentor-link]")).to_be_focused()
    expect(candidate(page, area, first)).to_have_count(0)
    history = page.locator(f"li.need[data-area='{area}'] [data-history]")
    expect(history).to_contain_text(f"{name_of(records, first)}: wrote on 23 November 2026, followed up on 3 December 2026")
    expect(page.locator("[data-status]")).to_contain_text(f"{name_of(records, first)} stays in this need's history")
    kept = stored(page)["needs"][0]
    assert kept["choice"] == second and kept["history"][0]["slug"] == first and kept["history"][0]["left"] == "2026-12-03"


def test_a_mentors_stated_reply_time_sets_the_follow_up_day(page, site_url, records) -> None:
    mentor = next(m for m in records["mentors"] if m.get("reply_time"))
    area = mentor["facets"]["area"][0]
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, site_url, plan(area, candidate_entry(mentor["slug"], contacted="2026-11-23")))
    note = candidate(page, area, mentor["slug"]).locator("[data-follow-up-note]")
    due = f"{23 + mentor['reply_time']} November 2026" if mentor["reply_time"] <= 7 else None
    expect(note).to_contain_text(f"{mentor['name']} usually replies within {mentor['reply_time']} days")
    if due:
        expect(note).to_contain_text(f"Follow up on {due}")


def test_a_mentor_who_left_the_listings_is_named_with_what_happened_never_as_an_id(page, site_url, records) -> None:
    area, listed, _ = pair(records)
    page.clock.install(time="2026-11-23T09:00:00")
    gone = candidate_entry("pat-left-the-program", name="Pat Example", contacted="2026-10-01")
    open_with(page, site_url, plan(area, gone, candidate_entry(listed)))
    item = candidate(page, area, "pat-left-the-program")
    expect(item.locator("[data-mentor-link]")).to_have_text("Pat Example")
    expect(item.locator("[data-warnings]")).to_contain_text("No longer listed")
    expect(item).not_to_contain_text("pat-left-the-program")
    expect(item.get_by_role("button", name=f"Try my next candidate: {name_of(records, listed)}")).to_be_visible()


def test_a_version_1_plan_still_loads_and_keeps_names_from_then_on(page, site_url, records) -> None:
    area, first, second = pair(records)
    old = {"version": 1, "name": "", "needs": [{"area": area, "goal": "Grow", "note": "mine", "choice": first, "candidates": [
        {"slug": first, "mode": "", "message": "", "contacted": "2026-11-20"}, {"slug": second, "mode": "", "message": "", "contacted": ""}]}]}
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, site_url, old)
    expect(candidate(page, area, first).locator("[data-choice-badge]")).to_be_visible()
    expect(candidate(page, area, first).locator("[data-follow-up-note]")).to_contain_text("Follow up on 30 November 2026")
    page.get_by_label("Your name, to sign your messages").fill("Alex")   # any change saves the migrated plan
    saved = stored(page)
    assert saved["version"] == 2
    assert [c["name"] for c in saved["needs"][0]["candidates"]] == [name_of(records, first), name_of(records, second)]
    assert saved["needs"][0]["goal"] == "Grow" and saved["needs"][0]["history"] == []


# ----- the relationship over time and the calendar file --------------------------------------

def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_the_relationship_shows_the_month_and_its_guide_and_the_calendar_file_imports(page, site_url, records) -> None:
    area, first, _ = pair(records)
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, site_url, plan(area, candidate_entry(first, contacted="2026-11-10")))
    chosen = candidate(page, area, first)
    chosen.get_by_label("Replied on").fill("2026-11-12")
    chosen.get_by_label("First meeting").fill("2026-12-01")
    expect(chosen.locator("[data-month-text]")).to_have_text("Your 6 months start on 1 December 2026.")
    expect(chosen.locator("[data-follow-up-note]")).to_be_hidden()

    reopen_on(page, "2027-01-05")
    expect(chosen.locator("[data-month-text]")).to_have_text("Month 2 of 6: Where you are now.")
    guide = chosen.get_by_role("link", name=re.compile("What to talk about in month 2"))
    expect(guide).to_have_attribute("href", re.compile(r"/discussion-topics/$"))
    expect(chosen.locator("[data-next-meeting]")).to_contain_text("1 February 2027")
    expect(chosen.locator("[data-milestones]")).to_contain_text("checks in after month 3: 1 March 2027")

    with page.expect_download() as download_info:
        chosen.get_by_role("button", name=re.compile("Add to my calendar")).click()
    download = download_info.value
    assert download.suggested_filename == f"mentoring-{first}.ics"
    raw = Path(download.path()).read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n"), "every line ends with CRLF"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "lines are folded at 75 octets"
    lines = unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    events: list[dict[str, str]] = []
    inside = False
    for line in lines:
        if line in ("BEGIN:VEVENT", "END:VEVENT"):
            inside = line == "BEGIN:VEVENT"
            events += [{}] if inside else []
        elif inside:
            name, value = line.split(":", 1)
            events[-1][name] = value
    assert [e["DTSTART;VALUE=DATE"] for e in events] == [
        "20261201", "20270101", "20270201", "20270301", "20270401", "20270501", "20270301", "20270601"]
    assert len({e["UID"] for e in events}) == len(events)
    assert all(re.fullmatch(r"\d{8}T\d{6}Z", e["DTSTAMP"]) for e in events)
    assert events[0]["SUMMARY"].startswith(f"Mentoring: first meeting with {name_of(records, first)}")
    assert "each other\\; fill in the partnership agreement" in events[0]["DESCRIPTION"], "text is escaped"
    assert events[-1]["SUMMARY"].startswith(f"Mentoring with {name_of(records, first)} ends")


def test_calendar_lines_fold_between_characters_not_inside_them(page, site_url) -> None:
    page.goto(site_url + PLANNER)
    parts = page.evaluate("""async () => {
      const { foldLine } = await import(new URL("../theme/js/plan-calendar.js", location.href).href);
      return foldLine("SUMMARY:" + "é".repeat(100)).split("\\r\\n");
    }""")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == "SUMMARY:" + "é" * 100


# ----- telling the organisers ------------------------------------------------------------------

def test_a_need_with_no_mentor_can_tell_the_organisers_after_showing_exactly_what_is_shared(page, program_url) -> None:
    open_with(page, program_url, plan("tenure"))
    need = page.locator("li.need[data-area='tenure']")
    need.get_by_role("button", name=re.compile("Tell the organisers")).click()
    panel = need.locator("[data-tell]")
    expect(panel.locator("[data-tell-heading]")).to_be_focused()
    expect(page).to_have_url(re.compile(re.escape(PLANNER) + "$"))
    title = panel.locator("[data-tell-title]").inner_text()
    body = panel.locator("[data-tell-body]").inner_text()
    assert title.startswith("Mentor wanted: ") and "Need id: tenure" in body
    mail = urlsplit(panel.get_by_role("link", name="Email the organisers").get_attribute("href"))
    assert mail.scheme == "mailto" and unquote(mail.path) == CONTACT
    query = parse_qs(mail.query)
    assert query["subject"] == [title] and query["body"][0].replace("\r\n", "\n") == body
    issue = urlsplit(panel.get_by_role("link", name="Open a public issue on GitHub").get_attribute("href"))
    assert f"{issue.scheme}://{issue.netloc}{issue.path}" == f"{REPOSITORY}/issues/new"
    assert parse_qs(issue.query) == {"title": [title], "body": [body], "labels": ["mentor-request"]}
    expect(panel).to_contain_text("public")


def test_a_silent_mentor_can_be_reported_with_who_and_when(page, program_url, records) -> None:
    area, first, _ = pair(records)
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, program_url, plan(area, candidate_entry(first, contacted="2026-11-01", followedUp="2026-11-12")))
    candidate(page, area, first).get_by_role("button", name="Tell the organisers").click()
    body = page.locator(f"li.need[data-area='{area}'] [data-tell-body]")
    expect(body).to_contain_text(f"I wrote to {name_of(records, first)} about mentoring for")
    expect(body).to_contain_text("on 1 November 2026 and followed up on 12 November 2026")
    # Named only to the organisers in private: no public issue names a mentor who did not reply.
    panel = page.locator(f"li.need[data-area='{area}'] [data-tell]")
    expect(panel.get_by_role("link", name="Open a public issue on GitHub")).to_have_count(0)
    expect(panel.get_by_role("link", name=re.compile("mail", re.I)).first).to_be_visible()


def test_without_a_contact_or_repository_nothing_offers_to_tell_the_organisers(page, site_url) -> None:
    open_with(page, site_url, plan("tenure"))
    expect(page.get_by_role("button", name=re.compile("Tell the organisers"))).to_have_count(0)


def test_follow_through_has_no_wcag_violations(page, program_url, records, axe_source) -> None:
    area, first, second = pair(records)
    page.clock.install(time="2026-11-23T09:00:00")
    open_with(page, program_url, {"version": 2, "name": "Alex", "needs": [
        plan(area, candidate_entry(first, contacted="2026-11-01"), candidate_entry(second))["needs"][0],
        plan("tenure" if area != "tenure" else "leadership")["needs"][0],
        {**plan(area)["needs"][0], "area": "grants" if area != "grants" else "advocacy", "choice": second,
         "candidates": [candidate_entry(second, contacted="2026-10-01", replied="2026-10-02", met="2026-10-15")]},
    ]})
    page.get_by_role("button", name=re.compile("Tell the organisers")).first.click()
    violations = axe_violations(page, axe_source)
    assert not violations, describe(violations)


def test_without_javascript_the_programs_months_are_still_explained(page_without_js, site_url) -> None:
    page_without_js.goto(site_url + PLANNER)
    section = page_without_js.locator(".planner-program")
    expect(section).to_contain_text("Each partnership lasts 6 months from your first meeting")
    expect(section.locator("[data-theme-month]")).to_have_count(6)
    expect(section.get_by_role("link", name="Partnership agreement")).to_be_visible()
