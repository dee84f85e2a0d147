"""Dates and times: date, time, datetime, timedelta, tzinfo, timezone (CPython 3.11's API).

The clock is the host's and the sandbox's local time is UTC: today() and now() give UTC, and a
naive datetime's timestamp() takes it as UTC.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0, 0]
for _m in range(2, 14):
    _DBM.append(_DBM[-1] + _DIM[_m - 1])
del _m
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS_400Y = 146097


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DIM[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    return _DBM[m] + (1 if m > 2 and _is_leap(y) else 0)


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord_to_ymd(n):
    # n is 1 for 0001-01-01. Whole 400-year cycles first, then centuries, 4-year spans, years.
    n -= 1
    c400, n = divmod(n, _DAYS_400Y)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    year = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return year - 1, 12, 31
    month = (n + 50) >> 5
    if _days_before_month(year, month) > n:
        month -= 1
    return year, month, n - _days_before_month(year, month) + 1


def _check_int(value, name):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return value


def _check_date(year, month, day):
    _check_int(year, "year")
    _check_int(month, "month")
    _check_int(day, "day")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    for v in (hour, minute, second, microsecond):
        _check_int(v, "")
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _true_div(a, b):
    # Below 2**53 both convert exactly, so one float division rounds correctly (MicroPython's
    # big-int true division does not always).
    if -(1 << 53) < a < (1 << 53) and -(1 << 53) < b < (1 << 53):
        return float(a) / float(b)
    return a / b


def _round_half_even(x):
    f = int(x // 1)
    r = x - f
    if r > 0.5 or (r == 0.5 and f % 2 == 1):
        f += 1
    return f


# ---- timedelta -----------------------------------------------------------------------------


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        whole = 0
        frac = 0.0
        for name, value, scale in (("weeks", weeks, 604800000000), ("days", days, 86400000000),
                                   ("hours", hours, 3600000000), ("minutes", minutes, 60000000),
                                   ("seconds", seconds, 1000000),
                                   ("milliseconds", milliseconds, 1000),
                                   ("microseconds", microseconds, 1)):
            if isinstance(value, float):
                ip = int(value // 1) if value == value and abs(value) != float("inf") else None
                if ip is None:
                    raise ValueError("cannot convert float %s to integer" % value)
                whole += ip * scale
                frac += (value - ip) * scale
            elif isinstance(value, (int, bool)):
                whole += int(value) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        us = whole + _round_half_even(frac)
        self._set(us)

    def _set(self, us):
        d, rem = divmod(us, 86400000000)
        s, u = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._us = u

    @classmethod
    def _from_us(cls, us):
        td = object.__new__(cls)
        td._set(us)
        return td

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._us)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._us

    def total_seconds(self):
        return _true_div(self._to_us(), 10 ** 6)

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._us:
            args.append("microseconds=%d" % self._us)
        return "datetime.timedelta(%s)" % (", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._us:
            s += ".%06d" % self._us
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, bool)):
            return timedelta._from_us(self._to_us() * int(other))
        if isinstance(other, float):
            return timedelta._from_us(_round_half_even(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _true_div(self._to_us(), other._to_us())
        if isinstance(other, int):
            return timedelta._from_us(_round_half_even(self._to_us() / other)
                                      if self._to_us() % other else self._to_us() // other)
        if isinstance(other, float):
            return timedelta._from_us(_round_half_even(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._to_us() == other._to_us()

    def __ne__(self, other):
        return not self == other

    def _cmpkey(self, other):
        if not isinstance(other, timedelta):
            raise TypeError("'<' not supported between instances of 'timedelta' and '%s'"
                            % type(other).__name__)
        return self._to_us(), other._to_us()

    def __lt__(self, other):
        a, b = self._cmpkey(other)
        return a < b

    def __le__(self, other):
        a, b = self._cmpkey(other)
        return a <= b

    def __gt__(self, other):
        a, b = self._cmpkey(other)
        return a > b

    def __ge__(self, other):
        a, b = self._cmpkey(other)
        return a >= b

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- tzinfo / timezone -----------------------------------------------------------------------


class tzinfo:
    """Abstract base for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    us = off._to_us()
    sign = "-" if us < 0 else "+"
    us = abs(us)
    hh, rem = divmod(us, 3600000000)
    mm, rem = divmod(rem, 60000000)
    ss, us = divmod(rem, 1000000)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self._name is None and not self._offset:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- date ------------------------------------------------------------------------------------


