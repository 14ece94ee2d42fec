# raise ... from None suppresses the context in the printed traceback.
def get(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        raise LookupError(f'no entry for {key}') from None

get({}, 'user')
