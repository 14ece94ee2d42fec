# Validating variable names: isidentifier() and keyword.iskeyword() together.
import keyword

for name in ('total', 'class', '2fast', '_private', 'None', 'match', 'lambda_', 'for'):
    ok = name.isidentifier() and not keyword.iskeyword(name)
    print(f'{name!r:12} identifier={name.isidentifier()!s:5} keyword={keyword.iskeyword(name)!s:5} usable={ok}')
