"""Speaker turns from CSV and RTTM, reduced to a single floor; checked against real AMI meetings."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coprodesk.importers.turns import (
    RTTM_FILL_GAPS_BELOW_MS,
    ImportedTurn,
    Segment,
    TurnImportError,
    merge_touching,
    parse_csv,
    parse_group_map,
    parse_rttm,
    read_group_map,
    read_turns,
    single_floor,
)

AMI = Path(__file__).parents[1] / "data" / "ami"
MEETINGS = ("ES2011b", "IS1008c", "TS3004a")
HEADER = "start_s,end_s,speaker\n"


def T(speaker: str, start_s: float, end_s: float) -> ImportedTurn:
    return ImportedTurn(speaker, round(start_s * 1000), round(end_s * 1000))


def rttm(*rows: tuple[str, float, float]) -> str:
    """RTTM text from (speaker, start_s, duration_s) rows."""
    return "".join(f"SPEAKER m 1 {start} {dur} <NA> <NA> {spk} <NA> <NA>\n"
                   for spk, start, dur in rows)


def csv_rows_ms(path: Path) -> list[ImportedTurn]:
    """The CSV's rows exactly as written, without any processing."""
    with path.open(newline="", encoding="utf-8-sig") as f:
        return [ImportedTurn(r["speaker"], round(float(r["start_s"]) * 1000),
                             round(float(r["end_s"]) * 1000)) for r in csv.DictReader(f)]


# --------------------------------------------------------------------------- real meetings

# The published CSVs were derived from the RTTMs by comparing float seconds. In TS3004a,
# MTD013PM stops at 694.07 + 2.48 = 696.5500000000001 and MTD015UID starts at 697.05: a
# silence of 0.4999999999998863 s < 0.5, so the CSV gives it to MTD013PM. The three other
# silences of exactly 500 ms in these meetings are pauses. The importer measures silences
# in the file's own float seconds, so it reproduces every row.
FLOAT_NOISE_ROWS: dict[str, tuple[set, set]] = {}


@pytest.mark.parametrize("meeting", MEETINGS)
def test_each_rttm_reproduces_its_published_csv(meeting: str):
    ours = read_turns(AMI / f"{meeting}.rttm")
    published = csv_rows_ms(AMI / f"{meeting}.csv")
    only_ours, only_published = FLOAT_NOISE_ROWS.get(meeting, (set(), set()))
    assert set(ours) - set(published) == only_ours
    assert set(published) - set(ours) == only_published
    assert len(ours) == len(published)
    matched = len(set(ours) & set(published))
    assert matched == len(published) - len(only_published)


def test_a_silence_of_half_a_second_up_to_float_noise_falls_as_in_the_published_csv():
    ours = read_turns(AMI / "TS3004a.rttm")
    i = next(i for i, t in enumerate(ours) if t.start_ms == 694_070)
    assert ours[i] == ImportedTurn("MTD013PM", 694_070, 697_050)
    assert ours[i + 1].speaker == "MTD015UID"


@pytest.mark.parametrize("meeting", MEETINGS)
def test_published_csvs_are_already_a_merged_single_floor(meeting: str):
    rows = csv_rows_ms(AMI / f"{meeting}.csv")
    assert read_turns(AMI / f"{meeting}.csv") == rows
    assert sum(t.duration_ms for t in read_turns(AMI / f"{meeting}.csv")) == sum(
        t.duration_ms for t in rows)


@pytest.mark.parametrize("meeting", MEETINGS)
def test_rttm_result_written_as_csv_reads_back_unchanged(meeting: str):
    turns = read_turns(AMI / f"{meeting}.rttm")
    text = HEADER + "".join(f"{t.start_ms / 1000:.3f},{t.end_ms / 1000:.3f},{t.speaker}\n"
                            for t in turns)
    assert parse_csv(text, "x.csv") == turns


@pytest.mark.parametrize("meeting", MEETINGS)
def test_real_meetings_are_a_valid_floor(meeting: str):
    turns = read_turns(AMI / f"{meeting}.rttm")
    assert len({t.speaker for t in turns}) == 4
    assert_valid_floor(turns)


def assert_valid_floor(turns: list[ImportedTurn]) -> None:
    for t in turns:
        assert t.end_ms > t.start_ms
    for a, b in itertools.pairwise(turns):
        assert a.end_ms <= b.start_ms
        assert not (a.speaker == b.speaker and a.end_ms == b.start_ms), "touching turns unmerged"


# --------------------------------------------------------------------------- the floor rule


