"""Review 14b: bare "the authorities" is one state's government, like "the government"
(actors/institutions.py); the one-country rules still guard it."""

from __future__ import annotations

from actor_helpers import actor_named as _actor, pipe  # noqa: F401 - pipe is a fixture

from dateline.model import Article


def test_the_authorities_take_the_one_country_of_the_story(pipe):
    a = _actor(pipe, "LUSAKA, June 2 (Wire) - Zambian riot police dispersed striking miners in Kitwe. Human "
               "Rights Watch urged the authorities to free the union leaders.", "authorities")
    assert (a.code, a.resolved_by) == ("ZMBGOV", "context"), a


def test_the_authorities_as_subject_take_the_dateline_country(pipe):
    a = _actor(pipe, "COLOMBO, June 2 (Wire) - The authorities extended a nationwide curfew by three days, "
               "the information office said.", "authorities")
    assert a.code == "LKAGOV", a


def test_the_authorities_stay_unknown_between_two_countries(pipe):
    a = _actor(pipe, "GENEVA, June 2 (Wire) - Armenia accused Azerbaijan of shelling a border village on "
               "Sunday. The authorities said they would investigate.", "authorities")
    assert a.code is None, a


def test_plural_governments_are_still_not_one_government(pipe):
    a = _actor(pipe, "LUSAKA, June 2 (Wire) - Zambian riot police dispersed striking miners in Kitwe. Donors "
               "urged the governments to act.", "governments")
    assert a.country is None or a.code != "ZMBGOV", a


def test_an_unknown_titled_name_lends_its_actor_to_the_bare_surname(pipe):
    a = _actor(pipe, "CANBERRA, June 2 (Wire) - Japanese Ambassador Kenji Morimura was summoned by "
                     "the foreign "
               "ministry on Monday. \"We regret the misunderstanding,\" Morimura told reporters.", "Morimura")
    assert (a.code, a.resolved_by) == ("JPNGOV", "coreference"), a


def test_a_possessive_country_title_name_lends_its_actor_too(pipe):
    a = _actor(pipe, "NAIROBI, June 2 (Wire) - Kenya's Energy Minister Odhiambo Wekesa opened the plant. "
               "Wekesa said output would double by next year.", "Wekesa")
    assert a.code == "KENGOV", a


def test_a_named_institution_keeps_no_person_name(pipe):
    a = _actor(pipe, "ABUJA, June 2 (Wire) - The Nigerian Army said its troops had beaten back the raid.",
               "Nigerian Army")
    assert a.name is None and a.code == "NGAMIL", a


def test_a_countrys_un_ambassador_is_the_countrys_diplomat(pipe):
    a = _actor(pipe, "UNITED NATIONS, June 2 (Wire) - Myanmar's U.N. ambassador Kyaw Moe Tun rejected the "
               "report on Tuesday.", "Myanmar's U.N. ambassador Kyaw Moe Tun")
    assert a.code == "MMRGOV", a


def test_a_countrys_un_envoy_is_the_countrys_diplomat(pipe):
    a = _actor(pipe, "UNITED NATIONS, June 2 (Wire) - Chile's UN envoy said the vote sent a clear message.",
               "Chile's UN envoy")
    assert a.code == "CHLGOV", a


def test_the_un_envoy_for_a_country_is_still_the_uns(pipe):
    a = _actor(pipe, "UNITED NATIONS, June 2 (Wire) - The U.N. envoy for Libya briefed the council on "
               "Tuesday.", "U.N. envoy")
    assert a.code.startswith("IGOUNO"), a


def test_an_office_of_something_stays_with_the_name_after_it(pipe):
    art = pipe(Article.create("WASHINGTON, June 2 (Wire) - Secretary of State Mara Ellison welcomed "
                              "the truce on "
                              "Tuesday.", published="2025-06-02"))
    texts = [a.text for a in art.actors]
    assert "State" not in texts, texts
    a = _actor(pipe, "WASHINGTON, June 2 (Wire) - Secretary of State Mara Ellison welcomed the "
                     "truce on Tuesday.",
               "Secretary of State Mara Ellison")
    assert a.code == "USAGOV", a


def test_a_country_before_the_office_joins_it(pipe):
    a = _actor(pipe, "Kenyan Minister of Defence Peter Mwangi said the troops had withdrawn from the border "
               "town. Mwangi said the army would stay in the region.", "Mwangi")
    assert (a.code, a.resolved_by) == ("KENGOV", "coreference"), a


def test_a_portfolio_ministry_takes_the_one_country_of_the_story(pipe):
    a = _actor(pipe, "The Ghanaian cedi fell sharply on Monday. The finance ministry said it would "
                     "seek an IMF "
               "programme.", "finance ministry")
    assert (a.code, a.resolved_by) == ("GHAGOV", "context"), a


def test_an_adjective_government_is_still_not_bare(pipe):
    a = _actor(pipe, "The Ghanaian cedi fell sharply on Monday. The new government said it would seek an IMF "
               "programme.", "new government")
    assert a.code is None, a


def test_a_portfolio_ministry_between_two_countries_stays_unknown(pipe):
    a = _actor(pipe, "Armenia accused Azerbaijan of shelling a border village. The defence ministry said two "
               "soldiers were wounded.", "defence ministry")
    assert a.code is None, a
