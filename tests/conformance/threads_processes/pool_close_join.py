# close() then join() waits for all submitted work; map_async and starmap return in order.
import multiprocessing


def add(a, b):
    return a + b


def label(x):
    return f"item-{x}"


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    async_result = pool.map_async(label, [3, 1, 2])
    star = pool.starmap(add, [(1, 2), (10, 20), (100, 200)])
    pool.close()
    pool.join()
    print(async_result.get())
    print(star)
    print("ready:", async_result.ready())