def test_floor_returns_to_the_earlier_speaker_when_the_later_one_stops():
    text = rttm(("A", 0, 10), ("B", 2, 3))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 2), T("B", 2, 5), T("A", 5, 10)]


def test_nested_overlaps_unwind_to_each_speaker_still_speaking():
    text = rttm(("A", 0, 10), ("B", 2, 6), ("C", 4, 2))
    assert parse_rttm(text, "t.rttm") == [
        T("A", 0, 2), T("B", 2, 4), T("C", 4, 6), T("B", 6, 8), T("A", 8, 10)]


def test_later_starter_keeps_the_floor_after_the_earlier_one_stops():
    text = rttm(("A", 0, 5), ("B", 3, 5))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 3), T("B", 3, 8)]


def test_equal_starts_go_to_the_first_in_the_file_until_it_stops():
    text = rttm(("A", 1, 1), ("B", 1, 3))
    assert parse_rttm(text, "t.rttm") == [T("A", 1, 2), T("B", 2, 4)]
    text = rttm(("B", 1, 3), ("A", 1, 1))
    assert parse_rttm(text, "t.rttm") == [T("B", 1, 4)]


def test_silence_of_490_ms_stays_with_the_previous_holder():
    text = rttm(("A", 0, 1), ("B", 1.49, 0.51))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 1.49), T("B", 1.49, 2)]


def test_silence_of_510_ms_is_a_pause():
    text = rttm(("A", 0, 1), ("B", 1.51, 0.49))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 1), T("B", 1.51, 2)]


def test_silence_is_measured_in_the_files_float_seconds():
    # 694.07 + 2.48 is 696.5500000000001: the silence is just under 0.5 s and stays with A.
    text = rttm(("A", 694.07, 2.48), ("B", 697.05, 1.2))
    assert parse_rttm(text, "t.rttm") == [T("A", 694.07, 697.05), T("B", 697.05, 698.25)]
    # 1.0 + 0.5 is exact: a silence of exactly 0.5 s is a pause.
    text = rttm(("A", 1.0, 0.5), ("B", 2.0, 1.0))
    assert parse_rttm(text, "t.rttm") == [T("A", 1.0, 1.5), T("B", 2.0, 3.0)]


def test_short_silence_within_one_speaker_makes_one_turn():
    text = rttm(("A", 0, 1), ("A", 1.3, 0.7), ("A", 3, 1))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 2), T("A", 3, 4)]


def test_float_noise_in_sums_does_not_matter():
    # 33.49 + 52.53 = 86.02000000000001 in floats; the next segment starts at 86.02.
    text = rttm(("A", 33.49, 52.53), ("A", 86.02, 1), ("B", 90, 1))
    assert parse_rttm(text, "t.rttm") == [T("A", 33.49, 87.02), T("B", 90, 91)]


def test_touching_segments_of_one_speaker_are_one_start():
    # A speaks without a break from 0 to 8: B, who started at 3, took the floor from A.
    segs = [Segment("A", 0, 5000), Segment("A", 5000, 8000), Segment("B", 3000, 6000)]
    assert single_floor(segs, 0) == [ImportedTurn("A", 0, 3000), ImportedTurn("B", 3000, 6000),
                                     ImportedTurn("A", 6000, 8000)]


def test_rttm_ignores_comments_blank_lines_and_other_types():
    text = ("\ufeff;; a comment\n# another\n\n"
            "SPKR-INFO m 1 <NA> <NA> <NA> adult_male A <NA> <NA>\n"
            + rttm(("A", 0, 1)) + "   \n" + rttm(("B", 1, 1)).replace(" ", "\t"))
    assert parse_rttm(text, "t.rttm") == [T("A", 0, 1), T("B", 1, 2)]


def test_rttm_zero_duration_segments_are_dropped():
    assert parse_rttm(rttm(("A", 1, 0), ("B", 2, 1)), "t.rttm") == [T("B", 2, 3)]


def test_empty_inputs_give_no_turns():
    assert parse_rttm("", "t.rttm") == []
    assert parse_csv(HEADER, "t.csv") == []
    assert single_floor([], 500) == []


# --------------------------------------------------------------------------- CSV


def test_csv_rows_that_touch_are_merged():
    text = HEADER + "0,1.5,A\n1.5000001,3,A\n3,4,B\n4,5,A\n"
    assert parse_csv(text, "t.csv") == [T("A", 0, 3), T("B", 3, 4), T("A", 4, 5)]


def test_csv_gaps_are_not_filled():
    text = HEADER + "0,1,A\n1.2,2,B\n2.1,3,B\n"
    assert parse_csv(text, "t.csv") == [T("A", 0, 1), T("B", 1.2, 2), T("B", 2.1, 3)]


