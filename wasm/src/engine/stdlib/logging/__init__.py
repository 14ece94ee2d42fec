"""Logging: loggers in a dotted hierarchy, handlers, formatters, basicConfig.

Written for Threadwise. Behaviour, names and messages follow CPython 3.11's
`logging` package. Records carry the thread's name and ident, and the file,
line and function of the call (found with `sys._getframe`). Logging to files
is not supported: the playground has no file system.
"""

from _collections import _generic_alias
import sys
import time
import threading
import traceback

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR",
           "FATAL", "FileHandler", "Filter", "Formatter", "Handler", "INFO",
           "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler",
           "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
           "captureWarnings", "critical", "debug", "disable", "error",
           "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass",
           "info", "log", "makeLogRecord", "setLoggerClass", "shutdown",
           "warn", "warning", "getLogRecordFactory", "setLogRecordFactory",
           "lastResort", "raiseExceptions", "getLevelNamesMapping"]

# The moment logging was imported: relativeCreated counts from here.
_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, or the number of a level name ('Level %s' if unknown)."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    name = _nameToLevel.get(level)
    if name is not None:
        return name
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# One re-entrant lock guards the logger tree and module state.
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# The file the caller search skips: frames in here belong to logging itself.
_srcfile = "<frozen logging>"


def currentframe():
    return sys._getframe(1)


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or filename == "<frozen logging.handlers>"


def _process_id():
    try:
        import os
        return os.getpid()
    except (ImportError, AttributeError):
        return None


def _basename(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _strip_ext(name):
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


class LogRecord:
    """Everything known about one logging call: message, level, place, thread, time."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # A single non-empty mapping argument supplies %(key)s values.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _strip_ext(self.filename)
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = "MainProcess"
            mp = sys.modules.get("multiprocessing")
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        else:
            self.processName = None
        self.process = _process_id() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes come from a dict."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---- format styles -----------------------------------------------------------

def _word_char(c):
    return c.isalnum() or c == "_"


def _percent_field_at(fmt, i):
    """Does `fmt` hold a valid %(name)... conversion starting at index i?"""
    n = len(fmt)
    if fmt[i:i + 2] != "%(":
        return False
    j = i + 2
    start = j
    while j < n and _word_char(fmt[j]):
        j += 1
    if j == start or j >= n or fmt[j] != ")":
        return False
    j += 1
    while j < n and fmt[j] in "#0+ -":
        j += 1
    if j < n and fmt[j] == "*":
        j += 1
    else:
        while j < n and fmt[j].isdigit():
            j += 1
    if j < n and fmt[j] == ".":
        j += 1
        if j < n and fmt[j] == "*":
            j += 1
        else:
            while j < n and fmt[j].isdigit():
                j += 1
    return j < n and fmt[j].lower() in "diouxefgcrsa%"


class PercentStyle:
    """`%(name)s` fields, formatted with the % operator."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        for i in range(len(fmt)):
            if fmt[i] == "%" and _percent_field_at(fmt, i):
                return
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % (e,))


