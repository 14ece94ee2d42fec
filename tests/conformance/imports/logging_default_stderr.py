# logging's default handler writes WARNING and above to stderr as LEVEL:name:message.
import logging
logging.warning('warned at root')
logging.info('info is below the default level')
logger = logging.getLogger('worker')
logger.error('named logger error')
print('stdout is separate')
