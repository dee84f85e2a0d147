from datetime import date, datetime, timedelta

start = datetime(2024, 3, 29, 9, 30)
meetings = []
for i in range(6):
    when = start + timedelta(days=2 * i, hours=i)
    if when.weekday() >= 5:
        when += timedelta(days=7 - when.weekday())
    meetings.append(when)

for m in meetings:
    print(m.strftime("%a %d %b %Y %H:%M"), m.isoformat())

deadline = date(2024, 4, 15)
for m in meetings:
    left = (deadline - m.date()).days
    print(f"{m:%Y-%m-%d}: {left:>3} days to deadline", "(late)" if left < 0 else "")

durations = [timedelta(minutes=45), timedelta(hours=1, minutes=20), timedelta(minutes=30)]
total = sum(durations, timedelta())
print(total, total.total_seconds() / 3600, max(durations))
print(datetime.strptime("2024-04-01 14:05", "%Y-%m-%d %H:%M") - start)
month_days = {}
for m in meetings:
    month_days.setdefault(m.strftime("%B"), []).append(m.day)
print(month_days)
