// The introduction a mentee sends: pure text from the plan, ready to edit, and the
// mailto: link that opens it in their own email program.

export function introSubject(needLabel) {
  return `Mentoring request: ${needLabel}`;
}

export function introBody({ mentorName, needLabel, goal, modeLabel, senderName, siteName }) {
  const lines = [
    `Hello ${mentorName},`,
    "",
    `I found your profile in the ${siteName} and I am looking for a mentor for ${needLabel}.`,
  ];
  if (goal.trim()) lines.push(`What I hope to get out of it: ${goal.trim()}`);
  if (modeLabel) lines.push(`How I would like to meet: ${modeLabel}, at a time that suits you.`);
  lines.push("", "Would you be open to that? It is completely fine to say no.", "", "Thank you for considering it,");
  if (senderName.trim()) lines.push(senderName.trim());
  return lines.join("\n");
}

export function mailtoHref(email, subject, body) {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?${query}`;
}
