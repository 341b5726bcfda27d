"""The Typer app: the root options, the table of commands, and :func:`run`.

Each command lives in a module of this package and is a few lines over the application layer
(:mod:`cluster_cli.app`) and the renderers. Errors users can act on are
:class:`~cluster_cli.errors.ClusterError`; :func:`run` catches them once, prints one line to
stderr and maps them to exit codes. ``--debug`` anywhere on the command line shows tracebacks.
Typer's Click speaks the language of the run too: its help layout through
:class:`~cluster_cli.commands.helppage.HelpPage`,
its usage errors through :func:`_click_error`.
"""

import errno
import functools
import importlib
import io
import os
import sys
from collections.abc import Callable
from typing import Annotated

import typer

# Typer vendors Click as its private package typer._click and re-exports neither Click's
# HelpFormatter nor its usage errors (only typer.BadParameter, typer.Context, typer.Abort).
# What is used of them is Click's documented API (the formatter's write_* methods and the
# errors' option_name, possibilities, param, ctx); it is imported here alone, and typer is
# pinned to the minor version the tests run against (pyproject.toml).
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup

from cluster_cli import __version__
from cluster_cli.commands.helppage import HelpPage
from cluster_cli.commands.options import localize_help
from cluster_cli.errors import (
    ClusterError,
    ExitCode,
    UsageError,
    new_run,
    nothing_changed,
    os_reason,
)
from cluster_cli.i18n import Phrase, current, default_lang, lang_in, read_back, say, set_lang
from cluster_cli.i18n import messages as m
from cluster_cli.text import clean, register_fallback


def _version(value: bool) -> None:
    if value:
        print(f"cluster-cli {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug")] = False,
) -> None:
    """cluster-cli: goals, recorded actuals, progress and reports."""


# Each command and where it lives, in the order --help lists them. Only the command being run
# is imported and registered: Typer inspects the signature of every registered command on
# each run, and most commands' modules are not needed by the others.
COMMANDS: dict[str, tuple[str, str]] = {
    "status": ("cluster_cli.commands.status", "status"),
    "show": ("cluster_cli.commands.status", "show"),
    "update": ("cluster_cli.commands.records", "update"),
    "log": ("cluster_cli.commands.records", "log"),
    "undo": ("cluster_cli.commands.records", "undo"),
    "import": ("cluster_cli.commands.importing", "import_"),
    "extract": ("cluster_cli.commands.extract", "extract"),
    "report": ("cluster_cli.commands.report", "report"),
    "check": ("cluster_cli.commands.registry", "check"),
    "init": ("cluster_cli.commands.registry", "init"),
}


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with ``only`` that one, its help texts in the
    current language."""
    lang = current()
    app = typer.Typer(
        name="cluster-cli",
        cls=_Group,
        help=m.APP_HELP(lang),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    localize_help(_root, "", lang)
    app.callback()(_root)
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            loaded = importlib.import_module(module)
            command = getattr(loaded, function)
            localize_help(command, name, lang)
            guarded = _guarded(command)
            app.command(name, help=COMMAND_HELP[name](lang), cls=_Command)(guarded)
    return app


class _Interrupted(Exception):
    """Ctrl-C while a command ran (Typer would turn it into a silent exit 130)."""


class _OutputClosed(Exception):
    """The reader of the output went away (``| head``; Typer would exit 1)."""


def _guarded(command: Callable[..., object]) -> Callable[..., object]:
    """``command`` with Ctrl-C and a closed output handed to :func:`run`, which says so and
    gives the documented exit codes: Typer's own handling exits silently, or with 1."""

    @functools.wraps(command)
    def guarded(*args: object, **kwargs: object) -> object:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            raise _Interrupted from None
        except BrokenPipeError:
            raise _OutputClosed from None

    return guarded


