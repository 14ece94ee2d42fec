"""Signals for the main thread, on the engine's `_signal` (written for Threadwise)."""

import _signal
from _signal import *


class Handlers(int):
    def __str__(self):
        return str(int(self))

    def __repr__(self):
        return "<Handlers.%s: %d>" % (self.name, int(self))

    @property
    def name(self):
        return "SIG_DFL" if int(self) == 0 else "SIG_IGN"

    @property
    def value(self):
        return int(self)


class Signals(int):
    _members = {}

    def __new__(cls, value):
        member = cls._members.get(int(value))
        if member is None:
            raise ValueError("%r is not a valid Signals" % (value,))
        return member

    def __str__(self):
        return str(int(self))

    def __repr__(self):
        return "<Signals.%s: %d>" % (self._name, int(self))

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)


def _make_signals():
    for name in ("SIGHUP", "SIGINT", "SIGQUIT", "SIGABRT", "SIGKILL", "SIGUSR1",
                 "SIGUSR2", "SIGALRM", "SIGTERM", "SIGCHLD"):
        number = getattr(_signal, name)
        member = int.__new__(Signals, number)
        member._name = name
        Signals._members[number] = member
        globals()[name] = member


_make_signals()
SIG_DFL = int.__new__(Handlers, 0)
SIG_IGN = int.__new__(Handlers, 1)


def _wrap(handler):
    if isinstance(handler, int) and not isinstance(handler, bool):
        return SIG_DFL if int(handler) == 0 else SIG_IGN
    return handler


def signal(signalnum, handler):
    return _wrap(_signal.signal(signalnum, handler))


def getsignal(signalnum):
    return _wrap(_signal.getsignal(signalnum))
