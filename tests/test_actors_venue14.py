"""A dateline city that is only the venue of the story (actors/venue.py, actors/context.py).

Unnamed groups take the dateline's country, except when the text says the dateline city is only where the
parties met or who mediated between them, the host takes no part, and the parties dominate the story: then
they go to a party (the one acting on them, the one named before them in the sentence, the dominant one) or
stay unresolved. Police and protesters keep the host's country. Synthetic wire-style articles through the
real pipeline (`dateline.api_lib.extract`: dateline header, spaCy, the shipped dictionary).
"""

from __future__ import annotations

from dateline.api_lib import extract

DATE = "2024-02-17"


def _art(text):
    art = extract(text, published=DATE)
    assert art.dateline is not None and art.dateline.place, art.dateline
    return art


def _one(art, text):
    found = [a for a in art.actors if a.text == text]
    assert len(found) == 1, f"{text!r}: {[(a.text, a.code) for a in art.actors]}"
    return found[0]


SUMMIT = (
    "ADDIS ABABA, Feb 17 (Newswire) - Leaders meeting at a regional summit in the Ethiopian capital on "
    "Saturday pressed Congo and Rwanda to stop the fighting in eastern Congo.\n\n"
    "Rwandan President Paul Kagame accused Kinshasa of arming militias hostile to Rwanda, while Congolese "
    "President Felix Tshisekedi said Rwanda had sent troops across the border.\n\n"
    "Rebels took two more towns this week, and thousands of civilians fled toward the lake, aid groups "
    "said.\n\n"
    "Police closed the main roads around the conference hall.\n\n"
    "The summit called on both countries to pull back and return to talks in Luanda.")


def test_summit_venue_groups_go_to_the_parties_not_the_host():
    art = _art(SUMMIT)
    assert _one(art, "militias").country == "COD"  # armed by Kinshasa, named just before
    assert _one(art, "troops").code == "RWAMIL"  # "Rwanda had sent troops"
    # no party named in the sentence and none dominant: unresolved rather than Ethiopian
    assert not _one(art, "Rebels").resolved
    assert not _one(art, "civilians").resolved
    assert not any(a.country == "ETH" and a.resolved_by == "context" and a.sector != "COP"
                   for a in art.actors), [(a.text, a.code) for a in art.actors]


def test_summit_venue_police_stay_the_hosts():
    assert _one(_art(SUMMIT), "Police").code == "ETHCOP"


def test_summit_venue_both_countries_are_the_parties():
    assert set(_one(_art(SUMMIT), "both countries").members) == {"COD", "RWA"}


SWAP = (
    "ABU DHABI, Jan 3 (Newswire) - Russia and Ukraine exchanged 300 prisoners of war on Wednesday in a swap "
    "mediated by the UAE, the two sides said.\n\n"
    "Ukraine's President Volodymyr Zelenskiy said 150 soldiers had come home, including defenders of the "
    "steel plant. Russia's defence ministry said its soldiers were flown to Moscow for checks.\n\n"
    "The UAE foreign ministry said it had mediated several swaps between Moscow and Kyiv and thanked both "
    "countries.")


def test_mediated_swap_prisoners_are_neither_the_mediators_nor_one_side():
    art = _art(SWAP)
    prisoners = _one(art, "300 prisoners")
    assert prisoners.country != "ARE" and not prisoners.resolved  # exchanged by both: neither alone
    assert _one(art, "150 soldiers").code == "UKRMIL"  # the Ukrainian president speaks of them
    assert set(_one(art, "two sides").members) == {"RUS", "UKR"}
    assert set(_one(art, "both countries").members) == {"RUS", "UKR"}


