from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=60), date(2024, 3, 1) - d)
print(d.isoformat(), d.isocalendar(), tuple(d.isocalendar()), d.ctime(), d.replace(day=1), d.replace(year=2023, month=12))
print(d.strftime("%Y/%m/%d %A %B %j %U %W %a %b %y"), date.fromordinal(738000), date.fromisoformat("2021-12-31"))
print(date.fromisocalendar(2020, 53, 5), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 28), max(d, date(2000, 1, 1)), date.min, date.max)
print(sorted([date(2022, 5, 1), date(2021, 1, 1), date(2023, 7, 9)]), hash(d) == hash(date(2024, 2, 28)))
print(d.timetuple(), date(2000, 1, 1).fromtimestamp(86400 * 365))
for bad in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 4, 31)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds() == 93784.000005, timedelta(hours=1, seconds=30).total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(days=-1, seconds=5))
print(timedelta(weeks=2), timedelta(milliseconds=1500), timedelta(hours=1.5), timedelta(seconds=0.5), timedelta(minutes=-0.25))
print(td * 2, 2 * td, td / 2, td // 3, timedelta(hours=3) / timedelta(minutes=45), timedelta(hours=3) // timedelta(minutes=45))
print(timedelta(hours=3) % timedelta(minutes=45), divmod(timedelta(hours=3), timedelta(minutes=50)), -td, abs(-td), +td)
print(timedelta(days=2) > timedelta(hours=47), timedelta(0) == timedelta(), bool(timedelta(0)), bool(td), timedelta(1) * 0.5)
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta(days=3, microseconds=7)))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError", e)

t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, time(), repr(time(7, 30)), time(7, 30).isoformat("minutes"))
print(t.isoformat("milliseconds"), t.isoformat("hours"), t.strftime("%I:%M:%S %p %f"), t.replace(hour=1), time.fromisoformat("04:23:01.000384"))
print(time(1, 2) < time(3, 4), time(1, 2) == time(1, 2, 0), time.min, time.max)

dt = datetime(2024, 1, 15, 9, 30, 45, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, repr(datetime(2024, 1, 15)))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"), dt.strftime("%Y-%m-%dT%H:%M:%S.%f %a %p"))
print(dt + timedelta(hours=20), dt - timedelta(days=20), datetime(2024, 3, 1) - dt, dt.replace(year=2020, microsecond=0))
print(dt.weekday(), dt.isocalendar(), dt.timetuple(), dt.toordinal(), dt.ctime())
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08"), datetime.fromisoformat("2024-05-06"))
print(repr(datetime.fromisoformat("2024-05-06T07:08:09.5+02:00")), datetime.fromisoformat("2024-05-06T07:08:09Z"))
print(datetime.strptime("2023-07-04 18:30:05", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Jul/23 6PM", "%d/%b/%y %I%p"))
print(datetime.strptime("Tuesday, March 5 2024", "%A, %B %d %Y"), datetime.strptime("2024-01-02T03:04:05.12+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.strptime("2024 032", "%Y %j"), datetime.combine(date(2020, 1, 2), time(3, 4)))
for s, f in (("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("x", "%Y")):
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc), datetime.utcfromtimestamp(86400))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1970, 1, 2).replace(tzinfo=timezone.utc).timestamp())

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-5, minutes=-30), "XST")
print(utc, repr(utc), plus2, repr(plus2), named, repr(named), repr(timezone(timedelta(0))))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
b = a.astimezone(plus2)
print(a, b, repr(b), a == b, b - a, b.utcoffset(), b.tzname(), a.tzname(), named.tzname(None), named.utcoffset(None))
print(b.isoformat(), datetime(2024, 6, 1, 12, tzinfo=named).isoformat(), a.astimezone(named).strftime("%H:%M %z %Z"))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=utc))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError", e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError", e)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, datetime.now(timezone.utc).tzinfo, date.today().year >= 2024, datetime.today().tzinfo)
print(MINYEAR, MAXYEAR, dtmod.UTC is utc, datetime.min, datetime.max, datetime(2024, 12, 31) + timedelta(days=1))
events = [datetime(2024, 3, 1, 8), datetime(2023, 12, 31, 23, 59), datetime(2024, 3, 1, 7, 59)]
print(sorted(events), max(events) - min(events), (max(events) - min(events)).days)
