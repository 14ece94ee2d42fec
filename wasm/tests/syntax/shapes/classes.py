class A: pass
class B(): pass
class C(A, B): x = 1
class D(*bases, **kw): pass
