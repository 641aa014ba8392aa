"""The report's XLSX, CSV and JSON hold the same numbers, and the command's
bad input is refused before anything is written."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from django.core.management import CommandError, call_command

from board.services.reports import Period, build_report, export
from tests.board.oversight_data import D, october

pytestmark = pytest.mark.django_db

OCTOBER = Period(D(2026, 9, 26), D(2026, 10, 25))


def csv_tables(data):
    """{table title: rows} of the CSV export (blocks separated by a blank line)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    tables, current = {}, None
    for row in rows[1:]:
        if not row:
            current = None
        elif current is None:
            current = tables.setdefault(row[0], [])
        else:
            current.append(row)
    return {title: table[1:] for title, table in tables.items()}  # without headers


def xlsx_tables(data):
    workbook = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [
            ["" if v is None else str(v) for v in row]
            for row in sheet.iter_rows(min_row=3, values_only=True)
        ]
        for sheet in workbook.worksheets
    }


@pytest.fixture
def data(commune, other_commune):
    return october(commune, other_commune)


def test_xlsx_csv_and_json_hold_the_same_numbers(data):
    report = build_report(OCTOBER)
    from_csv = csv_tables(export(report, "csv"))
    from_xlsx = xlsx_tables(export(report, "xlsx"))
    assert from_csv == from_xlsx
    assert len(from_csv) == 3

    from_json = json.loads(export(report, "json"))
    assert from_json["period"] == {"start": "2026-09-26", "end": "2026-10-25"}
    communes_sheet = next(
        rows
        for rows in from_xlsx.values()
        if rows[0][0] == "Xã Phú Thạnh" or rows[0][0] == "Xã Tân Cương"
    )
    for row in from_json["communes"]:
        sheet_row = next(r for r in communes_sheet if r[0] == row["commune"])
        assert [int(v) for v in sheet_row[1:6]] == [
            row["supplied"],
            row["published"],
            row["on_time"],
            row["late"],
            row["with_photo"],
        ]
        assert int(sheet_row[8]) == row["royalties"]
    tan_cuong = next(r for r in from_json["communes"] if r["site"] == "tancuong.example.gov.vn")
    assert (
        tan_cuong["supplied"],
        tan_cuong["published"],
        tan_cuong["on_time"],
        tan_cuong["late"],
        tan_cuong["with_photo"],
    ) == (9, 8, 6, 2, 6)
    youth = next(u for u in from_json["units"] if u["unit"] == "Đoàn Thanh niên xã")
    assert (youth["quota_count"], youth["quota_met"]) == (1, False)
    assert from_json["royalty_total"] == 2_550_000
    royalty_sheet = next(rows for rows in from_xlsx.values() if rows and rows[-1][-1] == "2550000")
    assert len(royalty_sheet) == len(from_json["royalties"]) + 1  # and the total line


def test_command_json_to_stdout(data):
    out = io.StringIO()
    call_command(
        "board_report",
        "--site",
        "tancuong.example.gov.vn",
        "--month",
        "2026-10",
        "--format",
        "json",
        stdout=out,
    )
    report = json.loads(out.getvalue())
    assert [c["commune"] for c in report["communes"]] == ["Xã Tân Cương"]
    assert report["royalty_total"] == 2_400_000


def test_command_xlsx_to_stdout_as_bytes(data):
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    call_command("board_report", "--month", "2026-10", "--format", "xlsx", stdout=out)
    out.flush()
    workbook = load_workbook(io.BytesIO(raw.getvalue()))
    assert len(workbook.worksheets) == 3


def test_command_writes_the_file_district_wide(data, tmp_path):
    target = tmp_path / "bao-cao.csv"
    call_command(
        "board_report",
        "--month",
        "2026-10",
        "--format",
        "csv",
        "--output",
        str(target),
        stderr=io.StringIO(),
    )
    assert csv_tables(target.read_bytes()) == csv_tables(export(build_report(OCTOBER), "csv"))


@pytest.mark.parametrize(
    "args, message",
    [
        (["--site", "khongco.example.gov.vn"], "khongco.example.gov.vn"),
        (["--month", "2026-13"], "YYYY-MM"),
        (["--month", "10-2026"], "YYYY-MM"),
        (["--format", "pdf"], "xlsx, csv"),
    ],
)
def test_command_bad_input_writes_nothing(commune, tmp_path, args, message):
    target = tmp_path / "bao-cao.xlsx"
    with pytest.raises(CommandError, match=message):
        call_command("board_report", *args, "--output", str(target))
    assert list(tmp_path.iterdir()) == []


def test_command_refuses_a_missing_folder(commune, tmp_path):
    with pytest.raises(CommandError):
        call_command("board_report", "--output", str(tmp_path / "khong-co" / "bao-cao.xlsx"))
