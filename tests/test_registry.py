"""The entity registry: one entity per name, surnames folded, languages linked."""

import pytest

from quizapp.extract.translit import latin_skeleton, persian_skeleton, same_name
from quizapp.models import Entity, Mention

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("latin", "persian"),
    [
        ("Kamenev", "کامنف"),
        ("Kerensky", "کرنسکی"),
        ("Lenin", "لنین"),
        ("Trotsky", "تروتسکی"),
        ("Petrograd", "پتروگراد"),
        ("Sverdlov", "سوردلوف"),
        ("Chernov", "چرنوف"),
    ],
)
def test_transliterations_match(latin, persian):
    assert same_name(latin, persian)


def test_different_names_do_not_match():
    assert not same_name("Lenin", "کامنف")
    assert not same_name("Petrograd", "لهستان")
    assert latin_skeleton("Kamenev") == persian_skeleton("کامنف") == "kmnf"


def test_mentions_of_one_name_share_one_entity():
    kamenev = Entity.objects.get(kind="PERSON", language="en", key="kamenev")
    texts = set(kamenev.mentions.values_list("text", flat=True))
    assert texts == {"Kamenev", "Kamenev’s"}
    assert kamenev.mentions.count() == 7


def test_a_surname_alone_is_folded_into_the_full_name():
    trotsky = Entity.objects.get(kind="PERSON", language="en", name="Leon Trotsky")
    assert "Trotsky" in trotsky.aliases
    assert not Entity.objects.filter(kind="PERSON", language="en", key="trotsky").exists()


def test_persian_and_english_entities_are_linked():
    lenin = Entity.objects.get(kind="PERSON", language="fa", key="لنین")
    assert lenin.counterpart.name == "Lenin"
    assert lenin.counterpart.counterpart == lenin
    assert (
        Entity.objects.get(kind="PLACE", language="fa", key="پتروگراد").counterpart.name
        == "Petrograd"
    )


def test_every_mention_lies_inside_its_passage():
    for mention in Mention.objects.select_related("passage")[:2000]:
        assert mention.passage.text[slice(*mention.span)] == mention.text