def _brace_fields(fmt):
    """(name, conversion, spec) for each replacement field, as str.format parses them."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == "{":
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # Find the matching close brace (specs may nest one level of fields).
        depth = 1
        j = i + 1
        while j < n and depth:
            if fmt[j] == "{":
                depth += 1
            elif fmt[j] == "}":
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        body = fmt[i + 1:j - 1]
        spec = ""
        conversion = None
        colon = body.find(":")
        bang = body.find("!")
        if bang >= 0 and (colon < 0 or bang < colon):
            name = body[:bang]
            rest = body[bang + 1:]
            if ":" in rest:
                conversion, spec = rest.split(":", 1)
            else:
                conversion = rest
            if len(conversion) != 1:
                raise ValueError("expected ':' after conversion specifier")
        elif colon >= 0:
            name, spec = body[:colon], body[colon + 1:]
        else:
            name = body
        fields.append((name, conversion, spec))
        i = j
    return fields


def _valid_field_name(name):
    # name ( '.' attr | '[' key ']' )*
    i = 0
    n = len(name)
    while i < n and _word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == ".":
            i += 1
            start = i
            while i < n and _word_char(name[i]):
                i += 1
            if i == start:
                return False
        elif name[i] == "[":
            close = name.find("]", i + 1)
            if close <= i + 1:
                return False
            i = close + 1
        else:
            return False
    return True


def _valid_spec(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type]; widths may be {name}.
    i = 0
    n = len(spec)

    def number_or_field(i):
        if i < n and spec[i] == "{":
            close = spec.find("}", i)
            if close < 0 or not all(_word_char(c) for c in spec[i + 1:close]) or close == i + 1:
                return -1
            return close + 1
        while i < n and spec[i].isdigit():
            i += 1
        return i

    if n >= 2 and spec[1] in "<>=^":
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        i = 1
    if i < n and spec[i] in "+ -":
        i += 1
    if i < n and spec[i] == "#":
        i += 1
    if i < n and spec[i] == "0":
        i += 1
    i = number_or_field(i)
    if i < 0:
        return False
    if i < n and spec[i] in ",_":
        i += 1
    if i < n and spec[i] == ".":
        i = number_or_field(i + 1)
        if i < 0:
            return False
    if i < n and spec[i].lower() in "bcdefgnosx%":
        i += 1
    return i == n


class StrFormatStyle(PercentStyle):
    """`{name}` fields, formatted with str.format."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        names = set()
        try:
            for name, conversion, spec in _brace_fields(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError("invalid field name/expression: %r" % name)
                    names.add(name)
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and not _valid_spec(spec):
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as e:
            raise ValueError("invalid format: %s" % e)
        if not names:
            raise ValueError("invalid format: no fields")


def _template_parts(fmt):
    """Splits a $-template into ('text', s) and ('field', name) parts."""
    parts = []
    i = 0
    n = len(fmt)
    text_start = 0
    while i < n:
        if fmt[i] != "$":
            i += 1
            continue
        parts.append(("text", fmt[text_start:i]))
        j = i + 1
        if j < n and fmt[j] == "$":
            parts.append(("text", "$"))
            i = j + 1
        elif j < n and fmt[j] == "{":
            close = fmt.find("}", j)
            name = fmt[j + 1:close] if close > 0 else ""
            if close < 0 or not _template_name(name):
                parts.append(("bad", i))
                i = j
            else:
                parts.append(("field", name))
                i = close + 1
        else:
            k = j
            while k < n and (fmt[k].isascii() and _word_char(fmt[k])):
                k += 1
            name = fmt[j:k]
            if _template_name(name):
                parts.append(("field", name))
                i = k
            else:
                parts.append(("bad", i))
                i = j
        text_start = i
    parts.append(("text", fmt[text_start:]))
    return parts


def _template_name(name):
    return bool(name) and not name[0].isdigit() and all(
        c.isascii() and _word_char(c) for c in name)


class StringTemplateStyle(PercentStyle):
    """`$name` / `${name}` fields, as string.Template substitutes them."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def usesTime(self):
        fmt = self._fmt
        return fmt.find("$asctime") >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        names = set()
        for kind, value in _template_parts(self._fmt):
            if kind == "field":
                names.add(value)
            elif kind == "bad":
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        values = self._values(record)
        out = []
        for kind, value in _template_parts(self._fmt):
            if kind == "text":
                out.append(value)
            elif kind == "field":
                out.append("%s" % (values[value],))
            else:
                before = self._fmt[:value]
                line = before.count("\n") + 1
                col = value - (before.rfind("\n") + 1) + 1
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
        return "".join(out)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


class Formatter:
    """Turns a LogRecord into text with a format string."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        lines = traceback.format_exception(ei[0], ei[1], ei[2])
        s = "".join(lines)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback text is cached on the record for other handlers.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records, with an optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


class Filter:
    """Lets through records from the logger `name` and its descendants ('' lets all)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """Keeps a list of filters; a record passes when every filter accepts it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# Every handler, by name (weakly in CPython; handlers here live as long as the run).
_handlers = {}
_handlerList = []


def _removeHandlerRef(wr):
    pass


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Filters the record, then emits it with the handler's lock held."""
        rv = self.filter(record)
        if rv:
            with self.lock:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised while emitting, to stderr, and carries on."""
        if not (raiseExceptions and sys.stderr):
            return
        exc = sys.exception()
        try:
            sys.stderr.write("--- Logging error ---\n")
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            sys.stderr.write("Call stack:\n")
            # The caller's frames, without logging's own.
            frame = sys._getframe(1)
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=sys.stderr)
            try:
                sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                sys.stderr.write("Unable to print the message and arguments"
                                 " - possible formatting error.\nUse the"
                                 " traceback above to help find the error.\n")
        except OSError:
            pass
        finally:
            exc = None

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s (%s)>" % (self.__class__.__name__, level)


def _stream_name(stream):
    name = getattr(stream, "name", None)
    if name is None:
        if stream is sys.__stdout__:
            name = "<stdout>"
        elif stream is sys.__stderr__:
            name = "<stderr>"
        else:
            name = ""
    return str(name)


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = _stream_name(self.stream)
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name, level)

    __class_getitem__ = classmethod(_generic_alias)


class FileHandler(StreamHandler):
    """Not available: the playground has no file system."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        raise NotImplementedError(
            "logging to a file (FileHandler %r) is not supported in this playground yet; "
            "log to a stream such as sys.stdout instead" % (filename,))


class _StderrHandler(StreamHandler):
    """The last-resort handler: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- the logger tree ---------------------------------------------------------

class PlaceHolder:
    """Stands in the tree for a dotted name that has descendants but no logger yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Holds the logger tree: names to loggers, and each logger's parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            if existing is not None:
                # Loggers created below this name earlier now hang under it.
                self._adopt_children(existing, rv)
            self._find_parent(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, alogger):
        # Walk up the dotted name; the first real logger is the parent, and every
        # missing level gets a placeholder remembering this logger.
        name = alogger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                entry.append(alogger)
            cut = name.rfind(".", 0, cut)
        alogger.parent = parent if parent is not None else self.root

    def _adopt_children(self, placeholder, alogger):
        name = alogger.name
        for child in placeholder.loggerMap.keys():
            # Only children whose parent sits above this logger move under it.
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel for log messages; child loggers pass records up to parents."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR level with the current exception's traceback."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) of the code that called logging."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            outer = f.f_back
            if outer is None:
                break
            f = outer
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            text = "".join(traceback.format_stack(f))
            sinfo = "Stack (most recent call last):\n" + text
            if sinfo[-1:] == "\n":
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Offers the record to this logger's handlers and its ancestors' (while propagating)."""
        found = 0
        c = self
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            c = c.parent if c.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the tree: named 'root', level WARNING."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger, adding contextual `extra` to every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def basicConfig(**kwargs):
    """Sets up the root logger with one handler, unless it already has handlers (or force=True)."""
    with _lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be specified together "
                                     "with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", "a")
                if filename:
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", "%")
            if style not in _STYLES:
                raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ", ".join(kwargs.keys())
                raise ValueError("Unrecognised argument(s): %s" % keys)


def getLogger(name=None):
    """The logger called `name` (created on first use), or the root logger."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler (CPython does this at exit)."""
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


def captureWarnings(capture):
    if capture:
        raise NotImplementedError(
            "logging.captureWarnings is not supported in this playground yet")
