"""Reading a policy document from disk: plain text or Markdown (UTF-8, GB18030/GBK and other
encodings detected), a saved web page, a Word .docx file, or a PDF with a text layer.

Every failure is one :class:`DocumentError` naming the file, in English and Chinese. The readers
of HTML, DOCX and PDF, and the encoding detector, are imported only when a file needs them.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cluster_cli.errors import InputFileError

MAX_BYTES = 50 * 1024 * 1024  # a policy text is far smaller; this stops a runaway read
MAX_PAGES = 2000
Format = Literal["text", "html", "docx", "pdf"]
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ""}


class DocumentError(InputFileError):
    """A document that cannot be read, with the problem in Chinese too."""

    def __init__(self, path: str, problem: str, problem_zh: str) -> None:
        super().__init__(path, problem)
        self.problem_zh = problem_zh

    def in_language(self, lang: str) -> InputFileError:
        return InputFileError(self.path, self.problem_zh) if lang == "zh" else self


@dataclass(frozen=True)
class Document:
    text: str
    name: str  # the file name as given
    title: str
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
        raise DocumentError(name, "has no text", "没有文字") from None
    return Document(text, name, title or first_line(text) or path.stem, kind)


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DocumentError(name, "no such file", "文件不存在") from None
    except OSError as error:
        raise DocumentError(
            name,
            f"cannot be read: {error.strerror or error}",
            f"无法读取：{error.strerror or error}",
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(name, "is a directory, not a file", "是目录，不是文件") from None
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(
            name, "is not a regular file (a device or a pipe?)", "不是普通文件（是设备或管道？）"
        ) from None
    if info.st_size > MAX_BYTES:
        raise DocumentError(
            name,
            f"is larger than {MAX_BYTES // (1024 * 1024)} MB",
            f"大于 {MAX_BYTES // (1024 * 1024)} MB",
        ) from None
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise DocumentError(
            name, "permission denied: the file cannot be read", "没有读取权限（permission denied）"
        ) from None
    except OSError as error:
        raise DocumentError(
            name,
            f"cannot be read: {error.strerror or error}",
            f"无法读取：{error.strerror or error}",
        ) from None
    if len(data) > MAX_BYTES:
        raise DocumentError(
            name,
            f"is larger than {MAX_BYTES // (1024 * 1024)} MB",
            f"大于 {MAX_BYTES // (1024 * 1024)} MB",
        ) from None
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
        raise DocumentError(
            name, "is not a text file (it holds NUL bytes)", "不是文本文件（含有 NUL 字节）"
        ) from None
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
        raise DocumentError(
            name,
            "is not text in an encoding that can be recognised; save it as UTF-8",
            "无法识别文字编码；请另存为 UTF-8",
        )
    try:
        return data.decode(_gb(best.encoding))
    except (LookupError, UnicodeDecodeError):
        raise DocumentError(
            name,
            f"looks like {best.encoding} but does not decode; save it as UTF-8",
            f"看似 {best.encoding} 编码却无法解码；请另存为 UTF-8",
        ) from None


def _gb(encoding: str) -> str:
    """GB2312 and GBK texts are read as GB18030, the standard that contains both."""
    lowered = encoding.lower().replace("-", "").replace("_", "")
    return "gb18030" if lowered in ("gb2312", "gbk", "gb18030", "cp936", "hz") else encoding


def first_line(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        # 唯 创 新 者 胜: spaces between Chinese characters are layout
        stripped = re.sub(r"(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff])", "", stripped)
        if stripped:
            return stripped[:80]
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
        raise DocumentError(
            name,
            "reading .docx needs python-docx (pip install python-docx)",
            "读取 .docx 需要 python-docx（pip install python-docx）",
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise DocumentError(
            name,
            "is not a readable Word .docx file (damaged, or another format)",
            "不是可读取的 Word .docx 文件（已损坏或为其他格式）",
        ) from None
    except Exception as error:  # lxml raises its own errors on damaged XML
        raise DocumentError(
            name,
            f"is not a readable Word .docx file ({type(error).__name__})",
            f"不是可读取的 Word .docx 文件（{type(error).__name__}）",
        ) from None
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
        raise DocumentError(
            name,
            "reading PDF needs pypdf (pip install pypdf)",
            "读取 PDF 需要 pypdf（pip install pypdf）",
        ) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(
                name,
                "is an encrypted PDF; save an unprotected copy first",
                "是加密的 PDF；请先另存一份未加密的副本",
            ) from None
        if len(reader.pages) > MAX_PAGES:
            raise DocumentError(
                name, f"has more than {MAX_PAGES} pages", f"超过 {MAX_PAGES} 页"
            ) from None
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise DocumentError(
            name,
            "is not a readable PDF (damaged, or another format)",
            "不是可读取的 PDF（已损坏或为其他格式）",
        ) from None
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise DocumentError(
            name,
            f"is not a readable PDF ({type(error).__name__})",
            f"不是可读取的 PDF（{type(error).__name__}）",
        ) from None
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError(
            name,
            "has no text layer (scanned pages?): it needs OCR first, e.g. "
            "`ocrmypdf --language chi_sim IN.pdf OUT.pdf`, then extract from OUT.pdf",
            "没有文字层（扫描件？）：需要先做 OCR，例如 "
            "`ocrmypdf --language chi_sim IN.pdf OUT.pdf`，再从 OUT.pdf 提取",
        )
    return text + "\n", title