def test_csv_overlapping_rows_follow_the_floor_rule():
    text = HEADER + "0,10,A\n2,5,B\n4,12,C\n"
    assert parse_csv(text, "t.csv") == [T("A", 0, 2), T("B", 2, 4), T("C", 4, 12)]
    text = HEADER + "0,10,A\n2,5,B\n"
    assert parse_csv(text, "t.csv") == [T("A", 0, 2), T("B", 2, 5), T("A", 5, 10)]


def test_csv_rows_out_of_order_are_sorted():
    text = HEADER + "5,6,B\n0,1,A\n"
    assert parse_csv(text, "t.csv") == [T("A", 0, 1), T("B", 5, 6)]


def test_csv_header_tolerates_bom_and_whitespace_and_blank_lines():
    text = "\ufeff\n start_s , end_s ,speaker \r\n\r\n 0 , 1 , Ann Lee \r\n\n"
    assert parse_csv(text, "t.csv") == [T("Ann Lee", 0, 1)]


def test_csv_empty_row_is_dropped():
    assert parse_csv(HEADER + "1,1,A\n2,3,B\n", "t.csv") == [T("B", 2, 3)]


def test_csv_quoted_speaker_with_comma():
    assert parse_csv(HEADER + '0,1,"Lee, Ann"\n', "t.csv") == [T("Lee, Ann", 0, 1)]


# --------------------------------------------------------------------------- malformed input


def test_bad_rttm_duration_message_names_file_and_line():
    lines = [rttm(("A", i, 0.5)) for i in range(11)] + ["SPEAKER m 1 12 x <NA> <NA> A <NA> <NA>\n"]
    with pytest.raises(TurnImportError) as info:
        parse_rttm("".join(lines), "ES2011b.rttm")
    assert str(info.value) == "ES2011b.rttm line 12: duration must be a number ≥ 0, got 'x'"
    assert info.value.line == 12 and info.value.source == "ES2011b.rttm"


BAD_RTTM = [
    (rttm(("A", 0, 1)) + "SPEAKER m 1 -1 2 <NA> <NA> B <NA> <NA>\n", 2, "start"),
    (rttm(("A", 0, 1)) + "SPEAKER m 1 nan 2 <NA> <NA> B <NA> <NA>\n", 2, "start"),
    (rttm(("A", 0, 1)) + "SPEAKER m 1 1 inf <NA> <NA> B <NA> <NA>\n", 2, "duration"),
    (rttm(("A", 0, 1)) + "SPEAKER m 1 1 -0.5 <NA> <NA> B <NA> <NA>\n", 2, "duration"),
    ("; c\n\n" + "SPEAKER m 1 1 1e308 <NA> <NA> B <NA> <NA>\n", 3, "duration"),
    (rttm(("A", 0, 1)) + "\nSPEAKER m 1 1 2 <NA> <NA>\n", 3, "at least 8 fields"),
    ("HELLO m 1 1 2 <NA> <NA> B <NA> <NA>\n", 1, "unknown RTTM line type"),
    (rttm(("A", 0, 1)) + "SPEAKER other 1 1 2 <NA> <NA> B <NA> <NA>\n", 2, "one meeting"),
    ("SPEAKER m 1 1 2 <NA> <NA> <NA> <NA> <NA>\n", 1, "speaker"),
]


@pytest.mark.parametrize(("text", "line", "words"), BAD_RTTM)
def test_malformed_rttm_names_the_line(text: str, line: int, words: str):
    with pytest.raises(TurnImportError, match=rf"^bad\.rttm line {line}: .*{words}") as info:
        parse_rttm(text, "bad.rttm")
    assert info.value.line == line


BAD_CSV = [
    ("start,end,speaker\n0,1,A\n", 1, "header"),
    ("start_s,end_s\n0,1\n", 1, "header"),
    ("", 1, "empty file"),
    ("\n\n", 1, "empty file"),
    (HEADER + "x,1,A\n", 2, "start_s must be a number ≥ 0, got 'x'"),
    (HEADER + "0,1,A\n\n0,,A\n", 4, "end_s must be a number"),
    (HEADER + "nan,1,A\n", 2, "start_s"),
    (HEADER + "0,inf,A\n", 2, "end_s"),
    (HEADER + "-1,1,A\n", 2, "start_s"),
    (HEADER + "0,1_000,A\n", 2, "end_s"),
    (HEADER + "0,1,A\n2,1.5,B\n", 3, "before start_s"),
    (HEADER + "0,1,  \n", 2, "speaker is empty"),
    (HEADER + "0,1\n", 2, "expected 3 fields"),
    (HEADER + "0,1,A,B\n", 2, "expected 3 fields"),
    (HEADER + '0,1,"A\n', 2, "not valid CSV"),
]


