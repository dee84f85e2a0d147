import random
random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.randrange(10))
print(random.choice("abcdefg"), random.uniform(1.5, 2.5), random.getrandbits(8), random.getrandbits(70))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample("abcdefghij", 3))
print(random.choices(["r", "g", "b"], k=5), random.choices(["r", "g", "b"], weights=[10, 1, 1], k=5), random.choices("xyz", cum_weights=[1, 2, 3], k=3))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 1.0), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(4), random.sample(range(1000), 30)[:5], random.sample(["a", "b"], k=3, counts=[2, 2]))
r1 = random.Random(12345)
r2 = random.Random(12345)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)], r1.random())
for s in (0, 1, -7, 2**40 + 3, 10**30, 3.0):
    random.seed(s)
    print(s, random.random(), random.randrange(1000))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed()
print(0 <= random.random() < 1, 1 <= random.randint(1, 6) <= 6)
rng = random.Random()
print(0 <= rng.random() < 1, random.SystemRandom().randint(1, 3) in (1, 2, 3))
for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.sample([1, 2], 3), lambda: random.randrange(0, 10, 0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