# Each command's help.
COMMAND_HELP: dict[str, Phrase] = {
    "status": m.STATUS_HELP,
    "show": m.SHOW_HELP,
    "update": m.UPDATE_HELP,
    "log": m.LOG_HELP,
    "undo": m.UNDO_HELP,
    "import": m.IMPORT_HELP,
    "extract": m.EXTRACT_HELP,
    "report": m.REPORT_HELP,
    "check": m.CHECK_HELP,
    "init": m.INIT_HELP,
}


def _lang_before_command(args: list[str]) -> list[str]:
    """``cluster-cli --lang zh status``: a language given before the command is moved after its
    name, where every command takes it (the run's language was chosen from it already); given
    with no command (``cluster-cli --lang zh --help``) it has done its work and is dropped."""
    rest, moved, i = list(args), [], 0
    while i < len(rest) and rest[i].startswith("-") and rest[i] != "--":
        if rest[i] == "--lang" and i + 1 < len(rest):
            moved += rest[i : i + 2]
            del rest[i : i + 2]
        elif rest[i].startswith("--lang="):
            moved.append(rest.pop(i))
        else:
            i += 1
    if not moved:
        return args
    if i < len(rest) and rest[i] in COMMANDS:  # the command judges the value, as its own
        return [*rest[: i + 1], *moved, *rest[i + 1 :]]
    return rest if lang_in(moved) is not None else args


