# Full Unicode case mappings: one character can become several, title case differs from upper case, final sigma.
words = ['straße', 'ß', 'ﬁnance', 'ﬀ', 'İstanbul', 'ǆemal', 'ǅ', 'Ǆ', 'ŉ', 'ǰ', 'ΐ',
         'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'Σ', 'ΑΣ', 'ΑΣ.', 'Α.Σ', 'ΑΣ ΒΣ', 'ΣΑ', "ΑΣ'Β",
         'ᾳ', 'ᾼ', 'ᾀ', 'µ', 'ſ', 'ǈ', 'Ⅻ', 'ⓐⓑ', 'Ꭰ', 'ꭰ', 'ﬓ', 'Ω', 'K', 'Å',
         'éCOLE', 'ÀÉÎÕÜ', 'ÿ', 'ı', 'ǲ', 'ꝺ', '𐐀𐐨', 'ǉubljana', 'хлеб', 'ĳssel']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()),
          repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print(len('ß'.upper()), len('İ'.lower()), len('ﬃ'.upper()))
print('ß'.casefold() == 'SS'.casefold(), 'straße'.casefold() == 'STRASSE'.casefold())
print('Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣΑ'.lower(), 'Σ Σ'.lower())
