# %(asctime)s and datefmt on records with a fixed creation time; time.strftime/gmtime on fixed timestamps.
import logging
import time


class FixedClock(logging.Formatter):
    converter = time.gmtime


record = logging.makeLogRecord({"msg": "tick", "created": 1767258000.25, "msecs": 250.0,
                                "levelname": "INFO", "name": "clock"})
print(FixedClock("%(asctime)s %(message)s").format(record))
print(FixedClock("%(asctime)s|%(msecs)03d", datefmt="%H:%M").format(record))
print(FixedClock("{asctime} {message}", style="{").format(record))
f = FixedClock()
f.default_msec_format = "%s.%03d"
print(f.formatTime(record), FixedClock().usesTime(), FixedClock("%(asctime)s").usesTime())
t = time.gmtime(1767258000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0:3], len(t), t.tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
print(time.strftime("%c | %x | %X | %U %W", time.gmtime(0)))
print(time.asctime(time.gmtime(86400 * 365)), time.mktime(time.gmtime(1000000)))
print(time.gmtime(951782400)[:3], time.gmtime(-86400)[:6])
print(time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0)))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (1, 2, 3)):
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(isinstance(time.localtime(), time.struct_time), type(time.time()).__name__)
