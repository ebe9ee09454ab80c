"""Which side a wrong option stands on, seen from the answer: the answer's own camp (named in
lists beside it), a camp known to differ, or another text's story altogether. Options from
mixed sides let a learner rule one side out without knowing the answer."""

from .candidates import Candidate, CandidateIndex
from .textutil import fold_name
from .types import Fact

POOL = 2  # the tier of a name from another document of the language
POOL_NEAR = 0.05  # how near the answer the corpus must put a person of another document


def other_camp(candidate: Candidate, camp: int | None, index: CandidateIndex) -> bool:
    """Whether the candidate stands in a camp known to differ from the answer's (its own, or
    the one its sentence's company puts it in)."""
    theirs = index.camps.camp_of(candidate.canonical, candidate.type)
    return camp is not None and theirs is not None and theirs != camp


def ally(
    candidate: Candidate, camp: int | None, index: CandidateIndex, answer: Fact
) -> bool | None:
    """True for a candidate in the answer's camp, False for one known to stand elsewhere: in
    another camp, or (when the answer's camp is not known) a person of another text's camp
    (Bolshevik leaders from the Central Committee's minutes for a general of the memoir, but
    not for Lenin, whom those minutes name too)."""
    if camp is not None:
        return in_camp(candidate, camp, index)
    foreign = foreign_to(candidate, answer, index)
    return False if foreign and index.camps.knows(candidate.canonical) else None


def foreign_to(candidate: Candidate, answer: Fact, index: CandidateIndex) -> bool:
    """Whether the candidate is a person of another text, and the answer one no other text
    names."""
    foreign = candidate.type == "PERSON" and candidate.tier >= POOL
    return foreign and fold_name(answer.canonical) not in index.pool_people


def stranger(candidate: Candidate, answer: Fact, index: CandidateIndex) -> bool:
    """A person of another text, for an answer no other text names, whom the corpus never puts
    near the answer: someone of another story."""
    return foreign_to(candidate, answer, index) and candidate.near < POOL_NEAR


def apart_from(candidate: Candidate, chosen: list[Candidate], index: CandidateIndex) -> bool:
    """Whether a person stands in another camp than an option already chosen (Chernov beside
    Trotsky for an answer of no known camp): mixed sides let the learner rule one side out."""
    return candidate.type == "PERSON" and any(
        index.camps.apart(candidate.canonical, other.canonical) for other in chosen
    )


def in_camp(candidate: Candidate, camp: int, index: CandidateIndex) -> bool:
    return index.camps.camp_of(candidate.canonical, candidate.type) == camp
