// Follow-through on the planner page, for each need's chosen mentor: when to follow up and a
// kind follow-up to send, "Try my next candidate", the relationship's dates, this month's
// theme and guide, "Add to my calendar", and "Tell the organisers" (shown in full first).
// Markup comes from the page's templates; every text is set as text.
import { followUpBody, followUpState, followUpSubject, issueHref, nextCandidate, organiserMessage, tryNext } from "./plan-follow-up.js";
import { longDate } from "./plan-dates.js";
import { calendarText, downloadCalendar, relationshipEvents } from "./plan-calendar.js";
import { mailtoHref } from "./plan-message.js";
import { RHYTHMS, today, updateCandidate } from "./plan-model.js";
import { loadContact } from "./plan-records.js";
import { RHYTHM_LABELS, monthOf, nextMeeting, themeFor, timeline } from "./plan-timeline.js";

function time(day) {
  const element = document.createElement("time");
  element.dateTime = day;
  element.textContent = longDate(day);
  return element;
}

function show(element, visible) {
  element.hidden = !visible;
  return visible;
}

// page: { needsList, program, records, areaLabel, siteRoot, current, commit, say, senderName }
export function startFollowThrough(page) {
  const { program, records, areaLabel } = page;
  const canTell = Boolean(program.contact || program.issuesUrl);
  // A silent mentor is reported privately only: a public issue never names a mentor who did not reply.
  const canTellPrivately = Boolean(program.contact);
  const nameOf = (candidate) => records.bySlug.get(candidate.slug)?.name || candidate.name || candidate.slug;
  const selector = (area, slug) => `[data-area="${CSS.escape(area)}"]${slug ? ` [data-mentor="${CSS.escape(slug)}"]` : ""}`;

  // Earlier mentors for the need, and "Tell the organisers" when no one is chosen.
  function fillNeed(item, need) {
    const history = item.querySelector("[data-history]");
    show(history, need.history.length > 0);
    history.querySelector("ul").replaceChildren(...need.history.map((past) => {
      const li = document.createElement("li");
      li.append(`${past.name || past.slug}: `);
      if (past.contacted) li.append("wrote on ", time(past.contacted), past.followedUp ? ", followed up on " : "", past.followedUp ? time(past.followedUp) : "", "; ");
      li.append("no reply, so you moved on", past.left ? " on " : "", past.left ? time(past.left) : "", ".");
      return li;
    }));
    show(item.querySelector('[data-through="tell"][data-reason="gap"]'), canTell && !need.choice);
  }

  function fillCandidate(item, need, candidate, mentor) {
    const box = item.querySelector("[data-follow-through]");
    if (!show(box, Boolean(candidate.contacted) || !mentor)) return;
    const name = nameOf(candidate);
    const label = areaLabel(need.area);
    for (const span of box.querySelectorAll("[data-through-name]")) span.textContent = name;
    const prefix = `through-${need.area}-${candidate.slug}`;
    for (const labelElement of box.querySelectorAll("label[data-through-for]")) {
      const field = labelElement.parentElement.querySelector(`[data-through-field="${labelElement.dataset.throughFor}"]`);
      field.id = `${prefix}-${labelElement.dataset.throughFor}`;
      labelElement.htmlFor = field.id;
    }
    const now = today();
    const state = followUpState(candidate, mentor, program.followUpDays, now);
    const note = box.querySelector("[data-follow-up-note]");
    show(note, Boolean(state));
    const due = show(box.querySelector("[data-follow-up-box]"), Boolean(state?.isDue));
    if (state) {
      const why = state.byMentor ? `${name} usually replies within ${state.days} days` : `the program suggests ${state.days} days`;
      if (!state.isDue) note.replaceChildren(`You wrote on `, time(candidate.contacted), `. No reply yet? Follow up on `, time(state.due), ` (${why}).`);
      else if (candidate.followedUp) note.replaceChildren(`You wrote on `, time(candidate.contacted), ` and followed up on `, time(candidate.followedUp), `. If you still hear nothing, try your next candidate.`);
      else note.replaceChildren(`It is ${state.waited} days since you wrote to ${name}, with no reply. Messages get missed: a short, kind follow-up often helps.`);
    }
    if (due) fillFollowUp(box, need, candidate, mentor, name, label);
    const after = nextCandidate(need);
    const stuck = Boolean(state?.isDue) || !mentor;
    show(box.querySelector("[data-move-on]"), stuck);
    show(box.querySelector('[data-through="try-next"]'), stuck && Boolean(after));
    box.querySelector("[data-next-name]").textContent = after ? nameOf(after) : "";
    const more = box.querySelector("[data-find-more]");
    show(more, stuck && !after);
    more.href = page.needsList.closest("[data-planner]").querySelector(`#new-need option[value="${CSS.escape(need.area)}"]`)?.dataset.url || "";
    show(box.querySelector('[data-through="tell"][data-reason="no-reply"]'), stuck && canTellPrivately && Boolean(candidate.contacted));
    fillRelationship(box, need, candidate, name, label, now);
  }

  function fillFollowUp(box, need, candidate, mentor, name, label) {
    const text = box.querySelector('[data-through-field="follow-up"]');
    text.value = followUpBody({ mentorName: name, needLabel: label.toLowerCase(), contacted: candidate.contacted, senderName: page.senderName() });
    box.querySelector('[data-through="followed-up"]').hidden = Boolean(candidate.followedUp);
    const send = box.querySelector("[data-follow-up-send]");
    send.hidden = true;
    if (!mentor) return;
    loadContact(new URL(mentor.url, page.siteRoot).href).then((contact) => {
      if (!contact.email) return;
      const update = () => { send.href = mailtoHref(contact.email, followUpSubject(label), text.value); };
      update();
      text.addEventListener("input", update);
      send.hidden = false;
    }).catch((error) => console.warn("Could not read the contact details:", error));
  }

  function fillRelationship(box, need, candidate, name, label, now) {
    const fieldset = box.querySelector("[data-relationship]");
    if (!show(fieldset, Boolean(candidate.contacted))) return;
    for (const key of ["replied", "met", "ended"]) {
      const input = fieldset.querySelector(`[data-through-field="${key}"]`);
      input.value = candidate[key];
      input.min = candidate.contacted;
    }
    const rhythm = fieldset.querySelector('[data-through-field="rhythm"]');
    rhythm.replaceChildren(...RHYTHMS.map((value) => new Option(`${RHYTHM_LABELS[value]}${value === program.rhythm ? " (the program's usual)" : ""}`, value)));
    rhythm.value = candidate.rhythm || program.rhythm;
    const line = timeline(candidate, program);
    const panel = box.querySelector("[data-month-now]");
    if (!show(panel, Boolean(line))) return;
    const month = monthOf(line.start, now, program.months);
    const theme = themeFor(program, month);
    const text = panel.querySelector("[data-month-text]");
    if (candidate.ended) text.replaceChildren("Your mentoring with ", name, " ended on ", time(candidate.ended), ". Thank you for seeing it through.");
    else if (month === 0) text.replaceChildren("Your ", `${program.months} months start on `, time(line.start), ".");
    else if (month > program.months) text.replaceChildren(`Your ${program.months} months ended on `, time(line.end), ". Say thank you, and mark when you ended.");
    else text.replaceChildren(`Month ${month} of ${program.months}`, theme ? `: ${theme.theme}.` : ".");
    const guide = panel.querySelector("[data-month-guide]");
    const current = !candidate.ended && month >= 1 && month <= program.months;
    if (show(guide.parentElement, Boolean(current && theme?.guideUrl))) {
      guide.href = theme.guideUrl;
      guide.textContent = `What to talk about in month ${month}: ${theme.guideTitle}`;
    }
    const upcoming = current ? nextMeeting(line, now) : "";
    const next = panel.querySelector("[data-next-meeting]");
    if (show(next, Boolean(upcoming))) next.replaceChildren(upcoming === candidate.met ? "First meeting: " : "Next meeting, if you keep the rhythm: ", time(upcoming), ".");
    const milestones = [];
    if (line.checkIn) milestones.push(["The program checks in after month ", String(program.checkInMonth), ": ", time(line.checkIn)]);
    milestones.push(["The program's ", `${program.months} months end on `, time(line.end)]);
    panel.querySelector("[data-milestones]").replaceChildren(...milestones.map((parts) => {
      const li = document.createElement("li");
      li.append(...parts);
      return li;
    }));
    show(panel.querySelector('[data-through="calendar"]'), Boolean(candidate.met) && !candidate.ended);
  }

  function calendar(need, candidate) {
    const name = nameOf(candidate);
    const line = timeline(candidate, program);
    const events = relationshipEvents({
      line, mentorName: name, needLabel: areaLabel(need.area), key: `${need.area}-${candidate.slug}`,
      themeOn: (day) => themeFor(program, monthOf(line.start, day, program.months)),
      checkInMonth: program.checkInMonth, months: program.months,
    });
    const text = calendarText(events, { now: new Date(), domain: location.hostname || "mentor-directory", name: `Mentoring with ${name}` });
    downloadCalendar(text, `mentoring-${candidate.slug}.ics`);
    page.say(`Your calendar file for mentoring with ${name} is in your downloads: open it to add ${events.length} dates to your calendar.`);
  }

  function tell(item, need, reason) {
    const candidate = need.candidates.find((c) => c.slug === need.choice);
    const message = organiserMessage({
      reason, needLabel: areaLabel(need.area), area: need.area,
      mentorName: candidate ? nameOf(candidate) : "", contacted: candidate?.contacted || "", followedUp: candidate?.followedUp || "",
    });
    const panel = item.querySelector("[data-tell]");
    panel.hidden = false;
    panel.querySelector("[data-tell-title]").textContent = message.title;
    panel.querySelector("[data-tell-body]").textContent = message.body;
    const email = /^[^\s@/]+@[^\s@/]+$/.test(program.contact) ? program.contact.replace(/^mailto:/, "") : "";
    const web = /^https?:\/\//.test(program.contact) ? program.contact : "";
    const mail = panel.querySelector("[data-tell-email]");
    if (show(mail, Boolean(email))) mail.href = mailtoHref(email, message.title, message.body);
    const issue = panel.querySelector("[data-tell-issue]");
    const inPublic = Boolean(program.issuesUrl) && reason === "gap";
    if (show(issue, inPublic)) issue.href = issueHref(program.issuesUrl, message);
    show(panel.querySelector("[data-tell-public]"), inPublic);
    const contactPage = panel.querySelector("[data-tell-page]");
    if (show(contactPage, Boolean(web))) contactPage.href = web;
    panel.querySelector("[data-tell-heading]").focus();
  }

  page.needsList.addEventListener("click", (event) => {
    const button = event.target.closest("[data-through]");
    if (!button) return;
    const item = button.closest("[data-area]");
    const area = item.dataset.area;
    const plan = page.current();
    const need = plan.needs.find((n) => n.area === area);
    const candidate = need.candidates.find((c) => c.slug === need.choice);
    const action = button.dataset.through;
    if (action === "followed-up") {
      page.commit(updateCandidate(plan, area, candidate.slug, { followedUp: today() }), `${selector(area, candidate.slug)} [data-follow-up-note]`);
      page.say(`Marked your follow-up to ${nameOf(candidate)} as sent today.`);
    } else if (action === "try-next") {
      const after = nextCandidate(need);
      page.commit(tryNext(plan, area, today()), `${selector(area, after.slug)} [data-mentor-link]`);
      page.say(`${nameOf(after)} is now your choice for ${areaLabel(area)}; ${nameOf(candidate)} stays in this need's history.`);
    } else if (action === "tell") {
      tell(item, need, button.dataset.reason);
    } else if (action === "tell-close") {
      button.closest("[data-tell]").hidden = true;
      item.querySelector(".need-title").focus();
    } else if (action === "calendar") {
      calendar(need, candidate);
    }
  });

  page.needsList.addEventListener("change", (event) => {
    const key = event.target.dataset.throughField;
    if (!key || key === "follow-up") return;
    const area = event.target.closest("[data-area]").dataset.area;
    const slug = event.target.closest("[data-mentor]").dataset.mentor;
    const value = event.target.value;
    page.commit(updateCandidate(page.current(), area, slug, { [key]: value }), `${selector(area, slug)} [data-through-field="${key}"]`);
  });

  return { fillNeed, fillCandidate };
}
