"""Structure-aware fuzzing of project, scenario and parameter-set files (fixed seed): every case exits
0 or 2 with Dutch text, never 1 ('Onverwachte fout') or a traceback. benchmarks/vijandig.py --fuzz runs
thousands of the same cases in separate processes."""
from __future__ import annotations

import pytest

from cli import main
from tests.cli.bestandsfuzz import gevallen

AANTAL = 300


@pytest.fixture(scope="module")
def fuzzgevallen(tmp_path_factory):
    return list(gevallen(tmp_path_factory.mktemp("fuzz"), AANTAL, zaad=1))


@pytest.mark.parametrize("i", range(AANTAL))
def test_fuzz_geeft_0_of_2(fuzzgevallen, capsys, i):
    naam, argumenten = fuzzgevallen[i]
    code = main(argumenten)
    uit = capsys.readouterr()
    assert code in (0, 2), (naam, uit.err[-500:])
    assert "Onverwachte fout" not in uit.err and "Traceback" not in uit.err, (naam, uit.err[-500:])
    if code == 2:
        assert uit.err.strip(), naam
