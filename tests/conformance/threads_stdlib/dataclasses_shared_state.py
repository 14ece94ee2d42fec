# A dataclass holding a lock and counters, updated by threads; field defaults and repr.
import dataclasses
import threading


@dataclasses.dataclass
class Stats:
    name: str
    hits: int = 0
    misses: int = 0
    tags: list = dataclasses.field(default_factory=list)
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, hit):
        with self.lock:
            if hit:
                self.hits += 1
            else:
                self.misses += 1


stats = Stats("cache")
threads = [threading.Thread(target=lambda h=h: [stats.record(h) for _ in range(1000)]) for h in (True, False, True)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats)
print(stats == Stats("cache", 2000, 1000))
print([f.name for f in dataclasses.fields(Stats)])
try:
    dataclasses.asdict(stats)  # asdict deep-copies every field, including the lock
except TypeError as exc:
    print("asdict with a lock field:", exc)


@dataclasses.dataclass(frozen=True)
class Config:
    workers: int = 4


c = Config()
try:
    c.workers = 8
except dataclasses.FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
print(dataclasses.replace(c, workers=8), c)
