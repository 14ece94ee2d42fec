# logger.exception logs at ERROR with the handled exception's traceback, to stderr by default.
import logging
logging.basicConfig(format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('jobs')
def run(job):
    return 10 / job
for job in (5, 0):
    try:
        print('result', run(job))
    except ZeroDivisionError:
        log.exception('job %r failed', job)
log.error('plain error, no traceback')
print('done')
