# Output to stdout and stderr before an uncaught exception is kept in order per stream.
import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
print('to stdout 2')
raise RuntimeError('stopping here')
