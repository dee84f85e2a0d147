import statistics

readings = {
    "Mon": [12.1, 14.3, 17.8, 15.2],
    "Tue": [10.0, 11.5, 13.9, 12.2],
    "Wed": [15.5, 18.1, 21.4, 19.0],
    "Thu": [14.0, 14.0, 16.2, 15.1],
    "Fri": [9.8, 12.4, 14.1, 11.0],
}

def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32

print(f"{'day':<4} {'min':>5} {'max':>5} {'mean':>6} {'F':>6}")
for day, temps in readings.items():
    mean = statistics.mean(temps)
    print(f"{day:<4} {min(temps):>5.1f} {max(temps):>5.1f} {mean:>6.2f} {c_to_f(mean):>6.1f}")

all_temps = [t for temps in readings.values() for t in temps]
print("median", statistics.median(all_temps), "stdev", round(statistics.stdev(all_temps), 3))
print("mode", statistics.mode(all_temps), "quartiles", statistics.quantiles(all_temps, n=4))
warmest = max(readings, key=lambda d: statistics.mean(readings[d]))
print("warmest:", warmest)
spread = sorted(readings.items(), key=lambda kv: max(kv[1]) - min(kv[1]))
print([d for d, _ in spread])
