"""Word lists the quote attributor reads: speech cues, report channels (documents, media, platforms).

Kept as data apart from the logic so that a reader can audit what counts as a cue without reading code.
"""

from __future__ import annotations

# Verbs (lemmas) that introduce reported speech. Any of them is a cue wherever it sits in the sentence.
SPEECH_LEMMAS = frozenset(
    """
    say tell add stress state note warn insist declare write announce argue claim explain emphasize emphasise
    underline underscore urge reply respond continue conclude acknowledge admit deny assert remark comment
    observe quip vow pledge promise predict caution complain lament recall reiterate repeat tweet post quote
    ask affirm confirm suggest charge allege maintain contend concede boast proclaim
    """.split()
)
# Naming verbs count as a cue only when the quotation is inside their phrase:
# `welcomed what she called a "new chapter"`, `described the talks as "candid"`.
NAMING_LEMMAS = frozenset("call describe dub term brand label characterize characterise".split())
# Verbs that judge something in the speaker's own words, a cue only when no speech cue or "according to"
# is found: `rejected the accusation as "baseless hysteria"` (the subject's words, not the last speaker's).
JUDGING_LEMMAS = frozenset(
    "reject dismiss denounce condemn decry slam blast hail praise welcome criticize criticise".split()
)

# Nouns naming a document or channel that carries what an actor said: when the subject of the cue is one
# of these ("a Kremlin readout said"), it is the report's source, and the actor is its modifier.
DOCUMENT_NOUNS = frozenset(
    """
    readout statement communique communiqué report transcript release post interview editorial commentary
    article letter message tweet decree note memo broadcast briefing bulletin notice document summary video
    speech address publication
    """.split()
)
# Head nouns of a news-media phrase ("Chinese state media", "the official news agency").
MEDIA_NOUNS = frozenset(
    """
    media agency newspaper daily paper broadcaster television tv radio outlet channel press network tabloid
    weekly website wire
    """.split()
)
# Outlets that name themselves (compared lower-cased on the phrase text). Public facts, no licence needed.
MEDIA_NAMES = frozenset(
    {
        "xinhua", "xinhua news agency", "tass", "ria", "ria novosti", "interfax", "sputnik", "rt", "cctv",
        "cgtn", "kcna", "irna", "yonhap", "kyodo", "anadolu", "bernama", "global times", "people's daily",
        "china daily", "izvestia", "kommersant", "vedomosti", "pravda", "rossiya 24", "channel one",
        "phoenix tv", "reuters", "ap", "associated press", "afp", "bloomberg", "bbc", "cnn", "al jazeera",
        "nhk",
    }
)
# Platforms a statement is posted on ("wrote on Telegram"): the report's source, never a speaker.
PLATFORM_NAMES = frozenset(
    "telegram twitter x weibo wechat facebook instagram vk vkontakte youtube truth social tiktok "
    "website".split()
)
# Prepositions that attach a report channel to a cue ("said in a statement", "told reporters on Telegram").
CHANNEL_PREPS = frozenset({"in", "on", "via", "through"})
