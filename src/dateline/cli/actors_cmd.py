"""`dateline actors "TEXT"`: show how every mention in a text resolves (for debugging dictionaries)."""

from __future__ import annotations

import typer

from ..errors import DatelineError
from .app import ConfigOption, FormatOption, SetOption, app, emit, fail, make_settings

_COLUMNS = ["text", "start", "end", "code", "country", "sector", "name", "role", "resolved_by", "role_date",
            "members"]


@app.command("actors")
def actors_command(
    text: str = typer.Argument(..., help="Text to analyse, e.g. \"Chinese Premier Li Qiang met Putin.\""),
    date: str = typer.Option(None, "--date", help="Date roles are resolved for (YYYY-MM-DD; default today)."),
    actors_file: str = typer.Option(None, "--actors", help="Extra actor dictionary (JSON, our format) that "
                                    "extends or overrides the shipped one (same as actors.user_file)."),
    fmt=FormatOption,
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Show how each actor mention in TEXT resolves: code, country, sector, person, role and how."""
    from ..actors import resolve_text

    overrides = list(set_ or [])
    if actors_file:
        overrides.append(f"actors.user_file={actors_file!r}".replace("'", '"'))
    settings = make_settings(config, overrides)
    if date:
        import datetime as dt

        try:
            dt.date.fromisoformat(date)
        except ValueError:
            fail(f"--date {date!r} is not a date; use YYYY-MM-DD", code=2)
    try:
        actors = resolve_text(text, date=date, settings=settings)
    except DatelineError as exc:
        fail(str(exc))
        return
    rows = [{**a.to_dict(), "members": ",".join(a.members)} for a in actors]
    emit(rows, fmt, columns=_COLUMNS, title=f"actors as of {date or 'today'}")
