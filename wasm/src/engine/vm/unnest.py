# The engine's Python versions of built-ins that consume an iterator. The
# engine runs one of these, as an ordinary frame hidden from tracebacks, in
# place of the native built-in when the iterator runs Python code (see
# unnest.rs). Each does what the built-in does, step for step, in the same
# order; none looks up a global name, so a program cannot change them.


def to_list(it):
    items = []
    for x in it:
        items.append(x)
    return items


def listed(func, it, kwargs):
    items = []
    for x in it:
        items.append(x)
    return func(items, **kwargs)


def to_set(it, items):
    for x in it:
        items.add(x)
    return items


def to_dict(it, items, add_pair):
    n = 0
    for x in it:
        add_pair(items, x, n)
        n += 1
    return items


def extend(items, it):
    for x in it:
        items.append(x)


def sum_(it, total):
    for x in it:
        total = total + x
    return total


def any_(it):
    for x in it:
        if x:
            return True
    return False


def all_(it):
    for x in it:
        if not x:
            return False
    return True


def min_max(it, key, has_default, default, is_max, empty_error, message):
    found = False
    for item in it:
        k = item if key is None else key(item)
        if not found:
            found = True
            best, best_key = item, k
        elif (k > best_key) if is_max else (k < best_key):
            best, best_key = item, k
    if found:
        return best
    if has_default:
        return default
    raise empty_error(message)


def next_default(next_method, it, default):
    try:
        return next_method(it)
    except StopIteration:
        return default


# The count lives in a one-item list, so that a generator made again after
# an error (see BackedIter) goes on from it.
def enumerate_(it, count):
    for x in it:
        n = count[0]
        count[0] = n + 1
        yield n, x


def zip_(iterators):
    if not iterators:
        return
    while True:
        items = []
        for it in iterators:
            for x in it:
                items.append(x)
                break
            else:
                return
        yield (*items,)


# A StopIteration from the function ends the map, as it ends CPython's.
def map_one(func, it):
    for x in it:
        try:
            value = func(x)
        except StopIteration:
            return
        yield value


def map_many(func, iterators, zip_):
    for items in zip_(iterators):
        try:
            value = func(*items)
        except StopIteration:
            return
        yield value


def filter_(func, it):
    if func is None:
        for x in it:
            if x:
                yield x
    else:
        for x in it:
            try:
                keep = func(x)
            except StopIteration:
                return
            if keep:
                yield x


def print_(file, args, sep, end, flush, to_text):
    first = True
    for arg in args:
        if first:
            first = False
        else:
            file.write(sep)
        file.write(to_text(arg))
    file.write(end)
    if flush:
        file.flush()


def islice_(it, index, stop, step):
    pos = 0
    while True:
        while pos < index:
            for x in it:
                break
            else:
                return
            pos += 1
        if stop is not None and pos >= stop:
            return
        for item in it:
            break
        else:
            return
        pos += 1
        index += step
        if stop is not None and index > stop:
            index = stop
        yield item

