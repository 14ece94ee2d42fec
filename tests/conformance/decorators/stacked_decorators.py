# Stacked decorators apply bottom-up and run their wrappers top-down.
def tagger(label):
    def decorator(fn):
        print('applying', label)
        def wrapper():
            print('enter', label)
            result = fn()
            print('exit', label)
            return f'{label}({result})'
        return wrapper
    return decorator
@tagger('outer')
@tagger('middle')
@tagger('inner')
def core():
    print('core runs')
    return 'core'
print(core())
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'hi'
print(text())
