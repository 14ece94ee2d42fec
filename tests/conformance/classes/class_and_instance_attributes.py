# Instance attributes shadow class attributes; a shared mutable class attribute is shared.
class Team:
    members = []
    size = 0
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
        self.size += 1
a = Team('a')
b = Team('b')
a.join('ann')
b.join('bob')
print(Team.members, a.members is b.members)
print(Team.size, a.size, b.size)
print(sorted(vars(a)))
print(vars(a))
print('members' in vars(a), 'members' in Team.__dict__)
del a.size
print(a.size)
Team.size = 42
print(a.size, b.size)
print(getattr(a, 'name'), getattr(a, 'missing', 'default'))
setattr(a, 'dynamic', 1)
print(a.dynamic, a.__dict__)
print(a.__class__.__name__, a.__class__ is Team)
