"""The language a page is written in (ISO 639-1), by lingua's detector.

lingua ships its models in the wheel; the detector is built once per process and
limited to the languages film blogs are written in, which keeps it fast and
stops rare languages from winning on short texts. Low-accuracy mode (trigram
models only) loads in about half a second instead of several and is reliable on
the paragraph-sized samples taken here (up to ``SAMPLE_CHARS`` of the page).

>>> detect_language("Der Film ist lang, aber die Musik trägt ihn bis zum Ende.")
'de'
>>> detect_language("この映画は長いけれど、最後まで音楽が支えている。")
'ja'
>>> detect_language("这部电影很长，但音乐一直撑到最后。")
'zh'
>>> detect_language("12 345 !!") is None, detect_language("Heat (1995) A fine film.") is None
(True, True)
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

    from extract.records import Page

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ro", "tr", "hu", "ru", "uk")
SAMPLE_CHARS = 300  # lingua's time grows with the sample; 300 and 400 agree on every fixture
_MIN_LETTERS = 12
_MIN_CJK_LETTERS = 6  # a CJK letter says about what two or three Latin ones do
MIN_CONFIDENCE = 0.6
# English function words that are not words of any other language in ``LANGUAGES`` ("is",
# "was", "of", "for", "her", "by", "an" are left out: Dutch, Danish, German use them). A
# sample where they are this common is English; lingua decides every other sample.
_ENGLISH_ONLY = frozenset(
    "the and that with this it but not are you they which would been has his its what there were their"
    " about while through than could should because these those who when where your them then she him"
    " very much into only".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ENGLISH_SHARE = 0.08
_ENGLISH_DISTINCT = 3  # a quoted title ("The Thing") repeated is not English prose
_ENGLISH_MIN_WORDS = 25
# Chinese, Japanese and Korean are told by their scripts, before lingua (which is built without
# them, so that the common case stays fast): kana are only Japanese, hangul only Korean, and
# Han characters without either are Chinese. A CJK title quoted in a Latin-script review is no
# CJK page: the CJK letters must be a good share of the sample's letters.
SCRIPT_LANGUAGES = ("zh", "ja", "ko")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_CJK_SHARE = 0.3  # of the sample's letters (a Latin word is ~5 letters, a CJK word 1-2)
_KANA_SHARE = 0.1  # of its CJK letters: Japanese prose is a third or more kana, Chinese none


@cache
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` letters (stops counting there)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def plainly_english(sample: str) -> bool:
    """Whether English-only function words make up so much of ``sample`` that it is English.

    A fast path taken before lingua (about 20 times cheaper); a test holds it to lingua's
    answer on every page and review the project has.
    """
    words = _WORD.findall(sample.lower())
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    found = [word for word in words if word in _ENGLISH_ONLY]
    return len(found) >= _ENGLISH_SHARE * len(words) and len(set(found)) >= _ENGLISH_DISTINCT


def script_language(sample: str) -> str | None:
    """'zh', 'ja' or 'ko' when CJK letters make up a good share of ``sample``, else None."""
    if _CJK.search(sample) is None:  # the common case, decided in C
        return None
    cjk = len(_CJK.findall(sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    if cjk < _CJK_SHARE * letters:
        return None
    if len(_HANGUL.findall(sample)) * 2 >= cjk:
        return "ko"
    return "ja" if len(_KANA.findall(sample)) >= _KANA_SHARE * cjk else "zh"


# Languages with a script of their own (lingua is built without them): the script says the
# language when its letters are most of the sample's; Arabic letters that only Persian or
# Urdu write tell those two from Arabic.
_OWN_SCRIPTS = (
    ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "\u0590-\u05ff"),
    ("ar", "\u0600-\u06ff\u0750-\u077f"),
    ("th", "\u0e00-\u0e7f"),
    ("hi", "\u0900-\u097f"),
    ("ka", "\u10a0-\u10ff"),
    ("hy", "\u0530-\u058f"),
)
_OWN_SCRIPT = re.compile("[" + "".join(chars for _, chars in _OWN_SCRIPTS) + "]")
_SCRIPT_LETTERS = [(code, re.compile(f"[{chars}]")) for code, chars in _OWN_SCRIPTS]
_PERSIAN = re.compile("[پچژگ]")
_URDU = re.compile("[ٹڈڑںے]")
_OWN_SCRIPT_SHARE = 0.5


def own_script_language(sample: str) -> str | None:
    """'el', 'he', 'ar', 'fa', 'ur', 'th', 'hi', 'ka' or 'hy' when that script writes most of
    ``sample``'s letters, else None."""
    if _OWN_SCRIPT.search(sample) is None:  # the common case, decided in C
        return None
    letters = sum(1 for ch in sample if ch.isalpha())
    code, count = max(((code, len(chars.findall(sample))) for code, chars in _SCRIPT_LETTERS), key=lambda x: x[1])
    if count < _OWN_SCRIPT_SHARE * letters:
        return None
    if code == "ar" and _URDU.search(sample):
        return "ur"
    if code == "ar" and _PERSIAN.search(sample):
        return "fa"
    return code


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it has too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    scripted = script_language(sample) or own_script_language(sample)
    if scripted is not None:
        return scripted if _has_letters(sample, _MIN_CJK_LETTERS) else None
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    if plainly_english(sample):
        return "en"
    ranked = _detector().compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < MIN_CONFIDENCE:  # too short or too mixed to say
        return None
    return str(ranked[0].language.iso_code_639_1.name.lower())


def page_text(page: Page) -> str:
    """What the page itself says: title, body, then comments until the sample is full."""
    parts = [page.title or "", page.body]
    size = sum(len(p) for p in parts)
    for comment in page.comments:
        if size >= SAMPLE_CHARS:
            break
        if comment.text:
            parts.append(comment.text)
            size += len(comment.text)
    return "\n".join(p for p in parts if p)


def detect_page_language(page: Page) -> str | None:
    """The page's language from its own text (body first, then its comments)."""
    return detect_language(page_text(page))
