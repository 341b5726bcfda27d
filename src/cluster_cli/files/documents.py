"""Reading a policy document from disk: plain text or Markdown (UTF-8, GB18030/GBK and other
encodings detected), a saved web page, a Word .docx file, or a PDF with a text layer.

Every failure is one :class:`DocumentError` naming the file, in the language of the run. The readers
of HTML, DOCX and PDF, and the encoding detector, are imported only when a file needs them.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cluster_cli.errors import InputFileError, os_reason
from cluster_cli.files.regular import not_regular
from cluster_cli.files.utf16 import utf16_codec
from cluster_cli.i18n import Phrase, say
from cluster_cli.i18n import messages as m

MAX_BYTES = 50 * 1024 * 1024  # a policy text is far smaller; this stops a runaway read
MAX_PAGES = 2000
Format = Literal["text", "html", "docx", "pdf"]
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ""}


class DocumentError(InputFileError):
    """A document that cannot be read."""

    def __init__(self, path: str, phrase: Phrase, **values: object) -> None:
        super().__init__(path, say(phrase, **values))


@dataclass(frozen=True)
class Document:
    text: str
    name: str  # the file name as given
    title: str  # the file's own (HTML, .docx, PDF) or the one the text states; else ''
    format: Format


def read_document(path: Path) -> Document:
    name = str(path)
    data = _read_bytes(path)
    kind = _format(path, data)
    if kind == "pdf":
        text, title = _pdf(data, name)
    elif kind == "docx":
        text, title = _docx(data, name)
    elif kind == "html":
        text, title = _html(decode(data, name, html=True))
    else:
        text, title = decode(data, name), ""
    if not text.strip():
        raise DocumentError(name, m.DOC_NO_TEXT) from None
    # Old Mac and Windows line ends read as the line breaks they are: a lone \r read as a space
    # ran paragraphs together.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(text, name, title or stated_title(text), kind)


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DocumentError(name, m.NO_SUCH_FILE) from None
    except OSError as error:
        raise DocumentError(name, m.CANNOT_BE_READ, reason=os_reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(name, m.IS_DIRECTORY_NOT, what=say(m.A_FILE)) from None
    if not stat.S_ISREG(info.st_mode):
        raise not_regular(name, info.st_mode) from None
    if info.st_size > MAX_BYTES:
        raise DocumentError(name, m.DOC_TOO_LARGE, mb=MAX_BYTES // (1024 * 1024)) from None
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise DocumentError(name, m.PERMISSION_DENIED, what=say(m.A_FILE)) from None
    except OSError as error:
        raise DocumentError(name, m.CANNOT_BE_READ, reason=os_reason(error)) from None
    if len(data) > MAX_BYTES:
        raise DocumentError(name, m.DOC_TOO_LARGE, mb=MAX_BYTES // (1024 * 1024)) from None
    return data


def _format(path: Path, data: bytes) -> Format:
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        return "pdf"
    if suffix == ".docx" or (data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]):
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or (
        suffix not in _TEXT_SUFFIXES and re.match(rb"\s*<(?:!doctype html|html)", data[:512], re.I)
    ):
        return "html"
    return "text"


def decode(data: bytes, name: str, *, html: bool = False) -> str:
    """UTF-8 (with or without BOM), else the encoding the bytes show (GB18030, Big5, ...)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = utf16_codec(data, mostly=False)  # saved by a Windows tool with no BOM
        if codec is None:
            raise DocumentError(name, m.DOC_NUL) from None
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            raise DocumentError(name, m.DOC_NUL) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
        if declared:
            try:
                return data.decode(_gb(declared.group(1).decode("ascii")))
            except (LookupError, UnicodeDecodeError):
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DocumentError(name, m.DOC_UNKNOWN_ENCODING)
    try:
        return data.decode(_gb(best.encoding))
    except (LookupError, UnicodeDecodeError):
        raise DocumentError(name, m.DOC_DOES_NOT_DECODE, encoding=best.encoding) from None


def _gb(encoding: str) -> str:
    """GB2312 and GBK texts are read as GB18030, the standard that contains both."""
    lowered = encoding.lower().replace("-", "").replace("_", "")
    return "gb18030" if lowered in ("gb2312", "gbk", "gb18030", "cp936", "hz") else encoding


# A title the text states of itself near its top: `title:` in YAML front matter or in a
# metadata line (`# title: …`), or 标题：….
_STATED_TITLE = r"^[ \t]*#?[ \t]*(?:title|标题)[ \t]*[:：][ \t]*(\S.*?)[ \t]*$"


def stated_title(text: str) -> str:
    """The title a text gives itself in its first ten lines, else ''."""
    for line in text.lstrip("\ufeff").splitlines()[:10]:
        found = re.match(_STATED_TITLE, line, re.IGNORECASE)
        if found is not None:
            return found.group(1).strip("\"'")[:80]
    return ""


def _html(markup: str) -> tuple[str, str]:
    from html.parser import HTMLParser

    blocks = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "header",
        "footer",
    }

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.title: list[str] = []
            self.skip = 0
            self.in_title = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "style", "noscript", "template"):
                self.skip += 1
            elif tag == "title":
                self.in_title = True
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "noscript", "template"):
                self.skip = max(0, self.skip - 1)
            elif tag == "title":
                self.in_title = False
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if self.in_title:
                self.title.append(data)
            elif not self.skip:
                self.parts.append(data)

    reader = Reader()
    reader.feed(markup)
    reader.close()
    text = re.sub(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+", "\n", "".join(reader.parts)).strip()
    return text + "\n", " ".join("".join(reader.title).split())


def _docx(data: bytes, name: str) -> tuple[str, str]:
    import io
    import zipfile

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(name, m.DOC_NEEDS, format=".docx", package="python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise DocumentError(name, m.DOC_NOT_DOCX) from None
    except Exception as error:  # lxml raises its own errors on damaged XML
        raise DocumentError(name, m.DOC_NOT_DOCX_BECAUSE, error=type(error).__name__) from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("，".join(cell.text for cell in row.cells))
    title = document.core_properties.title or ""
    return "\n".join(lines) + "\n", title


def _pdf(data: bytes, name: str) -> tuple[str, str]:
    import io
    import logging

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a dependency
        raise DocumentError(name, m.DOC_NEEDS, format="PDF", package="pypdf") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(name, m.DOC_ENCRYPTED_PDF) from None
        if len(reader.pages) > MAX_PAGES:
            raise DocumentError(name, m.DOC_TOO_MANY_PAGES, pages=MAX_PAGES) from None
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise DocumentError(name, m.DOC_NOT_PDF) from None
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise DocumentError(name, m.DOC_NOT_PDF_BECAUSE, error=type(error).__name__) from None
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError(name, m.DOC_NO_TEXT_LAYER)
    return text + "\n", title
