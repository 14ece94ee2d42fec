# A Template subclass with a different delimiter.
from string import Template


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %age, 100%% sure').substitute(name='Ada', age=36))
print(Percent('%{x}y').safe_substitute(), Percent('%x').safe_substitute(x=[1]))
