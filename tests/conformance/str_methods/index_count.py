# index/rindex raise where find returns -1; count counts non-overlapping matches within bounds.
s = 'the quick brown fox jumps over the lazy dog the end'
print(s.index('the'), s.rindex('the'), s.index('the', 1), s.rindex('the', 0, -5), s.index('', 5))
print(s.count('the'), s.count('o'), s.count('o', 20), s.count('o', 0, 20), s.count(''), s.count('', 48),
      s.count('', 52), s.count('', 53), s.count('zz'), s.count('the', -7), s.count('e', -100, 100))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'ababab'.count('aba'), ''.count(''), ''.count('a'))
print('ééé'.count('é'), 'ééé'.count(''), '🙂🙂x'.count('🙂', 1), 'abc'.count('', 1, 2), 'abc'.count('', 2, 1))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: s.index('cat'))
show(lambda: s.rindex('cat'))
show(lambda: s.index('the', 45))
show(lambda: s.rindex('quick', 10))
show(lambda: s.index())
show(lambda: s.count())
show(lambda: s.count(1))
show(lambda: s.count('a', 'b'))
show(lambda: s.index('a', 1, 2, 3))
show(lambda: s.count('a', end=3))
show(lambda: 'abc'.index('c', -1))
show(lambda: 'abc'.rindex('a', -2))
