# An error in a finally block after an error in try: both appear, chained by context.
def close_all(handles):
    try:
        for h in handles:
            print('closing', h)
            if h == 'bad':
                raise OSError('cannot close bad')
    finally:
        print('final step')
        handles.undefined_method()

close_all(['a', 'bad', 'c'])
