# A simple data descriptor with __get__ and __set__, and a non-data descriptor.
class Positive:
    def __init__(self, name):
        self.name = '_' + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.name[1:]} must be positive, got {value}')
        setattr(obj, self.name, value)
class Item:
    price = Positive('price')
    qty = Positive('qty')
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
it = Item(3, 4)
print(it.price * it.qty)
try:
    it.qty = 0
except ValueError as e:
    print('ValueError', e)
print(type(Item.price).__name__)
class Constant:
    def __get__(self, obj, owner):
        return 'from descriptor'
class Holder:
    value = Constant()
h = Holder()
print(h.value)
h.__dict__['value'] = 'from instance dict'
print(h.value, Holder.value)
