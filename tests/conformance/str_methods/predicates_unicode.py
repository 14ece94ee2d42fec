# Unicode rules of the is* predicates: digits vs decimals vs numerics, letters of other scripts, spaces.
samples = ['²', '³', '¹', '½', '¼', '⅓', '①', '⑩', '一', '二', '万', '零', 'Ⅻ', 'ⅻ', '٣', '٤٥',
           '०१२', '۹', '𝟘', '𝟙𝟚', '௰', '፲', 'é', 'ñ', 'ß', 'ǅ', 'Ω', 'ω', 'ⓐ', 'Ⓐ',
           'नमस्ते', 'नम', 'ا', 'مرحبا', '中文', 'カタカナ', 'ᵃ', 'ª', 'º', 'ˆ', '\u0301', 'é',
           '\u3000', '\xa0', '\u2028', '\u200b', '\u2003', '\x85', '\ufeff', '\u00ad',
           '😀', '€', '✓', 'ℵ', 'ℌ', 'ℕ', 'Ⅷ', 'ǈ', 'ᾈ', 'ΐ', 'ﬁ', 'ﬁx', 'µ', 'ı']
names = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
         'isascii', 'islower', 'isupper', 'istitle', 'isidentifier']
for s in samples:
    flags = ''.join('1' if getattr(s, n)() else '.' for n in names)
    print(f'{ascii(s):28} {flags}')
print(int('٣٤'), '٣٤'.isdecimal(), '½'.isdigit(), '½'.isnumeric())
print('变量'.isidentifier(), 'ƒoo'.isidentifier(), '℘x'.isidentifier(), '1x'.isidentifier(), '_1'.isidentifier())
