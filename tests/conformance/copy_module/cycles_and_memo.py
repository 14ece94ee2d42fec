# deepcopy keeps shared references shared and copies cycles; the memo dict is honoured.
import copy

shared = [1, 2]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d is not loop, d)
node = {'name': 'a'}
node['self'] = node
n2 = copy.deepcopy(node)
print(n2['self'] is n2, n2['name'])
memo = {id(shared): 'replacement'}
print(copy.deepcopy([shared, 3], memo))
