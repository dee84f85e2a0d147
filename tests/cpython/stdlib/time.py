# time: monotonic, perf_counter, time, strftime, gmtime, localtime (as UTC), sleep (issue 14).
## case monotonic-perf-counter
import time
a, p = time.monotonic(), time.perf_counter()
time.sleep(0.01)
print(time.monotonic() >= a, time.perf_counter() > p, type(a).__name__, type(time.perf_counter_ns()).__name__)
## case time-float
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__)
## case gmtime-strftime
import time
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, tuple(st)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)), time.strftime("%a, %d %b %Y", time.gmtime(86400 * 365)))
## case localtime-is-utc
import time
print(time.localtime(1000)[:6] == time.gmtime(1000)[:6], time.mktime(time.localtime(1000)))
## case struct-time-fields
import time
st = time.gmtime(1234567890)
print(st, st.tm_hour, st.tm_min, st.tm_sec)
## case strptime
import time
print(tuple(time.strptime("2024-02-29", "%Y-%m-%d"))[:7], time.asctime(time.gmtime(0)))
## case process-time-and-ns
import time
print(isinstance(time.process_time(), float), time.monotonic_ns() > 0, time.perf_counter_ns() >= 0)
