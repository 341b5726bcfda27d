"""The English noun of a count whose unit names none (家, 名, 项, 个, 张: "30 enterprises", never
"30家" in English), read from the end of the goal's name: 培育创新领航企业30家 counts
enterprises. A guess, which the draft says it made; a name that ends otherwise gets none, and
its count is written bare, as before."""

from __future__ import annotations

import re

from cluster_cli.engine.units import UNITS, Dimension, word_of

# The last words of a goal's name, longest first where one ends another (人才及创新团队, 团队).
_NOUNS = (
    ("人才及创新团队", "talents and teams"),
    ("人才和团队", "talents and teams"),
    ("人才团队", "talents and teams"),
    ("专精特新企业", "enterprises"),
    ("企业", "enterprises"),
    ("公司", "companies"),
    ("平台", "platforms"),
    ("项目", "projects"),
    ("研发中心", "R&D centres"),
    ("中心", "centres"),
    ("基地", "bases"),
    ("机构", "institutions"),
    ("团队", "teams"),
    ("人才", "talents"),
    ("医院", "hospitals"),
    ("幼儿园", "kindergartens"),
    ("学校", "schools"),
    ("产业园", "industrial parks"),
    ("园区", "parks"),
    ("工厂", "factories"),
    ("车间", "workshops"),
    ("实验室", "laboratories"),
    ("基站", "base stations"),
    ("充电桩", "charging points"),
    ("场景", "scenarios"),
    ("标准", "standards"),
    ("专利", "patents"),
    ("产品", "products"),
    ("品牌", "brands"),
    ("集群", "clusters"),
    ("高地", "highlands"),
    ("示范区", "demonstration zones"),
    ("小区", "residential compounds"),
    ("社区", "communities"),
    ("景区", "scenic areas"),
    ("床位", "beds"),
    ("岗位", "jobs"),
)
# A count's name may end on what it counts: 高新技术企业数量, 上市公司总数.
_COUNTED = re.compile(r"(?:的)?(?:总数|数量|总量|数)$")


def count_noun(name: str, unit: str) -> str:
    """What a count in ``unit`` counts, in English, from the end of ``name``; "" for a unit
    with an English name of its own (户: households) or a name that ends on no known noun."""
    known = UNITS.get(unit)
    if known is None or known.dimension is not Dimension.COUNT or word_of(unit).name_en:
        return ""
    core = _COUNTED.sub("", name.strip())
    return next((noun for word, noun in _NOUNS if core.endswith(word)), "")
