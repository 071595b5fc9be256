"""An unknown name under a government office title alone ("Vice Foreign Minister X") is the dateline
country's official when the story names that country again: wire copy gives a foreign official's country
("Chinese Ambassador X") and calls a guest "visiting". Synthetic articles through the real pipeline."""

from __future__ import annotations

from dateline.api_lib import extract

DATE = "2025-03-04"


def _actor(art, word):
    return next(a for a in art.actors if word in a.text)


def test_an_office_without_a_country_is_the_dateline_countrys():
    art = extract("SEOUL, March 4 (Wire) - South Korea protested on Tuesday after North Korea fired two "
                  "missiles.\nDeputy Foreign Minister Park Ji-hoon summoned Russian Ambassador Oleg Petrenko "
                  "over arms shipments to Pyongyang.", published=DATE)
    minister = _actor(art, "Ji-hoon")
    assert minister.country == "KOR" and minister.sector == "GOV" and minister.resolved_by == "dateline", minister
    summons = [(e.source.code, e.target.code if e.target else None, e.cameo) for e in art.events
               if e.trigger.text == "summoned"]
    assert ("KORGOV", "RUSGOV", "114") in summons, summons


def test_a_visiting_or_former_office_holder_is_not_made_local():
    for phrase in ("The visiting Foreign Minister Tomas Vorlicek", "Former Interior Minister Tomas Vorlicek"):
        art = extract(f"NAIROBI, March 4 (Wire) - Kenya and Uganda signed a trade deal on Tuesday.\n{phrase} "
                      "met Kenyan officials.", published=DATE)
        assert _actor(art, "Vorlicek").country != "KEN", (phrase, _actor(art, "Vorlicek"))


def test_a_dateline_the_story_never_names_again_gives_no_country():
    art = extract("BRUSSELS, March 4 (Wire) - Foreign Minister Tomas Vorlicek told the European Union's "
                  "foreign ministers that sanctions on Iran should stay.", published=DATE)
    assert _actor(art, "Vorlicek").country is None
