# safe_substitute leaves unknown or invalid placeholders; get_identifiers and is_valid.
from string import Template

t = Template('$user: ${count} items, $missing and $ and $5')
print(t.safe_substitute(user='bob', count=3))
print(t.get_identifiers() if t.is_valid() else 'invalid template', Template('$a ${b} $a').get_identifiers())
print(Template('$a $b').is_valid(), Template('$$ ok').is_valid())
