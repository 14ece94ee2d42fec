# Pool.map with a per-process global counter: one worker process counts every task it ran.
import multiprocessing

calls = 0


def square_and_count(x):
    global calls
    calls += 1
    return x * x, calls


if __name__ == "__main__":
    with multiprocessing.Pool(processes=1) as pool:
        results = pool.map(square_and_count, range(6))
    print("squares:", [sq for sq, _ in results])
    print("worker's counter per task:", [n for _, n in results])
    print("parent's counter:", calls)
