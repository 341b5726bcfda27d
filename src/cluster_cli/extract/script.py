"""Text in traditional characters (Hong Kong, Taiwan and Macao papers, older scans) read with
the rules, which are written in simplified characters: 增長 is read as 增长, 億元 as 亿元.

Each character is replaced by its simplified form one for one, so that every position stays
where it was: the quotes are still cut from the text as written. OpenCC (the converter of
Wikipedia and most Chinese input methods) gives the forms; it is imported only for a text
that holds traditional characters.
"""

from __future__ import annotations

import re

# Characters written only in traditional texts, and common in any of them: a simplified text
# holds none. Three of them make a text worth converting.
_TRADITIONAL = re.compile(
    "["
    "這們個來說時會對學國發經濟產業長達萬億際區與為實現進開"
    "關總機構體點議設劃動縣鄉鎮華資務營農環級聯電網項規貿車辦"
    "]"
)
_ENOUGH = 3
_FIRST_HAN = 0x3400  # below: letters, digits, punctuation; never converted


def as_simplified(text: str, *, always: bool = False) -> str:
    """``text`` with its traditional characters in their simplified forms, of the same length.
    ``always``: even a text of few of them (a title, where its document has many)."""
    enough = any(count >= _ENOUGH for count, _ in enumerate(_TRADITIONAL.finditer(text), 1))
    if not (enough or (always and text)):
        return text
    from opencc import OpenCC

    converter = OpenCC("t2s")
    table: dict[int, str] = {}
    for character in set(text):
        if ord(character) >= _FIRST_HAN:
            simplified = converter.convert(character)
            if len(simplified) == 1 and simplified != character:
                table[ord(character)] = simplified
    return text.translate(table)
