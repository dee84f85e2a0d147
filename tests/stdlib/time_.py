import time
a = time.monotonic()
b = time.perf_counter()
n = time.monotonic_ns()
total = 0
for i in range(20000):
    total += i
print(time.monotonic() >= a, time.perf_counter() >= b, time.monotonic_ns() >= n, type(n).__name__, type(a).__name__)
print(time.perf_counter_ns() >= 0, time.process_time() >= 0, time.time() > 1.6e9, time.time_ns() > 1.6e18)
t = time.gmtime(0)
print(t, t.tm_year, t.tm_wday, t[0:3])
t2 = time.gmtime(1700000000)
print(t2, time.mktime(t2))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%", t2))
print(time.strftime("%c|%x|%X|%D|%F|%T|%e|%G-W%V-%u", t2))
for secs in (0, 86400 * 365, 1104537600, 1230681600, 1609459200, 951782400):
    print(time.strftime("%Y %j %U %W %V %G %a", time.gmtime(secs)))
print(time.asctime(t2), time.ctime(0), time.localtime(5) == time.gmtime(5))
print(time.strftime("%Y", time.localtime()) >= "2024")
