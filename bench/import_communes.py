"""Time `manage.py import_communes` on a fresh SQLite database.

    .venv/bin/python bench/import_communes.py [--rows 100]

Makes bench/tmp/import.sqlite3 (migrated), writes a CSV of N communes with
every column, and times the command as an operator runs it (a separate
process, development settings). Prints the seconds and the communes made.
"""

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TMP = ROOT / "bench" / "tmp"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100)
    options = parser.parse_args()
    TMP.mkdir(parents=True, exist_ok=True)
    database = TMP / "import.sqlite3"
    database.unlink(missing_ok=True)
    source = TMP / f"communes-{options.rows}.csv"
    with source.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Tên xã",
                "Tên miền",
                "Cơ quan chủ quản",
                "Địa chỉ",
                "Điện thoại",
                "Thư điện tử",
                "Cán bộ đầu mối",
            ]  # fmt: skip
        )
        for n in range(1, options.rows + 1):
            writer.writerow(
                [
                    f"Xã Thử {n}",
                    f"xathu{n}.dienbien.gov.vn",
                    f"UBND xã Thử {n}",
                    f"Bản {n}",
                    "0215 3825 123",
                    f"ubndxathu{n}@dienbien.gov.vn",
                    f"Lò Văn {n}",
                ]  # fmt: skip
            )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)  # noqa: S603
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [*manage, "import_communes", str(source)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    print(result.stdout.strip().splitlines()[-1])
    print(
        f"{options.rows} communes imported in {seconds:.1f} s ({seconds / options.rows:.2f} s each)"
    )


if __name__ == "__main__":
    main()
