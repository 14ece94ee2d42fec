# The generated __init__ reports bad calls with CPython's messages.
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    tags: list = field(default_factory=list)


for args, kwargs in [((), {}), (('a', 1, [], 4), {}), (('a',), {'owner': 'b'}),
                     (('a',), {'bonus': 1}), ((), {'balance': 5})]:
    try:
        print(Account(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
print(Account('ann', tags=['x']), Account(owner='bob', balance=2.5))
print(Account('a').tags is Account('a').tags)
