# C3 linearization for a diamond, and cooperative super() along the MRO.
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print('TypeError', e)
class Mixin:
    def greet(self):
        return 'mixin ' + super().greet()
class Core:
    def greet(self):
        return 'core'
class Combined(Mixin, Core):
    pass
print(Combined().greet())
