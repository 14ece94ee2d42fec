"""Heap queue: a binary min-heap kept in a plain list.

Written for Threadwise. The sift steps are the ones CPython's `heapq` uses, so
the list holds the same items in the same places; only `<` is used to compare.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, name):
    if not isinstance(heap, list):
        which = 'argument' if name in ('heappop', 'heapify') else 'argument 1'
        raise TypeError('%s() %s must be list, not %s' % (name, which, type(heap).__name__))


def _sift_toward_root(heap, startpos, pos):
    # Move heap[pos] up while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_to_leaf(heap, pos):
    # Walk the smaller child up to a leaf, then settle the item from there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root(heap, startpos, pos)


def heappush(heap, item):
    """Pushes item onto heap."""
    _check(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off heap."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Pushes item, then pops and returns the smallest item (faster than both calls)."""
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap, in place."""
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (equal items keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a, b = entries[i], entries[best]
            if (b[0] < a[0]) if reverse else (a[0] < b[0]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
