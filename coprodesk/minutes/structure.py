"""What ``verify`` accepts about a file's structure, read from the bytes themselves.

PDF readers disagree about malformed files: which of two entries for one object counts,
which of two equal keys, whether a broken cross-reference table is rebuilt from the
objects found in the file. A signature checked through one reader's view then says
nothing about what another reader shows. So before any PDF library reads the file, this
module reads its bytes with a small strict parser of its own and accepts only a file
whose structure has one meaning:

- the file is exactly its revisions one after another: each revision's objects, its
  cross-reference section (a table or a stream), ``startxref`` pointing at that section,
  ``%%EOF``; the next revision begins there, and nothing but whitespace follows the last;
  each ``/Prev`` names the revision just before;
- every object of a revision is listed in that revision's cross-reference section, at the
  byte where it stands (or, in an object stream, at its index), and nothing else stands
  between the objects; no object is listed twice in one section;
- no dictionary has a key twice (names compared after ``#xx`` escapes are decoded);
- every signature's ``/Contents`` is a hexadecimal string that fills exactly the gap its
  ``/ByteRange`` leaves;
- no hybrid cross-reference files (``/XRefStm``), no encryption, no ``/Extends`` chains.

It also refuses, quickly and before anything else reads the file, what is beyond the
limits in ``LIMITS`` (revisions, cross-reference entries, bytes, decoded structure,
nesting): ``TooMuch``, exit 2; ``before_validating`` and ``doubts`` hold pyHanko's
change analysis and the second reader (``second_reader.py``) to their limits too.

Problem lines are in the minutes' language (``source_words`` V_*).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from coprodesk.minutes import words as W


@dataclass(frozen=True, slots=True)
class Limits:
    """How much verify reads at most (docs/minutes.md, "What verify checks about a
    file's structure"). Honest minutes have one revision per signature plus two."""

    revisions: int = 100
    objects: int = 200_000  # entries of all cross-reference sections together
    file_bytes: int = 256 * 1024 * 1024
    decoded_bytes: int = 64 * 1024 * 1024  # cross-reference and object streams, decoded
    depth: int = 64  # arrays and dictionaries inside one another
    compared: int = 400_000  # objects the second reader compares, all revisions together
    # revisions pyHanko compares with the one before, for each signature from its own
    # revision to the last, summed: 40 signers on honest minutes need 780
    later_revisions: int = 1000


LIMITS = Limits()


class TooMuch(Exception):
    """Beyond ``LIMITS`` (exit 2): which limit, and its value."""

    def __init__(self, kind: str, limit: int | str):
        super().__init__(kind)
        self.kind = kind
        self.limit = limit

    def line(self, path: str) -> str:
        """One line in the minutes' language, naming the file."""
        return W.V_LIMITS[self.kind].format(path=path, limit=self.limit)


class _Malformed(Exception):
    def __init__(self, offset: int, what: str):
        super().__init__(what)
        self.offset = offset
        self.what = what


@dataclass(frozen=True, slots=True)
class Revision:
    start: int  # first byte of the revision
    xref_at: int  # where its cross-reference section begins (startxref)
    end: int  # one past its %%EOF line


@dataclass(frozen=True, slots=True)
class Layout:
    """The revisions of a file as this module reads them, and what it found wrong."""

    revisions: tuple[Revision, ...] = ()
    problems: tuple[str, ...] = ()
    malformed: bool = False  # the parser stopped: no strict reader makes sense of the file

    @property
    def ends(self) -> tuple[int, ...]:
        return tuple(r.end for r in self.revisions)


# ------------------------------------------------------------------ the lexer

_WS = b"\x00\t\n\x0c\r "
_SKIP = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*")
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]*")
_NUMBER = re.compile(rb"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_REF = re.compile(rb"(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+R(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_OBJ = re.compile(rb"(\d+)[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+obj(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_HEX = re.compile(rb"<([0-9A-Fa-f\x00\t\n\x0c\r ]*)>")
_STRING_MARK = re.compile(rb"[()\\]")
_HEX_ONLY = re.compile(rb"<[0-9A-Fa-f]*>")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
# what a comment must never hide from a reader that rebuilds the file by scanning it
_COMMENT_HIDES = re.compile(rb"\bobj\b|xref|trailer|endstream")


@dataclass(frozen=True, slots=True)
class Ref:
    num: int
    gen: int


@dataclass(frozen=True, slots=True)
class Str:
    """A string as written: which kind, and where (its value never matters here)."""

    hex: bool
    start: int  # where the token begins ('(' or '<') ...
    end: int  # ... and one past its end


class Dict(dict):
    """A dictionary as read, keyed by decoded name (bytes, without the slash)."""


class Name(bytes):
    pass


class Real(bytes):
    pass


class _Reader:
    """A strict reader of PDF values in ``data``; collects problems that do not stop it."""

    def __init__(self, data: bytes, limits: Limits):
        self.data = data
        self.limits = limits
        self.problems: list[str] = []
        self.owner = ""  # what is being read ("object 38", "the trailer"), for problem lines
        self.objects = 0  # cross-reference entries read, against the limit
        self.decoded = 0  # bytes of streams decoded, against the limit
        self.offsets: dict[int, int] = {}  # object number -> offset of its last definition
        self.held: dict[tuple[int, int], set[int]] = {}  # (revision, stream) -> objects held

    def skip(self, pos: int) -> int:
        m = _SKIP.match(self.data, pos)
        if b"%" in m.group(0) and any(_COMMENT_HIDES.search(line) for line in
                                      m.group(0).split(b"%")[1:]):
            raise _Malformed(pos, "a comment holds PDF keywords")
        return m.end()

    def value(self, pos: int, depth: int = 0):
        """The value starting at ``pos`` (after whitespace) and where it ends."""
        data = self.data
        pos = self.skip(pos)
        if depth > self.limits.depth:
            raise _Malformed(pos, "values nested too deep")
        c = data[pos:pos + 1]
        if c == b"/":
            m = _REGULAR.match(data, pos + 1)
            raw = m.group(0)
            return Name(_NAME_ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), raw)), m.end()
        if c == b"<":
            if data[pos + 1:pos + 2] == b"<":
                return self._dict(pos, depth)
            m = _HEX.match(data, pos)
            if m is None:
                raise _Malformed(pos, "a malformed hexadecimal string")
            return Str(True, pos, m.end()), m.end()
        if c == b"(":
            return self._literal(pos)
        if c == b"[":
            return self._array(pos, depth)
        return self._scalar(pos)

    def _array(self, pos: int, depth: int):
        data, out, pos = self.data, [], pos + 1
        while True:
            pos = self.skip(pos)
            if data[pos:pos + 1] == b"]":
                return out, pos + 1
            if pos >= len(data):
                raise _Malformed(pos, "an array is not closed")
            item, pos = self.value(pos, depth + 1)
            out.append(item)

    def _scalar(self, pos: int):
        """A reference, a number, true, false or null."""
        data = self.data
        m = _REF.match(data, pos)
        if m:
            return Ref(int(m.group(1)), int(m.group(2))), m.end()
        m = _NUMBER.match(data, pos)
        if m and _REGULAR.match(data, pos).end() == m.end():
            text = m.group(0)
            return (Real(text) if b"." in text else int(text)), m.end()
        m = _REGULAR.match(data, pos)
        word = m.group(0)
        if word in (b"true", b"false"):
            return word == b"true", m.end()
        if word == b"null":
            return None, m.end()
        raise _Malformed(pos, f"unexpected {(word or data[pos:pos + 1])[:20].decode('latin-1')!r}")

    def _dict(self, pos: int, depth: int):
        data = self.data
        out = Dict()
        pos += 2
        while True:
            pos = self.skip(pos)
            if data[pos:pos + 2] == b">>":
                self._check_signature(out)
                return out, pos + 2
            if data[pos:pos + 1] != b"/":
                raise _Malformed(pos, "a dictionary key is not a name")
            key, pos = self.value(pos, depth + 1)
            val, pos = self.value(pos, depth + 1)
            if key in out:
                self.problems.append(W.V_KEY_TWICE.format(
                    what=self.owner, key="/" + key.decode("latin-1")))
            out[key] = val

    def _literal(self, pos: int):
        data, depth, i = self.data, 0, pos
        while True:
            m = _STRING_MARK.search(data, i)
            if m is None:
                raise _Malformed(pos, "a string is not closed")
            ch, i = m.group(0), m.end()
            if ch == b"\\":
                i += 1
            elif ch == b"(":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return Str(False, pos, i), i

    def _check_signature(self, d: Dict) -> None:
        """A signature's /Contents is written in the dictionary itself, and when it stands in
        the gap its /ByteRange leaves unsigned, it is a hexadecimal string filling exactly
        that gap. (One elsewhere cannot be a valid signature of the bytes around it: pyHanko
        reports that.)"""
        if b"ByteRange" not in d:
            return
        br, contents = d.get(b"ByteRange"), d.get(b"Contents")
        if not isinstance(contents, Str):
            self.problems.append(W.V_SIGNATURE_NOT_HEX.format(what=self.owner))
            return
        if not (isinstance(br, list) and len(br) == 4
                and all(type(v) is int and v >= 0 for v in br)):
            return
        gap = (br[0] + br[1], br[2])
        if gap[0] <= contents.start and contents.end <= gap[1] and not (
                (contents.start, contents.end) == gap and contents.hex
                and _HEX_ONLY.fullmatch(self.data, *gap)):
            self.problems.append(W.V_SIGNATURE_NOT_HEX.format(what=self.owner))

    def object_at(self, pos: int, length_of) -> tuple[int, int, object, int]:
        """``num gen obj ... endobj`` at ``pos``: number, generation, value, end."""
        data = self.data
        m = _OBJ.match(data, pos)
        if m is None:
            raise _Malformed(pos, "no object where the cross-reference section says one is")
        num, gen = int(m.group(1)), int(m.group(2))
        self.owner = W.V_OBJECT.format(num=num)
        val, end = self.value(m.end())
        end = self.skip(end)
        if data.startswith(b"stream", end):
            if not isinstance(val, Dict):
                raise _Malformed(end, "a stream without a dictionary")
            end += 6
            if data.startswith(b"\r\n", end):
                end += 2
            elif data.startswith(b"\n", end):
                end += 1
            else:
                raise _Malformed(end, "no end of line after 'stream'")
            length = length_of(val.get(b"Length"))
            if type(length) is not int or length < 0 or end + length > len(data):
                raise _Malformed(end, "a stream's /Length is wrong")
            body = data[end:end + length]
            end += length
            for eol in (b"\r\n", b"\n", b"\r"):
                if data.startswith(eol + b"endstream", end):
                    end += len(eol)
                    break
            if not data.startswith(b"endstream", end):
                raise _Malformed(end, "a stream's /Length does not end where 'endstream' is")
            val = (val, body)
            end = self.skip(end + 9)
        if not data.startswith(b"endobj", end):
            raise _Malformed(end, "'endobj' missing")
        return num, gen, val, end + 6


# ------------------------------------------------------------------ cross-reference sections

_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
_SUBSECTION = re.compile(rb"(\d+) (\d+)[ \t]*(?:\r\n|\n|\r)")
_STARTXREF = re.compile(rb"startxref[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+%%EOF(?:\r\n|\n|\r)?")
_TAIL = re.compile(rb"startxref[\x00\t\n\x0c\r ]+(\d+)[\x00\t\n\x0c\r ]+%%EOF[\x00\t\n\x0c\r ]*\Z")


@dataclass
class _Section:
    at: int
    entries: dict = field(default_factory=dict)
    trailer: Dict = field(default_factory=Dict)
    end: int = 0  # one past the trailer (table) or the stream's endobj
    stream_num: int | None = None  # the xref stream's own object number
    twice: list[int] = field(default_factory=list)  # object numbers listed more than once


def _table(rd: _Reader, at: int) -> _Section:
    data = rd.data
    sec = _Section(at)
    pos = at + 4
    if data.startswith(b"\r\n", pos):
        pos += 2
    elif data[pos:pos + 1] in (b"\n", b"\r"):
        pos += 1
    else:
        raise _Malformed(pos, "no end of line after 'xref'")
    while not data.startswith(b"trailer", pos):
        m = _SUBSECTION.match(data, pos)
        if m is None:
            raise _Malformed(pos, "a malformed cross-reference line")
        first, count = int(m.group(1)), int(m.group(2))
        pos = m.end()
        _count(rd, count)
        for num in range(first, first + count):
            e = _XREF_ENTRY.match(data, pos)
            if e is None:
                raise _Malformed(pos, "a malformed cross-reference line")
            pos = e.end()
            _add(sec, num, ("n", int(e.group(1)), int(e.group(2))) if e.group(3) == b"n"
                 else ("f", 0, int(e.group(2))))
    rd.owner = W.V_TRAILER
    sec.trailer, pos = rd.value(pos + 7)
    if not isinstance(sec.trailer, Dict):
        raise _Malformed(pos, "the trailer is not a dictionary")
    sec.end = pos
    return sec


def _count(rd: _Reader, n: int) -> None:
    rd.objects += n
    if rd.objects > rd.limits.objects:
        raise TooMuch("objects", rd.limits.objects)


def _add(sec: _Section, num: int, entry: tuple) -> None:
    if num in sec.entries:
        sec.twice.append(num)
        return  # the first stays: what poppler, qpdf and pypdf show
    sec.entries[num] = entry


def _xref_stream(rd: _Reader, at: int) -> _Section:
    num, _gen, val, end = rd.object_at(at, lambda v: v if type(v) is int else -1)
    if not isinstance(val, tuple) or val[0].get(b"Type") != b"XRef":
        raise _Malformed(at, "startxref points at neither 'xref' nor a cross-reference stream")
    d, body = val
    sec = _Section(at, trailer=d, end=end, stream_num=num)
    w = d.get(b"W")
    size = d.get(b"Size")
    if (not isinstance(w, list) or len(w) != 3 or not all(type(x) is int and 0 <= x <= 8
                                                            for x in w)
            or type(size) is not int):
        raise _Malformed(at, "a cross-reference stream's /W or /Size is malformed")
    index = d.get(b"Index", [0, size])
    if (not isinstance(index, list) or len(index) % 2
            or not all(type(x) is int and x >= 0 for x in index)):
        raise _Malformed(at, "a cross-reference stream's /Index is malformed")
    rows = _decode(rd, d, body, at)
    width = sum(w)
    pos = 0
    for first, count in zip(index[::2], index[1::2], strict=True):
        _count(rd, count)
        for n in range(first, first + count):
            if pos + width > len(rows):
                raise _Malformed(at, "a cross-reference stream is shorter than its /Index")
            fields = []
            for size_of in w:
                fields.append(int.from_bytes(rows[pos:pos + size_of], "big"))
                pos += size_of
            kind = fields[0] if w[0] else 1
            if kind == 0:
                _add(sec, n, ("f", 0, fields[2]))
            elif kind == 1:
                _add(sec, n, ("n", fields[1], fields[2] if w[2] else 0))
            elif kind == 2:
                _add(sec, n, ("c", fields[1], fields[2]))
            else:
                raise _Malformed(at, f"a cross-reference entry of unknown type {kind}")
    return sec


def _decode(rd: _Reader, d: Dict, body: bytes, at: int) -> bytes:
    """A cross-reference or object stream's data: no filter or /FlateDecode (with PNG
    predictors), never more than the limit."""
    filt = d.get(b"Filter")
    if isinstance(filt, list) and len(filt) == 1:
        filt = filt[0]
    if filt is None:
        data = body
    elif filt == b"FlateDecode":
        z = zlib.decompressobj()
        budget = rd.limits.decoded_bytes - rd.decoded
        try:
            data = z.decompress(body, budget + 1)
        except zlib.error as exc:
            raise _Malformed(at, "a compressed stream cannot be decoded") from exc
        if len(data) > budget:
            raise TooMuch("decoded", f"{rd.limits.decoded_bytes / 2**20:g}")
    else:
        raise _Malformed(at, "a cross-reference or object stream with an unusual filter")
    rd.decoded += len(data)
    parms = d.get(b"DecodeParms")
    if isinstance(parms, list) and len(parms) == 1:
        parms = parms[0]
    if isinstance(parms, Dict) and parms.get(b"Predictor", 1) != 1:
        data = _png(data, parms, at)
    return data


def _png(data: bytes, parms: Dict, at: int) -> bytes:
    predictor, columns = parms.get(b"Predictor"), parms.get(b"Columns", 1)
    if type(predictor) is not int or not 10 <= predictor <= 15 or type(columns) is not int \
            or columns < 1 or parms.get(b"Colors", 1) != 1 \
            or parms.get(b"BitsPerComponent", 8) != 8:
        raise _Malformed(at, "a stream predictor verify does not read")
    out, prev = bytearray(), bytearray(columns)
    for i in range(0, len(data) - columns, columns + 1):
        kind, row = data[i], bytearray(data[i + 1:i + 1 + columns])
        for j in range(columns):
            left = row[j - 1] if j else 0
            up, ul = prev[j], (prev[j - 1] if j else 0)
            if kind == 1:
                row[j] = (row[j] + left) & 0xFF
            elif kind == 2:
                row[j] = (row[j] + up) & 0xFF
            elif kind == 3:
                row[j] = (row[j] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                row[j] = (row[j] + (left if pa <= pb and pa <= pc else up if pb <= pc
                                    else ul)) & 0xFF
            elif kind != 0:
                raise _Malformed(at, "a malformed predictor row")
        out += row
        prev = row
    return bytes(out)


# ------------------------------------------------------------------ the whole file

def examine(data: bytes, limits: Limits | None = None) -> Layout:
    """The revisions of ``data`` and every structural problem, one line each.

    Raises ``TooMuch`` beyond ``limits`` (``LIMITS``), before reading anything else."""
    limits = limits or LIMITS
    if len(data) > limits.file_bytes:
        raise TooMuch("bytes", f"{limits.file_bytes / 2**20:g}")
    rd = _Reader(data, limits)
    try:
        return _examine(rd)
    except _Malformed as exc:
        return Layout((), (*rd.problems, W.V_MALFORMED.format(offset=exc.offset, what=exc.what)),
                      malformed=True)


def _examine(rd: _Reader) -> Layout:
    data = rd.data
    if not data.startswith(b"%PDF-"):
        raise _Malformed(0, "the file does not begin with %PDF-")
    tail = _TAIL.search(data, max(0, len(data.rstrip(_WS)) - 1024))
    if tail is None:
        raise _Malformed(len(data), "the file does not end in startxref and %%EOF")
    sections = _chain(rd, int(tail.group(1)))
    revisions = []
    start = 0
    for rev, sec in enumerate(sections, 1):
        end = _revision(rd, sec, start, rev)
        revisions.append(Revision(start, sec.at, end))
        start = end
    rest = len(data[start:].rstrip(_WS))
    if rest:
        rd.problems.append(W.V_AFTER_END.format(count=rest))
    return Layout(tuple(revisions), tuple(dict.fromkeys(rd.problems)))


def _chain(rd: _Reader, startxref: int) -> list[_Section]:
    """The cross-reference sections from the first revision to the last, following /Prev
    back from the last ``startxref``; refuses more than the limit before reading on."""
    data = rd.data
    sections: list[_Section] = []
    at: object = startxref
    while at is not None:
        if len(sections) >= rd.limits.revisions:
            raise TooMuch("revisions", rd.limits.revisions)
        if type(at) is not int or not 0 < at < len(data) or (sections and at >= sections[-1].at):
            raise _Malformed(sections[-1].at if sections else len(data),
                             "/Prev does not point back to an earlier revision")
        if data.startswith(b"xref", at):
            sec = _table(rd, at)
        elif _OBJ.match(data, at):
            sec = _xref_stream(rd, at)
        else:
            raise _Malformed(at, "startxref or /Prev points at no cross-reference section")
        for key in (b"XRefStm", b"Encrypt"):
            if key in sec.trailer:
                raise _Malformed(at, "hybrid cross-reference files are not accepted"
                                 if key == b"XRefStm" else "encrypted minutes are not accepted")
        sections.append(sec)
        at = sec.trailer.get(b"Prev")
    sections.reverse()
    return sections


def _revision(rd: _Reader, sec: _Section, start: int, rev: int) -> int:
    """Check one revision's bytes from ``start``: its objects exactly as listed, then its
    cross-reference section and its startxref; returns where the next one begins."""
    rd.problems += [W.V_XREF_TWICE.format(num=num, rev=rev) for num in sec.twice]
    own = sec.entries.get(sec.stream_num)
    if own is not None and own[:2] != ("n", sec.at):
        raise _Malformed(sec.at, "a cross-reference stream listed somewhere else")
    pos = _objects(rd, sec, start, rev)
    if pos != sec.at:
        rd.problems.append(W.V_UNLISTED.format(rev=rev, offset=pos))
    for num, (kind, stream, _ix) in sec.entries.items():
        if kind == "n":
            rd.offsets[num] = stream
        if kind == "c" and num not in rd.held.get((rev, stream), ()):
            raise _Malformed(sec.at, f"object {num} is listed in object stream {stream}, "
                                     "which does not hold it")
    m = _STARTXREF.match(rd.data, rd.skip(sec.end))
    if m is None or int(m.group(1)) != sec.at:
        raise _Malformed(sec.end, "startxref does not point at this revision's "
                                  "cross-reference section")
    return m.end()


def _objects(rd: _Reader, sec: _Section, start: int, rev: int) -> int:
    """Read the revision's objects one after another from ``start``, each where its section
    lists it; returns where they end."""
    listed = sorted((e[1], num, e[2]) for num, e in sec.entries.items()
                    if e[0] == "n" and num != sec.stream_num)
    cache: dict[int, object] = {}

    def length_of(v):
        if isinstance(v, Ref):
            if v.num not in cache:
                entry = _find(rd, sec, v)
                cache[v.num] = (rd.object_at(entry, lambda _v: -1)[2] if entry is not None
                                else None)
            return cache[v.num]
        return v

    pos = rd.skip(start)
    for offset, num, gen in listed:
        if not start <= offset < sec.at:
            rd.problems.append(W.V_UNLISTED.format(rev=rev, offset=offset))
            continue
        if pos != offset:
            rd.problems.append(W.V_UNLISTED.format(rev=rev, offset=pos))
            if pos > offset:
                raise _Malformed(offset, "two objects overlap")
        got_num, got_gen, val, end = rd.object_at(offset, length_of)
        if (got_num, got_gen) != (num, gen):
            raise _Malformed(offset, f"object {got_num} {got_gen} stands where the "
                                     f"cross-reference section lists {num} {gen}")
        if isinstance(val, tuple) and val[0].get(b"Type") == b"ObjStm":
            _object_stream(rd, sec, num, val, offset, rev)
        pos = rd.skip(end)
    return pos


def _find(rd: _Reader, sec: _Section, ref: Ref) -> int | None:
    """Where the object ``ref`` stands as of this revision (an indirect /Length)."""
    entry = sec.entries.get(ref.num)
    if entry is not None:
        return entry[1] if entry[0] == "n" else None
    return rd.offsets.get(ref.num)


def _object_stream(rd: _Reader, sec: _Section, num: int, val: tuple, offset: int,
                   rev: int) -> None:
    """Every object in an object stream is listed as being there, once, at its index."""
    d, body = val
    n, first = d.get(b"N"), d.get(b"First")
    if b"Extends" in d or type(n) is not int or type(first) is not int or n < 0:
        raise _Malformed(offset, "an object stream verify does not read")
    _count(rd, n)
    data = _decode(rd, d, body, offset)
    head = data[:first].split()
    if len(head) != 2 * n or not all(x.isdigit() for x in head):
        raise _Malformed(offset, "an object stream's header is malformed")
    held: set[int] = set()
    inner = _Reader(data, rd.limits)
    for ix in range(n):
        obj_num, at = int(head[2 * ix]), first + int(head[2 * ix + 1])
        if obj_num in held:
            rd.problems.append(W.V_XREF_TWICE.format(num=obj_num, rev=rev))
        held.add(obj_num)
        entry = sec.entries.get(obj_num)
        if entry != ("c", num, ix):
            rd.problems.append(W.V_UNLISTED.format(rev=rev, offset=offset))
        inner.owner = W.V_OBJECT.format(num=obj_num)
        try:
            value, end = inner.value(at)
            nxt = first + int(head[2 * ix + 3]) if ix + 1 < n else len(data)
            if inner.skip(end) != nxt:
                raise _Malformed(at, "objects of an object stream overlap or leave a gap")
        except _Malformed as exc:
            raise _Malformed(offset, f"in object stream {num}: {exc.what}") from exc
        if isinstance(value, Dict) and b"ByteRange" in value:
            # a signature's byte range counts bytes of the file, never of a stream
            rd.problems.append(W.V_SIGNATURE_NOT_HEX.format(what=inner.owner))
    rd.problems += inner.problems
    rd.held[rev, num] = held


# ------------------------------------------------------------------ what verify calls

class Refused(Exception):
    """The file is beyond what verify reads, or the second reader is missing (exit 2):
    one line, in the minutes' language."""


def before_reading(data: bytes, path: str, limits: Limits | None = None) -> Layout:
    """What verify calls before any PDF library reads ``data``: the layout and its
    problems. Raises ``Refused`` beyond ``limits`` or without pikepdf."""
    from coprodesk.minutes.second_reader import Missing, require

    try:
        require()
        return examine(data, limits)
    except TooMuch as exc:
        raise Refused(exc.line(path)) from exc
    except Missing as exc:
        raise Refused(str(exc)) from exc


def before_validating(path: str, total: int, signed: list[int],
                      limits: Limits | None = None) -> None:
    """Raise ``Refused`` when validating signatures closing the revisions ``signed``
    (0-based) of ``total`` would make pyHanko compare more revisions than the limit: its
    difference analysis reads every revision after each signature."""
    limits = limits or LIMITS
    if sum(total - 1 - rev for rev in signed) > limits.later_revisions:
        raise Refused(TooMuch("later_revisions", limits.later_revisions).line(path))


@dataclass(frozen=True, slots=True)
class Doubts:
    """Why what pyHanko checked may not be what a reader shows, one line each, and whether
    both readers still see the same attached files."""

    lines: tuple[str, ...] = ()
    attachments_agree: bool = True


def doubts(data: bytes, path: str, layout: Layout, reader, signed: set[int],
           limits: Limits | None = None) -> Doubts:
    """The layout's problems, or else every difference the second reader finds in the
    revisions ``signed`` (0-based, those a signature closes) and in the final one, and
    every repair qpdf had to make. Raises ``Refused`` beyond the work limit
    (``limits.compared`` objects compared in all)."""
    from coprodesk.minutes.second_reader import TooMuchWork, compare

    limits = limits or LIMITS
    if layout.problems:
        return Doubts(layout.problems, attachments_agree=False)
    total = reader.xrefs.total_revisions
    if total != len(layout.revisions):
        return Doubts((W.V_MALFORMED.format(offset=0, what=f"{len(layout.revisions)} "
                                            f"revisions, but pyHanko reads {total}"),), False)
    try:
        found = compare(data, reader, {*signed, total - 1}, layout.ends, work=limits.compared)
    except TooMuchWork as exc:
        raise Refused(TooMuch("compared", limits.compared).line(path)) from exc
    return Doubts((*found.disagree, *found.repaired), attachments_agree=not found.disagree)
