"""Fixed records and an as-of date that give every status a row, for the terminal tests."""

from __future__ import annotations

import datetime as dt

from cluster_cli.engine.assess import Assessment, compute
from cluster_cli.engine.models import Record, Registry
from cluster_cli.files import registry as registry_module
from conftest import make_record

AS_OF = dt.date(2025, 3, 31)


def record(
    id: str,
    target: str,
    value: float | None,
    unit: str,
    period: str,
    recorded_at: str = "2025-02-01T00:00:00Z",
    source: str = "苏州市统计局",
    note: str = "",
    retracts: str | None = None,
) -> Record:
    """A sample record: :func:`conftest.make_record` with every field fixed."""
    return make_record(
        value,
        note,
        target,
        unit=unit,
        period=period,
        recorded_at=recorded_at,
        source=source,
        retracts=retracts,
        id=id,
    )


RECORDS = [
    record("r01", "ic-scale", 1250, "亿元", "2023", "2024-02-01T00:00:00Z"),
    record("r02", "ic-scale", 1600, "亿元", "2024"),
    record("r03", "ic-core-projects", 3, "项", "2023", "2024-02-01T00:00:00Z"),
    record("r04", "ic-core-projects", 5, "项", "2024"),
    record("r05", "ic-leading-enterprises", 31, "家", "2024"),
    record("r06", "ic-talents", 150, "名", "2023", "2024-02-01T00:00:00Z"),
    record("r07", "ic-talents", 250, "名", "2024", "2025-01-10T00:00:00Z", note="快报"),
    record("r08", "ic-talents", 262, "名", "2024", "2025-02-20T00:00:00Z", note="年报修订"),
    record("r09", "kunshan-optoelectronics", 1100, "亿元", "2023", "2024-02-01T00:00:00Z"),
    record("r10", "kunshan-optoelectronics", 1210, "亿元", "2024"),
    record("r11", "kunshan-smart-terminals", 2500, "亿元", "2023", "2024-02-01T00:00:00Z"),
    record("r12", "kunshan-highlands", 1, "个", "2024"),
    record("r13", "kunshan-new-rd-institutions", 6, "家", "2023", "2024-02-01T00:00:00Z"),
    record("r14", "kunshan-new-rd-institutions", 9, "家", "2024", "2025-01-05T00:00:00Z"),
    record("r15", "kunshan-new-rd-institutions", None, "家", "2024", retracts="r14"),
    record("r16", "wujiang-benchmark-enterprises", 4, "家", "2023-06-30", "2023-08-01T00:00:00Z"),
    record("r17", "wujiang-benchmark-enterprises", 14, "家", "2024"),
    record("r18", "wujiang-iiot-base", 0, "个", "2024"),
    record("r19", "industrial-output", 4.39, "万亿元", "2023", "2024-02-01T00:00:00Z"),
    record("r20", "ic-scale", 9999, "亿元", "2025", "2026-01-01T00:00:00Z"),  # after AS_OF
]


def shipped_registry() -> Registry:
    return registry_module.load(registry_module.RegistryLocation(None, "built-in"))


def sample_assessment(registry: Registry | None = None) -> Assessment:
    return compute(registry or shipped_registry(), RECORDS, AS_OF)