def _command_name(args: list[str]) -> str | None:
    """The command about to run, when it can be told without parsing: the first word."""
    if os.environ.get("_CLUSTER_CLI_COMPLETE"):  # shell completion needs every command
        return None
    first = next((arg for arg in args if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def _utf8_output() -> None:
    """Chinese text must not crash the output: files and pipes get UTF-8 whatever the locale
    (a report redirected on a GBK or cp1252 system); a terminal that cannot show a character
    gets a stand-in its encoding has (√ for ✓, - for −), else a replacement mark, instead of
    an exception."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding == "utf8" or reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors=register_fallback())
        else:
            reconfigure(encoding="utf-8")


def _undecodable(args: list[str]) -> str | None:
    """The first argument the system could not decode as UTF-8 (Python keeps such bytes as lone
    surrogates, which no file can hold), named for the message."""
    for arg in args:
        if any("\udc80" <= char <= "\udcff" for char in arg):
            raw = arg.encode("utf-8", "surrogateescape")
            return raw.decode("utf-8", "backslashreplace")
    return None


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process started without one (``>&-``): writing to it fails as
    writing to a closed descriptor does, so that the run ends with the output error (exit 6)
    instead of an internal error or a silent loss."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def _flush_output() -> str | None:
    """Write out what the command printed; the reason when it cannot be written (a full disk,
    ``> /dev/full``). A closed pipe (``| head``) is no error: the reader has what it wanted."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_output()
    except OSError as error:
        _discard_output()
        return os_reason(error)
    return None


def _discard_output() -> None:
    # What could not be written must not be tried again when the interpreter exits.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(argv: list[str]) -> int:
    """Run the CLI with ``argv`` and return the exit code (for tests and for the console script)."""
    stdout = sys.stdout
    if stdout is None:
        sys.stdout = _ClosedOutput()
    _utf8_output()
    debug = "--debug" in argv or _env_debug()
    args = [arg for arg in argv if arg != "--debug"]
    new_run()  # nothing changed yet (the tests run many runs in one process)
    # The language of the whole run, chosen once: messages raised deep down use it too.
    before = set_lang(lang_in(args) or default_lang())
    args = _lang_before_command(args)
    try:
        code = _run(args, debug)
        problem = _flush_output()
        if problem is not None:
            _error(_output_failed(problem))
            return code or ExitCode.IO
        return code
    finally:
        set_lang(before)
        sys.stdout = stdout


def _output_failed(reason: str) -> str:
    """Why the output could not be written, and, when the command had changed a file before,
    that the change stands: a script that ran ``undo --yes`` again would retract another."""
    if nothing_changed():
        return say(m.OUTPUT_NOT_WRITTEN, reason=reason)
    return say(m.OUTPUT_NOT_WRITTEN_AFTER_CHANGES, reason=reason)


def _env_debug() -> bool:
    """``CLUSTER_CLI_DEBUG=1`` (or yes, true, on) shows tracebacks; 0, no, false, off do not."""
    value = os.environ.get("CLUSTER_CLI_DEBUG", "").strip().lower()
    return value not in ("", "0", "no", "false", "off")


def _traceback(debug: bool) -> None:
    """With ``--debug``, the traceback first; the message and the exit code stay the same."""
    if debug:
        import traceback

        traceback.print_exc()


def _error(message: str) -> None:
    print(say(m.ERROR, message=clean(message, multiline=True)), file=sys.stderr)


def _run(args: list[str], debug: bool) -> int:
    try:
        undecodable = _undecodable(args)
        if undecodable is not None:
            raise UsageError(say(m.NOT_UTF8_ARGUMENT, argument=undecodable))
        # Not standalone: Click's errors come here, to be written in the language of the run.
        app = build_app(_command_name(args))
        result = app(args=args, prog_name="cluster-cli", standalone_mode=False)
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except click_errors.ClickException as error:
        return _click_error(error)
    except typer.Abort as error:  # a confirmation cut short: end of input, or Ctrl-C
        if isinstance(error.__context__, KeyboardInterrupt):  # Click raises it "from None"
            return _interrupted(args)
        print(say(m.ABORTED), file=sys.stderr)
        return 1
    except ClusterError as error:
        _traceback(debug)
        _error(str(error))
        return error.exit_code
    except (KeyboardInterrupt, _Interrupted):
        return _interrupted(args)
    except (BrokenPipeError, _OutputClosed):
        _discard_output()
        return 0
    except OSError as error:
        _traceback(debug)
        if error.errno is None or error.filename is not None:
            return _internal(error)
        # Writing the output failed while the command ran (a full disk behind > FILE).
        _discard_output()
        _error(_output_failed(os_reason(error)))
        return ExitCode.IO
    except Exception as error:  # a bug: one line, and the way to see more
        _traceback(debug)
        return _internal(error)
    if result == ExitCode.INTERRUPTED:  # Ctrl-C while Typer read the command line
        return _interrupted(args)
    # A command returns None; typer.Exit (check's exit 1, --version) gives its code.
    return result if isinstance(result, int) else 0


# Writes not made through cluster_cli.files, which notes every write it makes: init makes its
# folder itself, and Typer writes the shell's completion script.
_UNNOTED_WRITES = ("init", "--install-completion")


def _interrupted(args: list[str]) -> int:
    """Ctrl-C: said, with "nothing was changed" when that is sure: no file written yet, or the
    write cut back (:func:`cluster_cli.errors.nothing_changed`). After a write, or when it
    cannot be known, nothing is said about it."""
    unchanged = nothing_changed() and not any(arg in _UNNOTED_WRITES for arg in args)
    print(say(m.INTERRUPTED_UNCHANGED if unchanged else m.INTERRUPTED), file=sys.stderr)
    return ExitCode.INTERRUPTED


def _internal(error: Exception) -> int:
    print(say(m.INTERNAL, kind=type(error).__name__, error=error), file=sys.stderr)
    return ExitCode.INTERNAL


# ---------------------------------------------------------------- Click's own words


# Help pages and usage lines are laid out by a context's formatter: the group's and each
# command's context take the one above.
class _Context(typer.Context):
    formatter_class = HelpPage


class _Group(TyperGroup):
    context_class = _Context


class _Command(TyperCommand):
    context_class = _Context


def _click_error(error: click_errors.ClickException) -> int:
    """Click's error laid out as Click shows it (usage, where to find help, the error), in the
    language of the run, with Click's exit code (2 for usage errors)."""
    if isinstance(error, click_errors.NoArgsIsHelpError):
        print(error.format_message(), file=sys.stderr)  # the help itself, already worded
        return error.exit_code
    ctx = error.ctx if isinstance(error, click_errors.UsageError) else None
    if ctx is not None:
        lines = [ctx.get_usage()]
        if ctx.command.get_help_option(ctx) is not None:
            option = ctx.help_option_names[0]
            lines.append(say(m.TRY_HELP, command=ctx.command_path, option=option))
        print("\n".join(lines) + "\n", file=sys.stderr)
    message = clean(_click_message(error), multiline=True)
    print(say(m.USAGE_ERROR, message=message), file=sys.stderr)
    return error.exit_code


# Click's usage errors that carry their message only (ctx.fail, the option parser).
_CLICK_MESSAGES = (
    m.NO_SUCH_COMMAND,
    m.MISSING_COMMAND,
    m.EXTRA_ARGUMENTS,
    m.OPTION_NEEDS_VALUE,
    m.OPTION_NEEDS_VALUES,
    m.OPTION_TAKES_NO_VALUE,
)


def _click_message(error: click_errors.ClickException) -> str:
    """The error's message in the language of the run, from its attributes where it has them;
    Click's English for an error not known here."""
    if isinstance(error, click_errors.NoSuchOption):
        options = ", ".join(sorted(error.possibilities or ()))
        hint = say(m.POSSIBLE_OPTIONS, options=options) if options else ""
        if error.option_name[1:2].isdigit():  # -0.5: a negative value, not an option
            hint = say(m.NEGATIVE_VALUE_HINT)
        return say(m.NO_SUCH_OPTION, option=error.option_name, hint=hint)
    if isinstance(error, click_errors.MissingParameter):
        return _missing(error) or error.format_message()
    if isinstance(error, typer.BadParameter):
        name = _param_hint(error)
        if name:
            return say(m.INVALID_VALUE_FOR, name=name, message=error.message)
        return say(m.INVALID_VALUE, message=error.message)
    found = read_back(error.message, _CLICK_MESSAGES)
    if found is None:
        return error.format_message()
    phrase, fields = found
    if fields.get("hint"):  # Typer's " Did you mean 'status'?" after an unknown command
        suggestion = read_back(fields["hint"], (m.COMMAND_SUGGESTION,))
        if suggestion is None:
            return error.format_message()
        fields["hint"] = say(m.COMMAND_SUGGESTION, **suggestion[1])
    message = say(phrase, **fields)
    if phrase is m.EXTRA_ARGUMENTS and isinstance(error, click_errors.UsageError):
        message += _value_taken_from_option(error)
    return message


def _value_taken_from_option(error: click_errors.UsageError) -> str:
    """``status --limit --lang zh``: Click gives ``--lang`` to ``--limit`` as its value, and
    then finds ``zh`` left over. Said, since the leftover alone does not show the slip."""
    ctx = error.ctx
    if ctx is None:
        return ""
    names = {name for param in ctx.command.params for name in param.opts}
    for param in ctx.command.params:
        given = ctx.params.get(param.name or "")
        for value in given if isinstance(given, list | tuple) else [given]:
            if isinstance(value, str) and value.split("=", 1)[0] in names:
                option = max(param.opts, key=len)
                return say(m.VALUE_TAKEN_FROM_OPTION, option=option, value=value)
    return ""


def _missing(error: click_errors.MissingParameter) -> str | None:
    """``Missing option '--period' / '-p'.``; None for a message with more to it."""
    param = error.param
    if error.message or param is None or param.get_missing_message(error.ctx):
        return None
    kind = error.param_type or param.param_type_name
    phrase = {"option": m.MISSING_OPTION, "argument": m.MISSING_ARGUMENT}.get(kind)
    name = _param_hint(error)
    placeholder = m.PLACEHOLDERS.get(name.strip("'"))
    if kind == "argument" and placeholder is not None:
        name = f"'{say(placeholder)}'"  # as the usage line and the help name it: '目标'
    return say(phrase, name=name) if phrase is not None and name else None


def _param_hint(error: typer.BadParameter) -> str:
    """How Click names the parameter: ``'--period' / '-p'`` or ``'GOAL'``."""
    hint = error.param_hint
    if hint is None:
        return error.param.get_error_hint() if error.param is not None else ""
    return hint if isinstance(hint, str) else " / ".join(repr(part) for part in hint)
