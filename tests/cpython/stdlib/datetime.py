# datetime: date, time, datetime, timedelta, timezone — arithmetic, isoformat, strftime/strptime, replace (issue 14).
## case date-basics
from datetime import date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
## case date-arithmetic
from datetime import date, timedelta
d = date(2023, 12, 25)
print(d + timedelta(days=10), d - date(2023, 1, 1), (date(2024, 3, 1) - date(2024, 2, 1)).days, d - timedelta(weeks=52))
## case date-comparisons-and-sort
from datetime import date
ds = [date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]
print(sorted(ds), max(ds), date(2024, 1, 1) == date(2024, 1, 1), date(2020, 1, 1) < date(2020, 1, 2))
## case date-replace-toordinal
from datetime import date
d = date(2021, 6, 15)
print(d.replace(year=2030), d.replace(day=1), d.toordinal(), date.fromordinal(738000), d.isocalendar())
## case date-fromisoformat-and-errors
from datetime import date
print(date.fromisoformat("2019-12-04"))
for bad in [(2023, 2, 29), (2023, 13, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
## case timedelta
from datetime import timedelta
t = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(t, repr(t), t.total_seconds(), t.days, t.seconds, t.microseconds)
print(timedelta(hours=-1), timedelta(seconds=90) * 2, timedelta(days=1) / timedelta(hours=6), timedelta(minutes=7) // 2, abs(timedelta(days=-2)))
## case datetime-basics
from datetime import datetime
dt = datetime(2024, 3, 15, 14, 30, 5, 123000)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt.hour, dt.microsecond)
print(dt.isoformat(sep=" ", timespec="seconds"), dt.replace(microsecond=0))
## case datetime-arithmetic
from datetime import datetime, timedelta
a = datetime(2024, 1, 31, 23, 0)
b = a + timedelta(hours=2, minutes=30)
print(b, b - a, (b - a).total_seconds(), a - timedelta(days=31))
## case strftime
from datetime import datetime
dt = datetime(2024, 7, 4, 9, 5, 7)
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%a %b %d %y"), dt.strftime("%A %B %j %I%p %%"), dt.strftime("%w %U %W"))
## case strptime
from datetime import datetime
print(datetime.strptime("2023-11-05 08:30", "%Y-%m-%d %H:%M"), datetime.strptime("05/Nov/2023", "%d/%b/%Y"), datetime.strptime("3:04 PM", "%I:%M %p").time())
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__)
## case fromisoformat
from datetime import datetime
print(datetime.fromisoformat("2024-03-15T14:30:05"), datetime.fromisoformat("2024-03-15 14:30:05.500000"), datetime.fromisoformat("2024-03-15T14:30:05+02:00"))
## case timezone
from datetime import datetime, timezone, timedelta
utc = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
cet = timezone(timedelta(hours=1), "CET")
print(utc, utc.isoformat(), utc.astimezone(cet), utc.astimezone(timezone(timedelta(hours=-5, minutes=-30))))
print(timezone.utc, repr(timezone.utc), cet.utcoffset(None), utc.tzname(), utc.utcoffset())
## case aware-comparison
from datetime import datetime, timezone, timedelta
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, a - b, b.timestamp())
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print(type(e).__name__)
## case time-class
from datetime import time
t = time(9, 5, 30)
print(t, repr(t), t.isoformat(), t.replace(hour=23), time(1, 2) < time(1, 3), time.fromisoformat("12:34:56"), t.strftime("%H.%M"))
## case now-today-types
from datetime import datetime, date, timezone
n = datetime.now()
u = datetime.now(timezone.utc)
print(type(n).__name__, type(date.today()).__name__, u.tzinfo, n.year >= 2024)
## case timestamp-roundtrip
from datetime import datetime, timezone
dt = datetime.fromtimestamp(1700000000, tz=timezone.utc)
print(dt, dt.timestamp(), datetime.utcfromtimestamp(0), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
## case combine-and-min-max
from datetime import datetime, date, time
print(datetime.combine(date(2020, 5, 17), time(8, 15)), date.min, date.max, datetime.min)
## case weekday-names-report
from datetime import date, timedelta
start = date(2024, 4, 29)
for i in range(7):
    d = start + timedelta(days=i)
    print(d.strftime("%a %d"), d.weekday())