@pytest.mark.parametrize(("text", "line", "words"), BAD_CSV)
def test_malformed_csv_names_the_line(text: str, line: int, words: str):
    with pytest.raises(TurnImportError) as info:
        parse_csv(text, "bad.csv")
    assert str(info.value).startswith(f"bad.csv line {line}: ")
    assert words in str(info.value)


def test_a_bad_line_anywhere_means_nothing_is_returned(tmp_path: Path):
    good = (AMI / "ES2011b.rttm").read_text().splitlines()
    good[300] = good[300].replace("SPEAKER ES2011b 1 ", "SPEAKER ES2011b 1 -")
    path = tmp_path / "ES2011b.rttm"
    path.write_text("\n".join(good) + "\n")
    with pytest.raises(TurnImportError, match=r"^ES2011b\.rttm line 301: start must be"):
        read_turns(path)


# --------------------------------------------------------------------------- files


def test_format_comes_from_the_extension_or_the_argument(tmp_path: Path):
    (tmp_path / "a.RTTM").write_text(rttm(("A", 0, 1)))
    (tmp_path / "a.txt").write_text(rttm(("A", 0, 1)))
    (tmp_path / "b.csv").write_text(HEADER + "0,1,A\n")
    assert read_turns(tmp_path / "a.RTTM") == [T("A", 0, 1)]
    assert read_turns(tmp_path / "a.txt", "rttm") == [T("A", 0, 1)]
    assert read_turns(tmp_path / "b.csv") == [T("A", 0, 1)]
    with pytest.raises(TurnImportError, match=r"^a\.txt: .*\.csv, \.rttm, \.vtt or \.srt"):
        read_turns(tmp_path / "a.txt")
    with pytest.raises(TurnImportError, match=r"^b\.csv: unknown format 'xml'"):
        read_turns(tmp_path / "b.csv", "xml")
    with pytest.raises(TurnImportError, match=r"^a\.txt line 1: expected the header"):
        read_turns(tmp_path / "a.txt", "csv")


