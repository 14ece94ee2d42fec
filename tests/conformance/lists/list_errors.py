# Error messages of list operations.
def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
lst = [1, 2, 3]
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: [].pop())
show(lambda: lst.pop(10))
show(lambda: lst.remove(9))
show(lambda: lst.index(9))
show(lambda: lst.index(1, 1))
show(lambda: lst['0'])
show(lambda: lst + 'ab')
show(lambda: lst * lst)
show(lambda: lst.insert(1))
show(lambda: lst.append(1, 2))
show(lambda: [3, 'a', 1].sort())
show(lambda: sorted([None, 1]))
show(lambda: lst.nope)
def assign():
    lst[5] = 0
show(assign)
def step_assign():
    lst[::2] = [0]
show(step_assign)
show(lambda: lst)
