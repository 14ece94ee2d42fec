# keyword: kwlist, softkwlist, iskeyword and issoftkeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for word in ('def', 'True', 'match', 'print', 'async', '_', 'Class'):
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
