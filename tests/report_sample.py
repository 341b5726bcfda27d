"""A fixed registry, ledger and as-of date for the report tests and their golden files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cluster_cli.engine.assess import Assessment, compute
from cluster_cli.engine.models import Record, Registry
from cluster_cli.files import registry as registry_module
from cluster_cli.render.jsondoc import Origin
from conftest import check_golden as golden
from conftest import make_record

GOLDEN = Path(__file__).parent / "golden" / "report"
AS_OF = "2025-06-30"
ORIGIN = Origin(registry="targets.toml", ledger="actuals.toml")
HOSTILE = "a|b\nc *em* _u_ <script>alert(1)</script> `code` [link](x) <b>&amp;</b>"


def _record(
    number: int,
    target: str,
    value: float | None,
    unit: str,
    period: str,
    recorded_at: str,
    source: str = "苏州市统计局",
    note: str = "",
    retracts: str | None = None,
) -> Record:
    """A sample record: :func:`conftest.make_record` with every field fixed, ids ``r001``..."""
    return make_record(
        value,
        note,
        target,
        unit=unit,
        period=period,
        recorded_at=recorded_at,
        source=source,
        retracts=retracts,
        id=f"r{number:03d}",
    )


def sample_records() -> list[Record]:
    return [
        _record(1, "ic-scale", 1200, "亿元", "2023", "2024-03-01T08:00:00Z"),
        _record(2, "ic-scale", 1300, "亿元", "2024", "2025-02-20T08:00:00Z", note="快报"),
        _record(3, "ic-scale", 1350, "亿元", "2024", "2025-04-10T08:00:00Z", note="年报修订"),
        _record(4, "ic-core-projects", 3, "项", "2023", "2024-02-01T00:00:00Z"),
        _record(5, "ic-core-projects", 5, "项", "2024", "2025-02-01T00:00:00Z"),
        _record(6, "ic-leading-enterprises", 2, "家", "2024", "2025-02-01T00:00:00Z"),
        _record(7, "ic-talents", 420, "名", "2024", "2025-03-01T00:00:00Z", source="=1+2"),
        _record(8, "ic-talents", 900, "名", "2024", "2025-03-02T00:00:00Z", note="typo"),
        _record(9, "ic-talents", None, "名", "2024", "2025-03-03T00:00:00Z", retracts="r008"),
        _record(10, "kunshan-optoelectronics", 1500, "亿元", "2022", "2023-05-01T00:00:00Z"),
        _record(11, "kunshan-optoelectronics", 1580, "亿元", "2023", "2024-05-01T00:00:00Z"),
        _record(12, "kunshan-highlands", 3, "个", "2024", "2025-01-15T00:00:00Z"),
        _record(
            13,
            "wujiang-iiot-base",
            0,
            "个",
            "2023-06-30",
            "2023-07-15T00:00:00Z",
            source=HOSTILE,
            note=HOSTILE,
        ),
        _record(14, "kunshan-new-rd-institutions", 9, "家", "2024", "2025-03-01T00:00:00Z"),
        # Recorded after the as-of date: must not appear.
        _record(15, "ic-scale", 1500, "亿元", "2025", "2026-02-01T00:00:00Z"),
    ]


def sample_registry() -> Registry:
    path = GOLDEN / "targets.toml"
    return registry_module.load(registry_module.RegistryLocation(path, "option"))


def sample_assessment(registry: Registry | None = None) -> Assessment:
    return compute(registry or sample_registry(), sample_records(), dt.date.fromisoformat(AS_OF))


def hostile_registry() -> Registry:
    """The sample registry with file text that tries to break tables and inject markup."""
    registry = sample_registry()
    target = registry.targets["ic-scale"]
    hostile = target.model_copy(
        update={
            "name": HOSTILE,
            "name_en": HOSTILE,
            "source": target.source.model_copy(update={"quote": HOSTILE + ' "quoted" [x]'}),
        }
    )
    targets = dict(registry.targets)
    targets["ic-scale"] = hostile
    return registry.model_copy(update={"targets": targets})


def check_golden(name: str, text: str) -> None:
    """The report's golden file ``name``: :func:`conftest.check_golden` under ``golden/report``."""
    golden(GOLDEN / name, text)
