"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper.

Written for Threadwise; output follows CPython 3.11's `textwrap`. There is no
`re` here, so words are split by hand: at whitespace, after a hyphen inside a
hyphenated word, and around em-dashes (`--`), as CPython's word pattern does.
`fix_sentence_endings` is not supported.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps paragraphs to a width; the options are CPython's."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            start = i
            if text[i] in _whitespace:
                while i < n and text[i] in _whitespace:
                    i += 1
                chunks.append(text[start:i])
                continue
            if self.break_on_hyphens and self._dash_run_end(text, i) > i:
                i = self._dash_run_end(text, i)
                chunks.append(text[start:i])
                continue
            i += 1
            while i < n and text[i] not in _whitespace:
                if self.break_on_hyphens:
                    if text[i - 1] == '-' and self._hyphen_break(text, i - 1):
                        break
                    if self._dash_run_end(text, i) > i:
                        break
                i += 1
            chunks.append(text[start:i])
        return chunks

    def _dash_run_end(self, text, i):
        """End of an em-dash (two or more '-') at i between words, else i."""
        if i == 0 or not _is_word_punct(text[i - 1]) or not text.startswith('--', i):
            return i
        j = i
        while j < len(text) and text[j] == '-':
            j += 1
        if j < len(text) and _is_word(text[j]):
            return j
        return i

    def _hyphen_break(self, text, h):
        """True when a word may break after the hyphen at h."""
        before = (h >= 2 and _is_letter(text[h - 2]) and _is_letter(text[h - 1])) or \
            (h >= 3 and _is_letter(text[h - 3]) and text[h - 2] == '-' and _is_letter(text[h - 1]))
        if not before or h + 1 >= len(text) or not _is_letter(text[h + 1]):
            return False
        if h + 2 < len(text) and _is_letter(text[h + 2]):
            return True
        return h + 3 < len(text) and text[h + 2] == '-' and _is_letter(text[h + 3])

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = list(reversed(chunks))
        while pending:
            line = []
            size = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            while pending and size + len(pending[-1]) <= room:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, size, room)
                size = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                         and not pending[0].strip())
            if last_allowed or (rest_blank and size <= room):
                lines.append(indent + ''.join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= room:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                size -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """The lines of text wrapped to the width."""
        return self._wrap_chunks(self._split_chunks(text))

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _indent_of(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace every non-blank line starts with."""
    lines = text.split('\n')
    # Lines of only spaces and tabs become empty.
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        indent = _indent_of(line)
        if len(indent) == len(line):
            continue
        if margin is None or indent.startswith(margin):
            margin = indent if margin is None else margin
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text (by default, to those not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
