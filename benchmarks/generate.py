"""N realistic synthetic mentor profiles, and the same people as plain Pelican articles.

Names and places come from Faker in several locales, terms from the program's own
vocabulary, and bio words are drawn with their real English frequencies (wordfreq), so
the search index grows the way it would with real bios. A fixed seed makes every run
build the same sites.
"""
from __future__ import annotations

import random
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

import yaml
from faker import Faker
from wordfreq import get_frequency_list

from mentor_directory.profiles.loading import load_profiles
from mentor_directory.profiles.vocabulary import load_vocabulary
from mentor_directory.tools.new_profile import render_yaml

BUILD_DAY = date(2026, 11, 23)
SEED = 20261123
LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "es_MX", "fr_FR", "de_DE", "pt_BR", "it_IT", "nl_NL", "pl_PL", "en_IN")
TIMEZONES = {
    "en_US": "America/Chicago", "en_GB": "Europe/London", "en_CA": "America/Toronto",
    "en_AU": "Australia/Sydney", "es_MX": "America/Mexico_City", "fr_FR": "Europe/Paris",
    "de_DE": "Europe/Berlin", "pt_BR": "America/Sao_Paulo", "it_IT": "Europe/Rome",
    "nl_NL": "Europe/Amsterdam", "pl_PL": "Europe/Warsaw", "en_IN": "Asia/Kolkata",
}
LANGUAGES = {
    "en_US": "English", "en_GB": "English", "en_CA": "French", "en_AU": "English", "es_MX": "Spanish",
    "fr_FR": "French", "de_DE": "German", "pt_BR": "Portuguese", "it_IT": "Italian", "nl_NL": "Dutch",
    "pl_PL": "Polish", "en_IN": "Hindi",
}
ROLES = ("Librarian", "Archivist", "Head of Collections", "Metadata Librarian", "Branch Manager",
         "Research Services Librarian", "Records Manager", "Digital Projects Coordinator",
         "Youth Services Librarian", "Associate Dean of Libraries", "Curator", "Systems Librarian")
ORGANIZATIONS = ("{city} Public Library", "University of {city} Libraries", "{city} City Archives",
                 "{company}", "{city} Community College Library", "{city} Historical Society")
EXTRA_FIELDS = ("motivation", "support", "experience", "interests", "ideal_mentee")
# Bios are 60 to 260 words, like the demo profiles; the optional text fields one or two sentences.
BIO_WORDS = (60, 260)


@dataclass(frozen=True)
class Person:
    slug: str
    answers: dict[str, object]


class BioWriter:
    """Sentences whose words follow English word frequencies, with the mentor's own terms mixed in."""

    def __init__(self, rng: random.Random, size: int = 20_000) -> None:
        self.rng = rng
        # wordfreq keeps English words in bins a centibel apart: bin i holds words of frequency 10^(-i/100).
        weighted = [(word, 10 ** (-position / 100))
                    for position, words in enumerate(get_frequency_list("en")) for word in words if word.isalpha()]
        self.words = [word for word, _ in weighted[:size]]
        self.cumulative = list(accumulate(weight for _, weight in weighted[:size]))

    def sentence(self, topic: list[str]) -> str:
        count = self.rng.randint(6, 22)
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        if topic and self.rng.random() < 0.5:
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(topic))
        return " ".join(words).capitalize() + "."

    def text(self, words: int, topic: list[str]) -> str:
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < words:
            sentences.append(self.sentence(topic))
        cut = max(1, len(sentences) // 3)
        paragraphs = [sentences[:cut], sentences[cut:2 * cut], sentences[2 * cut:]]
        return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_name).split())


def _terms(vocabulary: dict, key: str) -> list[str]:
    return [term["id"] for term in vocabulary[key]]


def _labels(vocabulary: dict, key: str, ids: list[str]) -> list[str]:
    labels = {term["id"]: term["label"] for term in vocabulary[key]}
    return [labels[i].lower() for i in ids]


