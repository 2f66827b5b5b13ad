"""Is a person's degree and experience enough for a Qianhai high-demand occupation?

The Qianhai tables say "More than N years": read literally, exactly N years is not more
than N, so it is not met, and the verdict says so explicitly rather than passing it.
Degrees rank bachelor < master < doctor; a second bachelor's degree is a bachelor's degree.
"""

from __future__ import annotations

from knowledge.eligibility.verdict import Criterion, Status, Verdict, combine, format_years
from knowledge.records import Degree, Provenance, QianhaiList, QianhaiOccupation

_RANK = {Degree.BACHELOR: 1, Degree.SECOND_BACHELOR: 1, Degree.MASTER: 2, Degree.DOCTOR: 3}


LIST_SECTION = Provenance(doc="qianhai", section="3. High-Demand Occupations and Competencies")


def check_occupation(
    qianhai_list: QianhaiList,
    occupation: QianhaiOccupation | None,
    query: str | None,
    degree: Degree | None,
    years: float | None,
) -> Verdict:
    """Verdict for a listed occupation (``None`` when ``query`` matched none of the 50).

    Missing inputs come back unknown; an occupation off the list is not met.
    """
    listed = _listed_criterion(len(qianhai_list.occupations), occupation, query)
    criteria: tuple[Criterion, ...] = (listed,)
    if occupation is not None:
        criteria += (_degree_criterion(occupation, degree), _years_criterion(occupation, years))
    inputs = (("occupation", query), ("degree", degree), ("years", years))
    subject = occupation.name if occupation else (query or "an occupation")
    return Verdict(
        subject=f"{subject} (Qianhai list)",
        outcome=combine(criteria),
        criteria=criteria,
        missing=tuple(name for name, value in inputs if value is None),
        notes=_notes(qianhai_list, occupation, years) if occupation else (),
    )


def _listed_criterion(
    count: int, occupation: QianhaiOccupation | None, query: str | None
) -> Criterion:
    rule = f"The list covers {count} occupations in Tables 1 and 2."
    if occupation is not None:
        where = f"{occupation.orientation}, {occupation.industry}"
        return Criterion(
            "occupation on the list",
            Status.MET,
            f"{occupation.name} is listed ({where}).",
            rule,
            occupation.provenance,
        )
    if query is None:
        return Criterion(
            "occupation on the list", Status.UNKNOWN, "I need your occupation.", rule, LIST_SECTION
        )
    return Criterion(
        "occupation on the list",
        Status.NOT_MET,
        f'"{query}" is not one of the occupations on the Qianhai list.',
        rule,
        LIST_SECTION,
    )


def _degree_criterion(occupation: QianhaiOccupation, degree: Degree | None) -> Criterion:
    required = occupation.min_degree
    if degree is None:
        status, why = Status.UNKNOWN, f"I need your degree; the list asks for a {required.label}."
    elif _RANK[degree] >= _RANK[required]:
        status, why = Status.MET, f"Your {degree.label} meets the minimum, a {required.label}."
    else:
        status, why = (
            Status.NOT_MET,
            f"Your {degree.label} is below the minimum, a {required.label}.",
        )
    return Criterion("degree", status, why, occupation.education_text, occupation.provenance)


def _years_criterion(occupation: QianhaiOccupation, years: float | None) -> Criterion:
    minimum = occupation.min_years_exclusive
    if years is None:
        status = Status.UNKNOWN
        why = f"I need your years of related experience; the list asks for more than {minimum}."
    elif years > minimum:
        status = Status.MET
        why = f"{format_years(years)} is more than {minimum} years, as the list requires."
    elif years == minimum:
        status = Status.NOT_MET
        why = (
            f"The list says more than {minimum} years; exactly {minimum} is not more than "
            f"{minimum} if read literally. Ask the workstation how they apply it."
        )
    else:
        status = Status.NOT_MET
        why = f"{format_years(years)} is not more than {minimum} years, as the list requires."
    return Criterion("experience", status, why, occupation.experience_text, occupation.provenance)


def _notes(
    qianhai_list: QianhaiList, occupation: QianhaiOccupation, years: float | None
) -> tuple[str, ...]:
    notes = []
    if occupation.preferred_degree:
        notes.append(f"Preferred, not required: {occupation.preferred_degree}.")
    if years is not None and years == occupation.min_years_exclusive:
        notes.append("Boundary case: the requirement is 'more than', not 'at least'.")
    benefit = next(f for f in qianhai_list.facts if f.key == "list_benefit")
    notes.append(f"What being listed gives, and its condition: {benefit.text}")
    return tuple(notes)
