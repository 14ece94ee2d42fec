@a
@b.c(d)
@e[0]
@(lambda f: f)
def f(): pass

@dataclass(frozen=True)
class C(Base, metaclass=M, **kw):
    x: int = 0