def test_not_utf8_names_the_line(tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_bytes(HEADER.encode() + b"0,1,A\n1,2,\xff\n")
    with pytest.raises(TurnImportError, match=r"^x\.csv line 3: not UTF-8"):
        read_turns(path)


def test_missing_file_is_an_os_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        read_turns(tmp_path / "nope.csv")


def test_group_map(tmp_path: Path):
    path = tmp_path / "groups.csv"
    path.write_text("\ufeffspeaker, group\nFEE041,Lived experience\n\nFEE043 , Practitioner\n"
                    "FEE041,Lived experience\n")
    assert read_group_map(path) == {"FEE041": "Lived experience", "FEE043": "Practitioner"}


BAD_GROUPS = [
    ("speaker,team\nA,X\n", 1, "expected the header speaker,group"),
    ("speaker,group\nA,X\n,Y\n", 3, "speaker is empty"),
    ("speaker,group\nA,\n", 2, "group is empty"),
    ("speaker,group\nA,X,Z\n", 2, "expected 2 fields"),
    ("speaker,group\nA,X\nB,Y\n\nA,Y\n", 5, "already in group 'X' (line 2)"),
]


@pytest.mark.parametrize(("text", "line", "words"), BAD_GROUPS)
def test_malformed_group_map_names_the_line(text: str, line: int, words: str):
    with pytest.raises(TurnImportError) as info:
        parse_group_map(text, "g.csv")
    assert str(info.value).startswith(f"g.csv line {line}: ")
    assert words in str(info.value)


# --------------------------------------------------------------------------- properties

segments_st = st.lists(
    st.builds(Segment, st.sampled_from("ABCD"),
              st.integers(0, 300).map(lambda x: x * 10),
              st.integers(0, 150).map(lambda x: x * 10)).map(
        lambda s: Segment(s.speaker, s.start_ms, s.start_ms + s.end_ms)),
    max_size=12)


def reference_floor(segments: list[Segment], fill_below: int) -> list[ImportedTurn]:
    """The rule read literally, one millisecond at a time."""
    segs = [s for s in segments if s.end_ms > s.start_ms]
    horizon = max((s.end_ms for s in segs), default=0)
    speakers = sorted({s.speaker for s in segs})
    covered = {sp: [False] * horizon for sp in speakers}
    for s in segs:
        for t in range(s.start_ms, s.end_ms):
            covered[s.speaker][t] = True
    first_index: dict[tuple[str, int], int] = {}
    for i, s in enumerate(segments):
        if s.end_ms > s.start_ms:
            first_index.setdefault((s.speaker, s.start_ms), i)
    holder: list[str | None] = []
    run_start = dict.fromkeys(speakers, 0)
    for t in range(horizon):
        best = None
        for sp in speakers:
            if not covered[sp][t]:
                continue
            if t == 0 or not covered[sp][t - 1]:
                run_start[sp] = t
            start = run_start[sp]
            key = (start, -first_index[sp, start])
            if best is None or key > best[0]:
                best = (key, sp)
        holder.append(best[1] if best else None)
    # silences shorter than fill_below, between two holdings, go to the previous holder
    t = 0
    while t < horizon:
        if holder[t] is None:
            u = t
            while u < horizon and holder[u] is None:
                u += 1
            if t > 0 and u < horizon and u - t < fill_below:
                holder[t:u] = [holder[t - 1]] * (u - t)
            t = u
        else:
            t += 1
    out: list[ImportedTurn] = []
    for t, sp in enumerate(holder):
        if sp is None:
            continue
        if out and out[-1].speaker == sp and out[-1].end_ms == t:
            out[-1] = ImportedTurn(sp, out[-1].start_ms, t + 1)
        else:
            out.append(ImportedTurn(sp, t, t + 1))
    return out


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(segments_st, st.sampled_from([0, RTTM_FILL_GAPS_BELOW_MS]))
def test_single_floor_matches_the_rule_read_literally(segments: list[Segment], fill: int):
    assert single_floor(segments, fill) == reference_floor(segments, fill)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(segments_st)
def test_floor_is_sorted_disjoint_and_only_speech_or_short_silence(segments: list[Segment]):
    turns = single_floor(segments, RTTM_FILL_GAPS_BELOW_MS)
    assert_valid_floor(turns)
    speech = [s for s in segments if s.end_ms > s.start_ms]

    def spoken(sp: str, t: int) -> bool:
        return any(s.speaker == sp and s.start_ms <= t < s.end_ms for s in speech)

    def anyone(t: int) -> bool:
        return any(s.start_ms <= t < s.end_ms for s in speech)

    for turn in turns:
        t = turn.start_ms
        while t < turn.end_ms:
            if spoken(turn.speaker, t):
                t += 1
                continue
            # not this speaker's speech: must be a silence < 0.5 s between two holdings
            u = t
            while u < turn.end_ms and not spoken(turn.speaker, u):
                assert not anyone(u), f"{turn} holds {u} while only others speak"
                u += 1
            assert u - t < RTTM_FILL_GAPS_BELOW_MS
            assert t > 0 and anyone(t - 1) and anyone(u)
            t = u
    # nothing said is lost
    held = {t for turn in turns for t in range(turn.start_ms, turn.end_ms)}
    assert all(t in held for s in speech for t in range(s.start_ms, s.end_ms))


@settings(max_examples=200, deadline=None)
@given(segments_st)
def test_rttm_text_and_csv_text_agree_with_single_floor(segments: list[Segment]):
    # A silence of exactly 0.5 s is decided by the file's decimal seconds (1.13 - 0.63 is
    # 0.4999...), as the published CSVs were; the millisecond reference cannot know that.
    ends = {s.end_ms for s in segments}
    assume(not any(s.start_ms - e == RTTM_FILL_GAPS_BELOW_MS for s in segments for e in ends))
    text = "".join(f"SPEAKER m 1 {s.start_ms / 1000} {(s.end_ms - s.start_ms) / 1000} "
                   f"<NA> <NA> {s.speaker} <NA> <NA>\n" for s in segments)
    turns = parse_rttm(text, "p.rttm")
    assert turns == single_floor(segments, RTTM_FILL_GAPS_BELOW_MS)
    out = io.StringIO()
    out.write(HEADER)
    for t in turns:
        out.write(f"{t.start_ms / 1000},{t.end_ms / 1000},{t.speaker}\n")
    assert parse_csv(out.getvalue(), "p.csv") == turns
    assert merge_touching(turns) == turns


def test_many_nested_segments_reduce_to_a_valid_floor():
    n = 50_000
    segs = [Segment(f"S{i}", i * 10, 2 * n * 10 - i * 10 + 5) for i in range(n)]
    turns = single_floor(segs, RTTM_FILL_GAPS_BELOW_MS)
    assert_valid_floor(turns)