def people(count: int, vocabulary_file: Path, seed: int = SEED) -> list[Person]:
    """``count`` mentors with every required field and most optional ones, all valid terms."""
    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    vocabulary = yaml.safe_load(vocabulary_file.read_text(encoding="utf-8"))
    writer = BioWriter(rng)
    used: set[str] = set()
    result = []
    for number in range(count):
        locale = rng.choice(LOCALES)
        if locale not in fakers:
            fakers[locale] = Faker(locale)
            fakers[locale].seed_instance(seed + LOCALES.index(locale))
        faker = fakers[locale]
        name = f"{faker.first_name()} {faker.last_name()}"
        slug = _slug(name) or f"mentor-{number}"
        if slug in used:
            slug = f"{slug}-{number}"
        used.add(slug)
        city = faker.city()
        areas = rng.sample(_terms(vocabulary, "mentoring_areas"), rng.randint(1, 5))
        functions = rng.sample(_terms(vocabulary, "functional_areas"), rng.randint(0, 3))
        topic = _labels(vocabulary, "mentoring_areas", areas) + _labels(vocabulary, "functional_areas", functions)
        answers: dict[str, object] = {
            "name": name,
            "pronouns": rng.choice(("she/her", "he/him", "they/them", "")),
            "title": rng.choice(ROLES),
            "organization": rng.choice(ORGANIZATIONS).format(city=city, company=faker.company())[:200],
            "library_type": rng.choice(_terms(vocabulary, "library_type")),
            "career_stage": rng.choice(_terms(vocabulary, "career_stage")),
            "location": {"city": city, "region": faker.administrative_unit(),
                         "country": faker.current_country()},
            "timezone": TIMEZONES[locale],
            "languages": sorted({"English", LANGUAGES[locale]}),
            "mentoring_areas": areas,
            "functional_areas": functions,
            "meeting_modes": rng.sample(_terms(vocabulary, "meeting_modes"), rng.randint(1, 3)),
            "formats": rng.sample(_terms(vocabulary, "formats"), rng.randint(1, 2)),
            "accepting_mentees": rng.random() < 0.85,
            "capacity": rng.randint(1, 4),
            "hours_per_month": rng.randint(1, 6),
            "contact": {"email": f"{slug}@example.org"},
            "github": slug[:39].strip("-"),
            # Mostly current; about one in ten is past the review date but still listed.
            "last_reviewed": BUILD_DAY - timedelta(days=rng.randint(0, 500)),
            "bio": writer.text(rng.randint(*BIO_WORDS), topic),
        }
        for extra in rng.sample(EXTRA_FIELDS, rng.randint(0, len(EXTRA_FIELDS))):
            answers[extra] = writer.text(rng.randint(10, 40), topic).replace("\n\n", " ")
        result.append(Person(slug, answers))
    return result


def write_directory_content(persons: list[Person], content: Path, project: Path) -> None:
    """A content folder for our build: the vocabulary, the program pages and one .yaml per mentor."""
    if content.exists():
        shutil.rmtree(content)
    shutil.copytree(project / "content" / "pages", content / "pages")
    shutil.copyfile(project / "content" / "vocabulary.yaml", content / "vocabulary.yaml")
    mentors = content / "mentors"
    mentors.mkdir()
    for person in persons:
        (mentors / f"{person.slug}.yaml").write_text(render_yaml(person.answers), encoding="utf-8")


def check_valid(content: Path) -> None:
    """Stop if the validator finds any problem: the benchmark must measure a site that builds."""
    vocabulary = load_vocabulary(content / "vocabulary.yaml", "vocabulary.yaml")
    result = load_profiles(content / "mentors", vocabulary, root=content)
    if result.problems:
        listing = "\n".join(str(p) for p in result.problems[:10])
        raise ValueError(f"generated profiles do not validate ({len(result.problems)} problems):\n{listing}")


def write_article_content(persons: list[Person], content: Path, vocabulary_file: Path) -> None:
    """The same people as ordinary Pelican articles: the same text, category and tags for the terms."""
    if content.exists():
        shutil.rmtree(content)
    articles = content / "mentors"
    articles.mkdir(parents=True)
    vocabulary = yaml.safe_load(vocabulary_file.read_text(encoding="utf-8"))
    library_labels = {term["id"]: term["label"] for term in vocabulary["library_type"]}
    area_labels = {term["id"]: term["label"] for term in vocabulary["mentoring_areas"]}
    for person in persons:
        a = person.answers
        body = [str(a["bio"])] + [str(a[f]) for f in EXTRA_FIELDS if f in a]
        tags = ", ".join(area_labels[i] for i in a["mentoring_areas"])  # type: ignore[union-attr]
        header = (f"Title: {a['name']}\nDate: {a['last_reviewed']}\nSlug: {person.slug}\n"
                  f"Category: {library_labels[str(a['library_type'])]}\nTags: {tags}\n"
                  f"Summary: {a['title']}, {a['organization']}\n")
        (articles / f"{person.slug}.md").write_text(header + "\n" + "\n\n".join(body) + "\n", encoding="utf-8")


def touch_one_profile(content: Path, suffix: str) -> Path:
    """Change one file's text, as a mentor editing their bio would, and return it."""
    first = sorted((content / "mentors").glob(f"*{suffix}"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("bio: |\n", "bio: |\n  Updated today.\n", 1) if suffix == ".yaml"
                     else text + "\nUpdated today.\n", encoding="utf-8")
    return first
