"""Near me: mentors within some hours of the mentee's own time, from the browser's time zone.

The browser's zone is set with Playwright's timezone_id; expectations come from the
records' time zones, worked out for today with Python's zoneinfo, as the page does with
Intl. Asia/Kolkata (UTC+5:30, no summer time) keeps the demo's neighbours on one side of
each limit whatever the date.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MY_ZONE = "Asia/Kolkata"
READY = 'html[data-directory="ready"]'
VISIBLE_CARDS = "#mentor-list > li.card:not([hidden])"


def offset(zone: str) -> int:
    """Minutes east of UTC in ``zone`` now."""
    return int(datetime.now(timezone.utc).astimezone(ZoneInfo(zone)).utcoffset().total_seconds() // 60)


def apart_text(theirs: int, mine: int) -> str:
    difference = theirs - mine
    if difference == 0:
        return "Same time as you"
    hours, minutes = divmod(abs(difference), 60)
    amount = " ".join(filter(None, [f"{hours} hour{'s' if hours != 1 else ''}" if hours else "",
                                    f"{minutes} minutes" if minutes else ""]))
    return f"{amount} {'ahead of' if difference > 0 else 'behind'} you"


def near(records: dict, hours: int) -> set[str]:
    mine = offset(MY_ZONE)
    return {m["slug"] for m in records["mentors"] if m.get("zone") and abs(offset(m["zone"]) - mine) <= hours * 60}


@pytest.fixture
def in_kolkata(browser) -> Iterator[object]:
    context = browser.new_context(timezone_id=MY_ZONE, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def shown(page) -> dict[str, str]:
    """Visible cards: slug -> what the card says of their time ("" when it says nothing)."""
    return dict(page.locator(VISIBLE_CARDS).evaluate_all(
        "cards => cards.map(c => [c.dataset.slug, c.querySelector('.time-apart dd')?.textContent || ''])"))


def choose(page, hours: str) -> None:
    page.locator("#near").select_option(hours)
    page.locator(READY).wait_for(state="attached")


def test_near_me_keeps_mentors_within_the_hours_chosen_and_cards_say_how_far_ahead(in_kolkata, site_url, records) -> None:
    page = in_kolkata
    page.goto(site_url + "/")
    page.locator(READY).wait_for(state="attached")
    expect(page.locator(".near-me")).to_be_visible()
    # The zone as the browser names it (Chromium's ICU still says Asia/Calcutta).
    expect(page.locator(".near-me [data-my-zone]")).to_have_text(
        page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone"))
    assert all(text == "" for text in shown(page).values()), "no time line until the mentee asks"

    choose(page, "3")
    expected = near(records, 3)
    assert expected and len(expected) < len(records["mentors"])
    cards = shown(page)
    assert set(cards) == expected
    zones = {m["slug"]: m["zone"] for m in records["mentors"] if m.get("zone")}
    assert cards == {slug: apart_text(offset(zones[slug]), offset(MY_ZONE)) for slug in expected}
    assert "near=3" in page.url
    expect(page.locator(".active-filters .chip", has_text="Within 3 hours of your time")).to_be_visible()

    # Kept in the address: the same view after a reload.
    page.reload()
    page.locator(READY).wait_for(state="attached")
    expect(page.locator("#near")).to_have_value("3")
    assert set(shown(page)) == expected

    # The chip takes it away, and the cards stop saying how far.
    page.locator(".active-filters .chip", has_text="Within 3 hours of your time").click()
    page.locator(READY).wait_for(state="attached")
    assert "near=" not in page.url
    assert all(text == "" for text in shown(page).values())
    expect(page.locator("#result-count")).to_have_text(f"{len(records['mentors'])} mentors")


def test_a_wider_choice_keeps_more_mentors_and_never_one_without_a_time_zone(in_kolkata, site_url, records) -> None:
    page = in_kolkata
    page.goto(site_url + "/?near=8")
    page.locator(READY).wait_for(state="attached")
    assert set(shown(page)) == near(records, 8) and near(records, 3) < near(records, 8)
    assert all(m.get("zone") for m in records["mentors"] if m["slug"] in near(records, 8))


def test_without_javascript_there_is_no_near_me(page_without_js, site_url) -> None:
    page_without_js.goto(site_url + "/")
    expect(page_without_js.locator("#near")).to_be_hidden()
