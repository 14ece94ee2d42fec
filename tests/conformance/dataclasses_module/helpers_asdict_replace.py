# fields(), asdict(), astuple(), replace(), is_dataclass() and KW_ONLY fields.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY


@dataclass
class Item:
    name: str
    qty: int = 1


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


o = Order(7, [Item('pen', 2), Item('ink')], {'rush': Item('box')})
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(Order)], is_dataclass(Order), is_dataclass(o), is_dataclass(1))
o2 = replace(o, id=8)
print(o2.id, o2.items is o.items)
for bad in (lambda: asdict(Order), lambda: replace(1), lambda: fields(3), lambda: astuple({})):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


@dataclass
class Conn:
    host: str
    _: KW_ONLY
    port: int = 80
    secure: bool


print(Conn('h', secure=True), Conn('h', port=1, secure=False))
try:
    Conn('h', 1)
except TypeError as e:
    print('TypeError', e)
try:
    Conn('h')
except TypeError as e:
    print('TypeError', e)
