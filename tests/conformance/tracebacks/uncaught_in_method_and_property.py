# A traceback through a property getter and a method call.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError('below absolute zero')
        return self.kelvin - 273.15

    def describe(self):
        return f'{self.celsius:.1f} C'

print(Temperature(300).describe())
print(Temperature(-5).describe())