def test_returned_and_handed_over_groups_are_the_other_sides():
    art = _art(
        "ABU DHABI, Aug 24 (Newswire) - Russia returned 115 soldiers to Ukraine on Saturday after talks "
        "mediated by the United Arab Emirates, Ukrainian officials said.\n\n"
        "Ukraine's military intelligence said the men had been held since the siege of the port. Kyiv said "
        "it had handed over 115 prisoners to Russia in return, and Russia's defence ministry confirmed the "
        "swap.")
    assert _one(art, "115 soldiers").code == "UKRMIL"
    assert _one(art, "115 prisoners").country == "RUS"


def test_mediated_talks_victims_and_prisoners_by_who_acts_on_them():
    art = _art(
        "DOHA, May 2 (Newswire) - Israeli and Hamas negotiators resumed indirect talks in Doha on Thursday "
        "in a process mediated by Qatar and Egypt, officials said.\n\n"
        "Israeli air strikes killed 30 people in Gaza overnight, health officials said.\n\n"
        "Israel's military said soldiers had destroyed a tunnel in Rafah. Hamas said it wanted a lasting "
        "truce and the release of prisoners held by Israel.\n\n"
        "Hamas accused Israel of killing 25 civilians in a strike on a school.")
    assert _one(art, "30 people").country == "PSE"  # killed by Israeli strikes
    assert _one(art, "soldiers").code == "ISRMIL"
    assert _one(art, "prisoners").country == "PSE"  # held by Israel
    assert _one(art, "25 civilians").country == "PSE"  # "accused Israel of killing"
    assert not any(a.country == "QAT" and a.resolved_by == "context" for a in art.actors)


# -- the dateline city is where things happen: unchanged -------------------------------------------------

def test_war_story_from_the_capital_keeps_the_datelines_country():
    art = _art(
        "KYIV, Jan 3 (Newswire) - Russian missiles struck an apartment block overnight, killing four "
        "people, and Russia launched more than 40 drones at the capital, officials said.\n\n"
        "Russia's defence ministry said it had hit military targets. Rescuers pulled residents from the "
        "rubble and police cordoned off the area, while Russian forces also shelled Kharkiv, Russia's army "
        "said.\n\nMoscow denied targeting civilians.")
    for text in ("residents", "police", "civilians"):
        assert _one(art, text).country == "UKR", text


def test_host_that_takes_part_in_the_talks_is_no_venue():
    art = _art(
        "KYIV, June 10 (Newswire) - President Volodymyr Zelenskiy hosted German Chancellor Olaf Scholz for "
        "talks in Kyiv on Monday, as Russian drones struck energy sites across the country.\n\n"
        "Scholz said Germany would send another air defence system. Russian forces shelled Kharkiv overnight "
        "and police said three civilians were killed.\n\n"
        "Russia's defence ministry said its troops had taken a village in the east.")
    assert _one(art, "police").code == "UKRCOP"
    assert _one(art, "three civilians").country == "UKR"


def test_leaders_meeting_in_the_hosts_capital_keep_the_hosts_police():
    art = _art(
        "BEIJING, May 16 (Newswire) - Chinese President Xi Jinping met Russian President Vladimir Putin in "
        "Beijing on Thursday for talks on trade and energy.\n\n"
        "Putin said Russia and China would expand cooperation, and Moscow would send more oil to Asia. "
        "Russia's foreign ministry said the two sides signed ten agreements.\n\n"
        "Police sealed off streets around the venue during the meeting.")
    assert _one(art, "Police").code == "CHNCOP"


def test_mediating_host_named_as_often_as_the_parties_is_no_venue():
    art = _art(
        "CAIRO, May 2 (Newswire) - President Abdel Fattah al-Sisi of Egypt told reporters on Thursday that talks in "
        "Cairo between Israel and Hamas had made progress.\n\n"
        "Egypt's foreign ministry said Egyptian mediators would meet both delegations again. Egypt's "
        "government also said it had reinforced its border.\n\n"
        "Police arrested 20 protesters who marched toward the Israeli embassy, security sources said.")
    assert _one(art, "Police").code == "EGYCOP"
    assert _one(art, "20 protesters").country == "EGY"


# -- troops belong to whoever sends or keeps them ----------------------------------------------------------