def _parse_isodate(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        return None
    for p in parts:
        if not p.isdigit():
            return None
    return int(parts[0]), int(parts[1]), int(parts[2])


class IsoCalendarDate(tuple):
    def __init__(self, seq):
        super().__init__(seq)

    year = property(lambda s: s[0])
    week = property(lambda s: s[1])
    weekday = property(lambda s: s[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    __str__ = __repr__


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class date:
    """A date in the proleptic Gregorian calendar."""

    def __init__(self, year, month=None, day=None):
        _check_date(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.gmtime(int(t // 1))[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_isodate(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        last = 53 if (_iso_week1_monday(year + 1) - _iso_week1_monday(year)) // 7 == 53 else 52
        if not 1 <= week <= last:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        return cls(*_ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        if n < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif n >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        return IsoCalendarDate((year, (n - week1) // 7 + 1, (n - week1) % 7 + 1))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month - 1],
                                             self._day, self._year)

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  yday, -1))

    def strftime(self, fmt):
        return _time._format(fmt, self.timetuple(), "", "", 0)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        return isinstance(other, date) and self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _check_cmp(self, other, op):
        if not self._cmp_ok(other):
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, type(self).__name__, type(other).__name__))

    def __lt__(self, other):
        self._check_cmp(other, "<")
        return self._key() < other._key()

    def __le__(self, other):
        self._check_cmp(other, "<=")
        return self._key() <= other._key()

    def __gt__(self, other):
        self._check_cmp(other, ">")
        return self._key() > other._key()

    def __ge__(self, other):
        self._check_cmp(other, ">=")
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= 3652059:
                raise OverflowError("result out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- time ------------------------------------------------------------------------------------


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _parse_isotime(s):
    # HH[:MM[:SS[.ffffff]]][+HH:MM] -> (h, m, s, us, tzinfo) or None
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z" and i > 0:
            tzpart = s[i:]
            s = s[:i]
            if tzpart == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == "-" else 1
                t = _parse_isotime(tzpart[1:])
                if t is None or t[4] is not None:
                    return None
                off = timedelta(hours=t[0], minutes=t[1], seconds=t[2], microseconds=t[3])
                tz = timezone.utc if not off else timezone(sign * off)
            break
    frac = ""
    for sep in ".,":
        if sep in s:
            s, frac = s.split(sep, 1)
    if ":" in s:
        parts = s.split(":")
    elif len(s) in (2, 4, 6):
        parts = [s[k:k + 2] for k in range(0, len(s), 2)]
    else:
        return None
    if not 1 <= len(parts) <= 3 or (frac and len(parts) != 3):
        return None
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            return None
    us = 0
    if frac:
        if not frac.isdigit():
            return None
        us = int((frac + "000000")[:6])
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return vals[0], vals[1], vals[2], us, tz


class time:
    """A time of day, optionally with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        t = _parse_isotime(time_string[1:] if time_string[:1] == "T" else time_string)
        if t is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*t)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = "datetime.time(%s" % ", ".join(str(a) for a in args)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, fmt):
        off = self.utcoffset()
        return _time._format(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1),
                             self.tzname() or "", _format_offset(off, "") if off is not None else "",
                             self._microsecond)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._to_us()
        return us, off is not None

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._key(), other._key()
        return a[1] == b[1] and a[0] == b[0]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _ordered(self, other):
        if not isinstance(other, time):
            raise TypeError("can't compare '%s' to '%s'" % (type(self).__name__, type(other).__name__))
        a, b = self._key(), other._key()
        if a[1] != b[1]:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return a[0], b[0]

    def __lt__(self, other):
        a, b = self._ordered(other)
        return a < b

    def __le__(self, other):
        a, b = self._ordered(other)
        return a <= b

    def __gt__(self, other):
        a, b = self._ordered(other)
        return a > b

    def __ge__(self, other):
        a, b = self._ordered(other)
        return a >= b

    def __hash__(self):
        return hash(self._key()[0])

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime --------------------------------------------------------------------------------


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tzinfo=None):
        # us: microseconds since 0001-01-01T00:00 (ordinal 1).
        days, rem = divmod(us, 86400000000)
        if not 0 <= days < 3652059:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days + 1)
        s, micro = divmod(rem, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return cls(y, m, d, h, mi, s, micro, tzinfo)

    def _to_us(self):
        return ((((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if isinstance(t, float):
            us = _round_half_even(t * 1000000)
        else:
            us = int(t) * 1000000
        dt = cls._from_us(us + _EPOCH_US)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls._now(tz)

    @classmethod
    def _now(cls, tz):
        _check_tzinfo(tz)
        dt = cls._from_us(_now_us() + _EPOCH_US)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def today(cls):
        return cls._now(None)

    @classmethod
    def utcnow(cls):
        return cls._now(None)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        dpart, tpart = s, None
        if len(s) > 10 and s[4] == "-":
            dpart, tpart = s[:10], s[11:]
        elif len(s) > 8 and s[:8].isdigit() and not s[8:9].isdigit():
            dpart, tpart = s[:8], s[9:]
        ymd = _parse_isodate(dpart)
        t = (0, 0, 0, 0, None) if tpart is None else _parse_isotime(tpart)
        if ymd is None or t is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd, *t)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._to_us() - _EPOCH_US - (off._to_us() if off is not None else 0)
        return us / 1e6

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else (self - off).replace(tzinfo=None)
        t = dt.timetuple()
        return _time.struct_time(tuple(t[:8]) + (0,))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        _check_tzinfo(tz)
        off = self.utcoffset()
        utc = self if off is None else self - off
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond]
        while len(args) > 5 and args[-1] == 0:
            args.pop()
        s = "datetime.datetime(%s" % ", ".join(str(a) for a in args)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month - 1], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        off = self.utcoffset()
        return _time._format(fmt, self.timetuple(), self.tzname() or "",
                             _format_offset(off, "") if off is not None else "",
                             self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        try:
            return type(self)._from_us(self._to_us() + other._to_us(), self._tzinfo)
        except OverflowError:
            raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        a = self._to_us() - (a_off._to_us() if a_off is not None else 0)
        b = other._to_us() - (b_off._to_us() if b_off is not None else 0)
        return timedelta._from_us(a - b)

    def _utc_key(self):
        off = self.utcoffset()
        return self._to_us() - (off._to_us() if off is not None else 0), off is not None

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        a, b = self._utc_key(), other._utc_key()
        return a[1] == b[1] and a[0] == b[0]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _ordered(self, other, op):
        if not isinstance(other, datetime):
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, type(self).__name__, type(other).__name__))
        a, b = self._utc_key(), other._utc_key()
        if a[1] != b[1]:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return a[0], b[0]

    def __lt__(self, other):
        a, b = self._ordered(other, "<")
        return a < b

    def __le__(self, other):
        a, b = self._ordered(other, "<=")
        return a <= b

    def __gt__(self, other):
        a, b = self._ordered(other, ">")
        return a > b

    def __ge__(self, other):
        a, b = self._ordered(other, ">=")
        return a >= b

    def __hash__(self):
        return hash(self._utc_key()[0])


def _now_us():
    return _time.time_ns() // 1000


_EPOCH_US = (_ymd_to_ord(1970, 1, 1) - 1) * 86400000000

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- strptime ------------------------------------------------------------------------------

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    fields = {}
    i = 0
    j = 0
    n = len(data)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data, fmt))

    def digits(maxlen, minlen=1, lo=0, hi=None):
        nonlocal i
        k = i
        while k < n and k - i < maxlen and data[k].isdigit():
            k += 1
        if k - i < minlen:
            fail()
        v = int(data[i:k])
        if v < lo or (hi is not None and v > hi):
            fail()
        i = k
        return v

    def name(options):
        nonlocal i
        low = data[i:].lower()
        best = None
        for idx, full in enumerate(options):
            for cand in (full, full[:3]):
                if low.startswith(cand) and (best is None or len(cand) > best[1]):
                    best = (idx, len(cand))
        if best is None:
            fail()
        i += best[1]
        return best[0]

    while j < len(fmt):
        c = fmt[j]
        if c == "%" and j + 1 < len(fmt):
            d = fmt[j + 1]
            j += 2
            if d == "Y":
                fields["year"] = digits(4, 4)
            elif d == "y":
                y = digits(2, 2)
                fields["year"] = y + (2000 if y < 69 else 1900)
            elif d == "m":
                fields["month"] = digits(2, 1, 1, 12)
            elif d == "d":
                fields["day"] = digits(2, 1, 1, 31)
            elif d == "H":
                fields["hour"] = digits(2, 1, 0, 23)
            elif d == "I":
                fields["hour12"] = digits(2, 1, 1, 12)
            elif d == "M":
                fields["minute"] = digits(2, 1, 0, 59)
            elif d == "S":
                fields["second"] = digits(2, 1, 0, 61)
            elif d == "f":
                k = i
                v = digits(6)
                fields["microsecond"] = v * 10 ** (6 - (i - k))
            elif d == "j":
                fields["yday"] = digits(3, 1, 1, 366)
            elif d in "bBh":
                fields["month"] = name(_FULL_MONTHS) + 1
            elif d in "aA":
                fields["weekday"] = name(_FULL_DAYS)
            elif d == "p":
                low = data[i:i + 2].lower()
                if low not in ("am", "pm"):
                    fail()
                fields["pm"] = low == "pm"
                i += 2
            elif d == "z":
                if data[i:i + 1] == "Z":
                    fields["tz"] = timedelta(0)
                    i += 1
                else:
                    sign = data[i:i + 1]
                    if sign not in ("+", "-"):
                        fail()
                    i += 1
                    hh = digits(2, 2)
                    if data[i:i + 1] == ":":
                        i += 1
                    mm = digits(2, 2)
                    off = timedelta(hours=hh, minutes=mm)
                    fields["tz"] = -off if sign == "-" else off
            elif d == "Z":
                for zn in ("UTC", "GMT"):
                    if data.startswith(zn, i):
                        i += 3
                        break
                else:
                    fail()
            elif d == "%":
                if data[i:i + 1] != "%":
                    fail()
                i += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c in " \t\n":
            j += 1
            while i < n and data[i] in " \t\n":
                i += 1
        else:
            if data[i:i + 1] != c:
                fail()
            i += 1
            j += 1
    if i < n:
        raise ValueError("unconverted data remains: %s" % data[i:])
    year = fields.get("year", 1900)
    hour = fields.get("hour", 0)
    if "hour12" in fields:
        hour = fields["hour12"] % 12 + (12 if fields.get("pm") else 0)
    month = fields.get("month", 1)
    day = fields.get("day", 1)
    if "yday" in fields and "month" not in fields:
        year, month, day = _ord_to_ymd(_ymd_to_ord(year, 1, 1) + fields["yday"] - 1)
    tz = fields.get("tz")
    return cls(year, month, day, hour, fields.get("minute", 0), fields.get("second", 0),
               fields.get("microsecond", 0), None if tz is None else timezone(tz))
