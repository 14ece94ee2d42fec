# Error messages from common string misuse.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
text = 'abc'
show(lambda: text + 5)
show(lambda: text * 2.0)
show(lambda: text.upper(1))
show(lambda: text.split(1))
show(lambda: text.replace('a'))
show(lambda: text.center())
show(lambda: text.zfill('5'))
show(lambda: int(text))
show(lambda: float('1.2.3'))
show(lambda: text.nosuchmethod())
show(lambda: text[1:2:0])
show(lambda: text.index('abcd'))
show(lambda: str.join(',', 'ab', 'c'))
show(lambda: '{:>{}}'.format('x'))