def test_security_council_and_mission_troops_are_the_uns():
    art = _art(
        "UNITED NATIONS, March 14 (Newswire) - The U.N. Security Council extended on Thursday its "
        "peacekeeping mission in South Sudan for another year and kept a ceiling of 17,000 troops, as "
        "fighting spread in the country's north.\n\n"
        "South Sudan's government has accused rebels of attacking civilians in Upper Nile state, and the "
        "mission said 2,000 troops would be moved to protect displaced people.")
    assert _one(art, "17,000 troops").country == "IGOUNO"
    assert _one(art, "2,000 troops").country == "IGOUNO"
    assert _one(art, "rebels").code == "SSDREB"  # not the organisation's


def test_a_bloc_that_sends_troops_owns_them_but_not_an_army_it_accuses():
    art = _art(
        "MOGADISHU, March 14 (Newswire) - The African Union will send 3,000 more troops to Somalia next "
        "month, the bloc said, as militants attacked a base near the capital.\n\n"
        "The Security Council accused the army of killing civilians. NATO said it would deploy 4,000 troops "
        "to its eastern flank.")
    assert _one(art, "3,000 more troops").country.startswith("IGOAFR")
    assert _one(art, "army").code == "SOMMIL"
    assert _one(art, "4,000 troops").country.startswith("IGOWST")


def test_troops_sent_by_the_other_side_in_a_war_story():
    art = _art(
        "KYIV, March 14 (Newswire) - Russia has sent thousands more troops to the front in the east, "
        "Ukraine's military said on Tuesday, as Russian shelling killed three civilians in the city.\n\n"
        "Police said rescuers were still searching the rubble.")
    assert _one(art, "thousands more troops").code == "RUSMIL"
    assert _one(art, "three civilians").country == "UKR"
    assert _one(art, "Police").code == "UKRCOP"


# -- "both sides" in a mediated story are the parties, not the mediators ----------------------------------

def test_both_sides_urged_by_a_mediators_official_are_not_the_mediators():
    art = _art(
        "DOHA, May 2 (Newswire) - Israel and Hamas resumed indirect talks in Doha on Thursday over a "
        "ceasefire in Gaza and the release of hostages.\n\n"
        "Qatar's foreign ministry said Qatar and Egypt were working to narrow the gaps. Egypt's intelligence "
        "chief arrived later in the day, and Egypt said it had sent a new proposal.\n\n"
        "A Qatari official said the mediators had urged both sides to show flexibility.")
    members = _one(art, "both sides").members
    assert len(members) == 2 and "QAT" not in members and "EGY" not in members, members
    assert "ISR" in members


def test_two_sides_are_not_the_pair_that_mediated():
    art = _art(
        "DOHA, May 2 (Newswire) - Israeli and Hamas negotiators resumed indirect talks in Doha on Thursday "
        "over a ceasefire in Gaza.\n\n"
        "Qatar and Egypt, which have mediated for months, said progress had been made. Qatar's foreign "
        "ministry said Qatar had hosted several rounds this year.\n\n"
        "The Qatari prime minister called on the two sides to seize the moment.")
    assert set(_one(art, "two sides").members) == {"ISR", "PSE"}


def test_troops_of_several_deployers_are_not_the_first_ones():
    art = _art("LUSAKA, May 2 (Newswire) - Tanzania, Zambia and Malawi will withdraw their troops from "
               "eastern Congo under an accord signed on Monday.")
    assert _one(art, "their troops").country != "TZA"


def test_a_speaker_who_speaks_of_both_countries_is_one_of_them():
    art = _art(
        "BRASILIA, May 2 (Newswire) - Kenyan President William Ruto held talks with Brazil's president on "
        "Monday.\n\nRuto said Kenya wanted closer trade ties with Brazil, and the visit would bring benefits "
        "for both countries.")
    assert set(_one(art, "both countries").members) == {"KEN", "BRA"}
