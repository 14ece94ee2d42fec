# copy.copy shares nested objects, copy.deepcopy does not; containers of every kind.
import copy

data = {'nums': [1, 2, [3, 4]], 'tag': ('t', [5]), 'set': {1, 2}}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data['nums'][2].append(99)
data['tag'][1].append(6)
print(shallow['nums'], deep['nums'], shallow['tag'], deep['tag'])
print(shallow is data, shallow['nums'] is data['nums'], deep['nums'] is data['nums'], deep == data)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
print(copy.copy([1, 2]), copy.copy({1: 2}), copy.deepcopy(frozenset([1, 2])), copy.copy(len) is len)
