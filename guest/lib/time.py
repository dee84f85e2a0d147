"""Time access: MicroPython's built-in time plus monotonic, perf_counter, process_time (and their
_ns forms), struct_time from gmtime/localtime (the sandbox's local time is UTC), strftime,
asctime, ctime."""

from utime import *
from utime import gmtime as _gmtime, mktime as _mktime, ticks_ms as _ticks_ms, \
    ticks_us as _ticks_us, ticks_diff as _ticks_diff

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_PERIOD = 1 << 30  # MicroPython's ticks wrap at this
_clock = [_ticks_ms(), _ticks_us(), 0]  # last ms, last us, microseconds counted so far


def monotonic_ns():
    ms = _ticks_ms()
    us = _ticks_us()
    d_ms = _ticks_diff(ms, _clock[0])
    d_us = (us - _clock[1]) % _PERIOD
    # The microsecond ticks wrap every ~18 minutes; the millisecond ones say how many times.
    d_us += ((d_ms * 1000 - d_us + _PERIOD // 2) // _PERIOD) * _PERIOD
    _clock[0] = ms
    _clock[1] = us
    _clock[2] += d_us
    return _clock[2] * 1000


def monotonic():
    return monotonic_ns() / 1e9


perf_counter_ns = monotonic_ns
perf_counter = monotonic
process_time_ns = monotonic_ns
process_time = monotonic
thread_time_ns = monotonic_ns
thread_time = monotonic

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")


class struct_time(tuple):
    """The 9-field time tuple, with tm_* attributes (tm_zone 'UTC', tm_gmtoff 0)."""

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % len(seq))
        super().__init__(seq[:9])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))

    __str__ = __repr__

    tm_year = property(lambda s: s[0])
    tm_mon = property(lambda s: s[1])
    tm_mday = property(lambda s: s[2])
    tm_hour = property(lambda s: s[3])
    tm_min = property(lambda s: s[4])
    tm_sec = property(lambda s: s[5])
    tm_wday = property(lambda s: s[6])
    tm_yday = property(lambda s: s[7])
    tm_isdst = property(lambda s: s[8])
    tm_zone = "UTC"
    tm_gmtoff = 0


def gmtime(secs=None):
    t = _gmtime() if secs is None else _gmtime(int(secs // 1))
    return struct_time(tuple(t[:8]) + (0,))


localtime = gmtime


def mktime(t):
    return float(_mktime(tuple(t[:8])))


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _iso_week(year, yday, wday):
    # ISO 8601 year and week of a date given as year, day of year (1-based), weekday (Mon=0).
    week = (yday - wday + 9) // 7
    if week < 1:
        prev = year - 1
        prev_len = 366 if prev % 4 == 0 and (prev % 100 != 0 or prev % 400 == 0) else 365
        return _iso_week(prev, yday + prev_len, wday)
    length = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
    if week == 53 and (yday - wday + 3) > length:
        return year + 1, 1
    return year, week


def _format(fmt, t, zone="UTC", offset="+0000", micro=None):
    """strftime's directives (C locale) over a 9-tuple; shared with datetime."""
    year, mon, mday, hour, minute, sec, wday, yday = t[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d == "b" or d == "h":
            out.append(_MONTHS[mon - 1][:3])
        elif d == "B":
            out.append(_MONTHS[mon - 1])
        elif d == "c":
            out.append(_format("%a %b %e %H:%M:%S %Y", t))
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "m":
            out.append("%02d" % mon)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "S":
            out.append("%02d" % sec)
        elif d == "f" and micro is not None:
            out.append("%06d" % micro)
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "V":
            out.append("%02d" % _iso_week(year, yday, wday)[1])
        elif d == "G":
            out.append(str(_iso_week(year, yday, wday)[0]))
        elif d == "x":
            out.append(_format("%m/%d/%y", t))
        elif d == "X" or d == "T":
            out.append(_format("%H:%M:%S", t))
        elif d == "D":
            out.append(_format("%m/%d/%y", t))
        elif d == "F":
            out.append(_format("%Y-%m-%d", t))
        elif d == "R":
            out.append(_format("%H:%M", t))
        elif d == "r":
            out.append(_format("%I:%M:%S %p", t))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "Y":
            out.append(str(year))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "Z":
            out.append(zone)
        elif d == "z":
            out.append(offset)
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def strftime(format, t=None):
    if t is None:
        t = gmtime()
    elif len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    return _format(format, t)


def asctime(t=None):
    return _format("%a %b %e %H:%M:%S %Y", gmtime() if t is None else t)


def ctime(secs=None):
    return asctime(gmtime(secs))
