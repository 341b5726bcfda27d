"""The Typer app: the root options, the table of commands, and :func:`run`.

Each command lives in a module of this package and is a few lines over the application layer
(:mod:`cluster_cli.app`) and the renderers. Errors users can act on are
:class:`~cluster_cli.errors.ClusterError`; :func:`run` catches them once, prints one line to
stderr and maps them to exit codes. ``--debug`` anywhere on the command line shows tracebacks.
"""

import importlib
import os
import sys
from typing import Annotated

import typer

from cluster_cli import __version__
from cluster_cli.commands.options import localize_help
from cluster_cli.errors import ClusterError, ExitCode, UsageError
from cluster_cli.i18n import Phrase, current, default_lang, lang_in, say, set_lang
from cluster_cli.i18n import messages as m
from cluster_cli.text import clean


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
    "import": ("cluster_cli.commands.records", "import_"),
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
            command = getattr(importlib.import_module(module), function)
            localize_help(command, name, lang)
            phrase = COMMAND_HELP.get(name)
            help_text = phrase(lang) if phrase is not None else None
            app.command(name, help=help_text)(command)
    return app


# Each command's help; `extract` keeps its own (its module speaks both languages itself).
COMMAND_HELP: dict[str, Phrase] = {
    "status": m.STATUS_HELP,
    "show": m.SHOW_HELP,
    "update": m.UPDATE_HELP,
    "log": m.LOG_HELP,
    "undo": m.UNDO_HELP,
    "import": m.IMPORT_HELP,
    "report": m.REPORT_HELP,
    "check": m.CHECK_HELP,
    "init": m.INIT_HELP,
}


def _command_name(args: list[str]) -> str | None:
    """The command about to run, when it can be told without parsing: the first word."""
    if os.environ.get("_CLUSTER_CLI_COMPLETE"):  # shell completion needs every command
        return None
    first = next((arg for arg in args if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def _utf8_output() -> None:
    """Chinese text must not crash the output: files and pipes get UTF-8 whatever the locale
    (a report redirected on a GBK or cp1252 system), a terminal that cannot show a character
    gets a replacement mark instead of an exception."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding == "utf8" or reconfigure is None:
            continue
        if stream.isatty():
            reconfigure(errors="replace")
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


def _flush_output() -> str | None:
    """Write out what the command printed; the reason when it cannot be written (a full disk,
    ``> /dev/full``). A closed pipe (``| head``) is no error: the reader has what it wanted."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_output()
    except OSError as error:
        _discard_output()
        return error.strerror or str(error)
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
    _utf8_output()
    debug = "--debug" in argv or bool(os.environ.get("CLUSTER_CLI_DEBUG"))
    args = [arg for arg in argv if arg != "--debug"]
    # The language of the whole run, chosen once: messages raised deep down use it too.
    before = set_lang(lang_in(args) or default_lang())
    try:
        code = _run(args, debug)
        problem = _flush_output()
        if problem is not None:
            _error(say(m.OUTPUT_NOT_WRITTEN, reason=problem))
            return code or ExitCode.IO
        return code
    finally:
        set_lang(before)


def _error(message: str) -> None:
    print(say(m.ERROR, message=clean(message, multiline=True)), file=sys.stderr)


def _run(args: list[str], debug: bool) -> int:
    try:
        undecodable = _undecodable(args)
        if undecodable is not None:
            raise UsageError(say(m.NOT_UTF8_ARGUMENT, argument=undecodable))
        build_app(_command_name(args))(args=args, prog_name="cluster-cli")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except ClusterError as error:
        if debug:
            raise
        _error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        print(say(m.INTERRUPTED), file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _discard_output()
        return 0
    except OSError as error:
        if debug:
            raise
        if error.errno is None or error.filename is not None:
            return _internal(error)
        # Writing the output failed while the command ran (a full disk behind > FILE).
        _discard_output()
        _error(say(m.OUTPUT_NOT_WRITTEN, reason=error.strerror or str(error)))
        return ExitCode.IO
    except Exception as error:  # a bug: one line, and the way to see more
        if debug:
            raise
        return _internal(error)
    return 0


def _internal(error: Exception) -> int:
    print(say(m.INTERNAL, kind=type(error).__name__, error=error), file=sys.stderr)
    return ExitCode.INTERNAL
