match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(x=1):
        pass
    case {'key': value, **rest}:
        pass
    case (1 | 2) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | 'a' 'b' | None | True:
        pass
    case a.b.c:
        pass
    case [*_, last]:
        pass
    case _:
        pass
