# sys.exit raises SystemExit, which `except Exception` does not catch.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    try:
        sys.exit('message')
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except KeyboardInterrupt:
    print('KeyboardInterrupt is not an Exception')
try:
    exit_code = None
    sys.exit()
except SystemExit as e:
    print('code', e.code)
