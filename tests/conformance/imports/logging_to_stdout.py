# logging.basicConfig writing to stdout with a format; levels filter messages.
import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)-8s|%(name)s|%(message)s')
log = logging.getLogger('app')
log.debug('hidden debug')
log.info('started with %d workers', 3)
log.warning('disk at %s%%', 91)
log.error('failed: %r', 'x')
logging.getLogger('app.db').info('child logger')
log.setLevel(logging.ERROR)
log.warning('now hidden')
log.critical('critical shows')
print(logging.getLevelName(logging.WARNING), logging.INFO, log.name, log.getEffectiveLevel())
