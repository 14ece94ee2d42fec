"""traceback: the engine formats and prints natively (_traceback); this
module adds the FrameSummary and StackSummary objects of extract_tb and
extract_stack, and format_list and print_list over them."""

import sys
from _traceback import (
    format_exc,
    format_exception,
    format_exception_only,
    format_stack,
    format_tb,
    print_exc,
    print_exception,
    print_stack,
    print_tb,
    _extract_stack,
    _extract_tb,
)

_REPEAT_CUTOFF = 3


class FrameSummary:
    """One frame of a traceback or stack: where it was and what ran there."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_text")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = ({key: repr(value) for key, value in locals.items()}
                       if locals else None)
        # The engine's own rendering of the frame (with carets), when it
        # made this summary from a real frame.
        self._text = None

    @property
    def line(self):
        if self._line is None:
            # Source files other than the running program cannot be read here.
            return None if self.lineno is None else ""
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.line == other.line
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary objects, oldest frame first."""

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    {}\n".format(frame_summary.line)
        if frame_summary.locals:
            for key, value in sorted(frame_summary.locals.items()):
                text += "    {} = {}\n".format(key, value)
        return text

    def format(self):
        """The frames as traceback text, one string per frame; a frame
        repeated more than three times in a row is counted, not repeated."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > _REPEAT_CUTOFF:
                    _add_repeat_note(result, count - _REPEAT_CUTOFF)
                last = key
                count = 0
            count += 1
            if count <= _REPEAT_CUTOFF:
                result.append(self.format_frame_summary(frame_summary))
        if count > _REPEAT_CUTOFF:
            _add_repeat_note(result, count - _REPEAT_CUTOFF)
        return result


def _add_repeat_note(result, more):
    result.append("  [Previous line repeated {} more time{}]\n".format(
        more, "s" if more > 1 else ""))


def _summaries(rows):
    summary = StackSummary()
    for filename, lineno, name, line, end_lineno, colno, end_colno, text in rows:
        frame_summary = FrameSummary(filename, lineno, name, line=line,
                                     end_lineno=end_lineno, colno=colno,
                                     end_colno=end_colno)
        frame_summary._text = text
        summary.append(frame_summary)
    return summary


def extract_tb(tb, limit=None):
    """The frames of traceback `tb`, oldest first (the first `limit`)."""
    return _summaries(_extract_tb(tb, limit))


def extract_stack(f=None, limit=None):
    """The frames from `f` (default: the caller's) outwards, oldest first
    (the last `limit`)."""
    if f is None:
        f = sys._getframe().f_back
    return _summaries(_extract_stack(f, limit))


def format_list(extracted_list):
    """Traceback text for FrameSummary objects or (file, line, name, text) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list) to `file` (default: sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")
