# The template-method pattern: an abstract step called by a concrete algorithm in the base.
from abc import ABC, abstractmethod


class Report(ABC):
    def render(self, rows):
        return '\n'.join([self.header()] + [self.line(r) for r in rows] + [self.footer(len(rows))])

    @abstractmethod
    def line(self, row):
        ...

    def header(self):
        return '== report =='

    def footer(self, n):
        return f'({n} rows)'


class CSV(Report):
    def line(self, row):
        return ','.join(map(str, row))


print(CSV().render([(1, 'a'), (2, 'b')]))
