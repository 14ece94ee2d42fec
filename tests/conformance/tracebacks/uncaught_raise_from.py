# raise ... from prints the cause first, joined by the direct-cause message.
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError('port must be a number') from exc

read_port('80a')
