# Template.substitute with $name, ${name}, $$, mappings and keywords, and its errors.
from string import Template

t = Template('$who likes ${what}s and pays $$$amount')
print(t.substitute(who='Tim', what='apple', amount=3))
print(t.substitute({'who': 'Ann', 'what': 'pear', 'amount': 2.5}, who='Override'))
print(Template('${a}b$a').substitute(a=1), t.template)
for bad in (lambda: Template('$x').substitute(), lambda: Template('hi $1').substitute(),
            lambda: Template('line1\n  ${ bad}').substitute(), lambda: Template('$').substitute()):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
